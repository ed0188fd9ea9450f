import { extname, resolve } from 'node:path';
import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { appraisalTable } from '../format/appraisalTable';
import { EXIT, type CliIo } from '../io';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';
import { isSpreadsheet, readSpreadsheet, rejectionSummary, type SpreadsheetRead } from '../spreadsheetInput';

/** Options of `kaohe appraise`. */
export interface AppraiseCommandOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly input?: string | undefined;
  readonly format: 'json' | 'table';
  readonly locale: Locale;
  readonly explain: boolean;
  /** An org chart (JSON) that resolves the people a collective penalty names by role. */
  readonly org?: string | undefined;
  /** A column mapping (JSON file) for a spreadsheet input. */
  readonly mapping?: string | undefined;
  /** The period of spreadsheet rows that carry none. */
  readonly period?: string | undefined;
  /** An .xlsx file to write the results to. */
  readonly out?: string | undefined;
}

/** A subject that could not be appraised, for the JSON output. */
export interface SubjectFailure {
  readonly file: string;
  readonly index: number;
  readonly subject: string | null;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

async function readSubjects(file: string, cwd: string, locale: Locale): Promise<unknown[]> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.json') throw new UsageError(cliMessage(locale, 'unsupportedInput', file));
  const data = await readJsonFile(file, cwd, locale);
  const subjects = Array.isArray(data) ? data : [data];
  if (subjects.length === 0) throw new UsageError(`${file}: ${cliMessage(locale, 'noSubjects')}`);
  return subjects;
}

/** An error of `@kaohe/adapters` (a file or mapping that cannot be used), told by name so that the module stays unloaded. */
export function adapterError(error: unknown): (Error & { format(locale: Locale): string }) | null {
  return error instanceof Error && error.name === 'AdapterError' && typeof (error as { format?: unknown }).format === 'function'
    ? (error as Error & { format(locale: Locale): string })
    : null;
}

function subjectId(input: unknown): string | null {
  const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : null;
}

/**
 * `kaohe appraise`: appraises every subject of the input file with one scheme and prints the
 * results; a subject that cannot be appraised is named on stderr with its field, and the others
 * are still appraised.
 */
export async function appraiseCommand(options: AppraiseCommandOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  if (options.input === undefined) throw new UsageError(cliMessage(locale, 'needInput'));
  const loaded = await loadScheme(options, io.cwd, locale);
  let compiled;
  try {
    compiled = compileScheme(loaded.data, { schemes: loaded.schemes, locale });
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, locale);
    throw error;
  }
  const file = options.input;
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale)) as OrgChartInput);
  let sheet: SpreadsheetRead | null = null;
  let subjects: unknown[];
  if (isSpreadsheet(file)) {
    try {
      sheet = await readSpreadsheet(file, { mapping: options.mapping, period: options.period, scheme: loaded.data, schemes: loaded.schemes, locale }, io);
    } catch (error) {
      const bad = adapterError(error);
      if (bad === null) throw error;
      io.stderr.write(`kaohe: ${file}: ${bad.format(locale)}\n`);
      return EXIT.failed;
    }
    subjects = sheet.inputs;
  } else {
    if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
    subjects = await readSubjects(file, io.cwd, locale);
  }
  const results: SchemeResult[] = [];
  const failures: SubjectFailure[] = [];
  for (const [index, input] of subjects.entries()) {
    try {
      results.push(await appraiseScheme(compiled, input, org === undefined ? { locale } : { locale, org }));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      const located = error.withContext(`${file}${subjects.length > 1 ? ` #${index + 1}` : ''}`, locale);
      io.stderr.write(`${located.message}\n`);
      failures.push({
        file,
        index,
        subject: subjectId(input),
        code: error.code,
        path: error.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, ''),
        message: located.message,
      });
    }
  }
  const rejected = sheet !== null && (sheet.rejected.length > 0 || sheet.withheld.length > 0);
  if (options.format === 'json') {
    const out: Record<string, unknown> = { results };
    if (failures.length > 0) out.errors = failures;
    if (sheet !== null && rejected) {
      out.rejected = sheet.rejected;
      if (sheet.withheld.length > 0) out.withheld = sheet.withheld;
    }
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (results.length > 0) io.stdout.write(`${appraisalTable(results, locale, options.explain)}\n`);
  }
  if (options.out !== undefined) {
    const { writeResultsWorkbook } = await import('@kaohe/adapters');
    await writeResultsWorkbook(results, resolve(io.cwd, options.out), { locale });
  }
  if (sheet !== null && rejected) io.stderr.write(`${rejectionSummary(sheet, locale)}\n`);
  if (failures.length > 0) io.stderr.write(`${cliMessage(locale, 'failedCount', String(failures.length))}\n`);
  return failures.length > 0 || rejected ? EXIT.failed : EXIT.ok;
}
