import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type CompiledScheme, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import type { ReportData, RejectedRow, ReportError } from '@kaohe/report';
import type { CliIo } from './io';
import { inputFormat } from './inputFormat';
import { loadScheme, readJsonFile } from './loadScheme';
import { cliMessage, UsageError } from './messages';
import { openSpreadsheet, type SpreadsheetRead } from './spreadsheetInput';

/** What {@link appraiseInputs} needs: the scheme, and how to read the inputs. */
export interface AppraiseInputsOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly org?: string | undefined;
  readonly mapping?: string | undefined;
  readonly period?: string | undefined;
  readonly locale: Locale;
}

/**
 * Appraises the inputs a user would give `kaohe appraise` (JSON, .xlsx or .csv) with the scheme of
 * --preset or --scheme, keeping what could not be used (rejected rows, subjects not appraised) and
 * the run's counts, for a report or a comparison.
 *
 * @example
 * const { data, compiled } = await appraiseInputs('team.xlsx', { preset: 'tech-support-center/presales-engineer', locale: 'en' }, io);
 * @throws {UsageError} for a bad --preset, --scheme or --mapping; {@link KaoheError} for a scheme that does not compile.
 */
export async function appraiseInputs(file: string, options: AppraiseInputsOptions, io: CliIo): Promise<{ data: ReportData; compiled: CompiledScheme }> {
  const { locale } = options;
  const loaded = await loadScheme(options, io.cwd, locale);
  let compiled: CompiledScheme;
  try {
    compiled = compileScheme(loaded.data, { schemes: loaded.schemes, locale });
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, locale);
    throw error;
  }
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale, 'org')) as OrgChartInput);
  const rejected: RejectedRow[] = [];
  const format = inputFormat(file, undefined, locale);
  let inputs: AsyncIterable<unknown> | Iterable<unknown>;
  let finish: (() => SpreadsheetRead) | undefined;
  if (format.kind === 'sheet') {
    const sheet = await openSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme: loaded.data, schemes: loaded.schemes, locale }, io, (row) => {
      for (const cell of row.cells) rejected.push({ file, sheet: row.sheet, row: row.row, column: cell.column, value: cell.value, reason: cell.message });
    });
    inputs = sheet.inputs;
    finish = () => sheet.finish();
  } else {
    if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
    const data = await readJsonFile(file, io.cwd, locale, 'input');
    inputs = Array.isArray(data) ? data : [data];
  }
  const results: SchemeResult[] = [];
  const errors: ReportError[] = [];
  let count = 0;
  for await (const input of inputs) {
    count += 1;
    try {
      results.push(await appraiseScheme(compiled, input, org === undefined ? { locale } : { locale, org }));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
      errors.push({ file: `${file} #${count}`, subject: typeof subject === 'string' ? subject : null, field: error.path.join('.'), code: error.code, message: error.format(locale) });
    }
  }
  if (finish !== undefined) {
    for (const w of finish().withheld) rejected.push({ file, sheet: null, row: w.rows.join(', '), column: null, value: w.subject, reason: w.message });
  }
  const read = count + rejected.length;
  return { data: { results, errors, rejected, summary: { read, appraised: results.length, rejected: rejected.length, errors: errors.length } }, compiled };
}
