import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { adapterError } from '../adapterError';
import { examplePeriod } from '../examplePeriod';
import { appraisalTable } from '../format/appraisalTable';
import { inputFormat } from '../inputFormat';
import { EXIT, type CliIo } from '../io';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, listOf, UsageError } from '../messages';
import { resultsFileKind, writeResultsFile } from '../resultsFile';
import { isCleanRead, readSpreadsheet, rejectionSummary, type SpreadsheetRead } from '../spreadsheetInput';

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
  /** The period of subjects and spreadsheet rows that carry none. */
  readonly period?: string | undefined;
  /** A file to write the results to: .xlsx, .json or .jsonl. */
  readonly out?: string | undefined;
  /** The input's format when its extension does not say it: json, csv or xlsx. */
  readonly inputFormat?: string | undefined;
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

/** The subjects of a JSON input; `--period` fills the period of those that carry none. */
async function readSubjects(file: string, period: string | undefined, cwd: string, locale: Locale): Promise<unknown[]> {
  const data = await readJsonFile(file, cwd, locale, 'input');
  const subjects = Array.isArray(data) ? data : [data];
  if (subjects.length === 0) throw new UsageError(`${file}: ${cliMessage(locale, 'noSubjects')}`);
  if (period === undefined) return subjects;
  return subjects.map((s: unknown) => (typeof s === 'object' && s !== null && !Array.isArray(s) && (s as { period?: unknown }).period === undefined ? { ...s, period } : s));
}

/** Whether an input lacks its period (rather than carrying a bad one). */
function lacksPeriod(input: unknown, error: { readonly path: readonly PropertyKey[] }): boolean {
  return error.path.length === 1 && error.path[0] === 'period' && typeof input === 'object' && input !== null && (input as { period?: unknown }).period === undefined;
}

/** Where to find the headers a sheet must carry: `presets show` for a preset, and `template` for any scheme. */
function headersHint(options: AppraiseCommandOptions, locale: Locale): string {
  return options.preset !== undefined
    ? cliMessage(locale, 'headersHintPreset', { id: options.preset })
    : cliMessage(locale, 'headersHintScheme', { file: options.scheme ?? '' });
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
  const file = options.input;
  const format = inputFormat(file, options.inputFormat, locale);
  const outKind = options.out === undefined ? undefined : resultsFileKind(options.out, locale);
  const loaded = await loadScheme(options, io.cwd, locale);
  let compiled;
  try {
    compiled = compileScheme(loaded.data, { schemes: loaded.schemes, locale });
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, locale);
    throw error;
  }
  const period = examplePeriod(compiled.scheme);
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale, 'org')) as OrgChartInput);
  let sheet: SpreadsheetRead | null = null;
  let subjects: unknown[];
  if (format.kind === 'sheet') {
    try {
      sheet = await readSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme: loaded.data, schemes: loaded.schemes, locale }, io);
    } catch (error) {
      const bad = adapterError(error);
      if (bad === null) throw error;
      // A legacy workbook's message names the file itself.
      const message =
        bad.code === 'periodMissing'
          ? cliMessage(locale, 'sheetPeriodMissing', { path: file, example: period, headers: listOf(locale, ['考核期间', 'Period']) })
          : bad.code === 'legacyWorkbook'
            ? bad.format(locale)
            : `${file}: ${bad.format(locale)}${bad.code === 'headerNotFound' && options.mapping === undefined ? `\n${headersHint(options, locale)}` : ''}`;
      io.stderr.write(`kaohe: ${message}\n`);
      return EXIT.failed;
    }
    subjects = sheet.inputs;
  } else {
    if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
    subjects = await readSubjects(file, options.period, io.cwd, locale);
  }
  const results: SchemeResult[] = [];
  const failures: SubjectFailure[] = [];
  for (const [index, input] of subjects.entries()) {
    try {
      results.push(await appraiseScheme(compiled, input, org === undefined ? { locale } : { locale, org }));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      const where = `${file}${subjects.length > 1 ? ` #${index + 1}` : ''}`;
      const message = lacksPeriod(input, error)
        ? `${where}: ${cliMessage(locale, 'periodMissing', { subject: subjectId(input) ?? '?', example: period })}`
        : error.withContext(where, locale).message;
      io.stderr.write(`${message}\n`);
      failures.push({
        file,
        index,
        subject: subjectId(input),
        code: error.code,
        path: error.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, ''),
        message,
      });
    }
  }
  // A spreadsheet without a single subject is a failure too: an empty result must not pass for a clean run.
  const rejected = sheet !== null && (sheet.rejected.length > 0 || sheet.withheld.length > 0 || sheet.inputs.length === 0);
  const out: Record<string, unknown> = { results };
  if (failures.length > 0) out.errors = failures;
  if (sheet !== null && (sheet.rejected.length > 0 || sheet.withheld.length > 0)) {
    out.rejected = sheet.rejected;
    if (sheet.withheld.length > 0) out.withheld = sheet.withheld;
  }
  if (sheet !== null && sheet.warnings.length > 0) out.warnings = sheet.warnings;
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else if (results.length > 0) io.stdout.write(`${appraisalTable(results, locale, options.explain)}\n`);
  if (options.out !== undefined && outKind !== undefined) await writeResultsFile(options.out, outKind, results, out, io.cwd, locale);
  if (sheet !== null && !isCleanRead(sheet)) io.stderr.write(`${rejectionSummary(sheet, locale)}\n`);
  if (failures.length > 0) io.stderr.write(`${cliMessage(locale, 'failedCount', String(failures.length))}\n`);
  return failures.length > 0 || rejected ? EXIT.failed : EXIT.ok;
}
