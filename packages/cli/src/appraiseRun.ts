import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type CompiledScheme, type Locale, type OrgChartInput } from '@kaohe/core';
import { adapterError } from './adapterError';
import { examplePeriod } from './examplePeriod';
import { inputFormat } from './inputFormat';
import { EXIT, type CliIo } from './io';
import { loadScheme, readJsonFile } from './loadScheme';
import { cliMessage, listOf, UsageError } from './messages';
import type { ResultsSink, RunSummary } from './resultsSink';
import { isSourceRun, openSources, type SourceRunOptions } from './sourceInput';
import { isCleanRead, openSpreadsheet, rejectionSummary, type RejectedRow, type SpreadsheetStream } from './spreadsheetInput';

/** What an appraisal run reads: the input, the scheme (a preset or a file) and what completes the input. */
export interface AppraiseRunOptions extends SourceRunOptions {
  readonly input: string;
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly locale: Locale;
  /** An org chart (JSON) that resolves the people a collective penalty names by role. */
  readonly org?: string | undefined;
  /** A column mapping (JSON file) for a spreadsheet input. */
  readonly mapping?: string | undefined;
  /** The period of subjects and spreadsheet rows that carry none. */
  readonly period?: string | undefined;
  /** The input's format when its extension does not say it: json, csv or xlsx. */
  readonly inputFormat?: string | undefined;
}

/** How a run ended: its counts, whether the read was clean, and the exit code it calls for. */
export interface AppraiseRunEnd {
  readonly summary: RunSummary;
  /** No row rejected, withheld, warned about or blank (always for a JSON input). */
  readonly clean: boolean;
  readonly failures: number;
  /** `failed` when a subject could not be appraised, a row was rejected, no subject was found, or the input could not be read. */
  readonly exit: number;
  /** The input could not be read at all (said on stderr); the sink was not ended. */
  readonly unreadable: boolean;
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
function headersHint(options: AppraiseRunOptions, locale: Locale): string {
  return options.preset !== undefined
    ? cliMessage(locale, 'headersHintPreset', { id: options.preset })
    : cliMessage(locale, 'headersHintScheme', { file: options.scheme ?? '' });
}

function subjectId(input: unknown): string | null {
  const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : null;
}

/** Each item with its index, and whether the input holds more than one (known by reading one item ahead). */
async function* withLookahead<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<{ item: T; index: number; several: boolean }> {
  let index = 0;
  let previous: { readonly item: T } | null = null;
  for await (const item of items) {
    if (previous !== null) yield { item: previous.item, index: index - 1, several: true };
    previous = { item };
    index++;
  }
  if (previous !== null) yield { item: previous.item, index: index - 1, several: index > 1 };
}

/** The scheme of a run, compiled; an error names the scheme's file. */
export async function compiledSchemeOf(options: AppraiseRunOptions, cwd: string): Promise<{ compiled: CompiledScheme; scheme: unknown; schemes: Awaited<ReturnType<typeof loadScheme>>['schemes'] }> {
  const loaded = await loadScheme(options, cwd, options.locale);
  try {
    return { compiled: compileScheme(loaded.data, { schemes: loaded.schemes, locale: options.locale }), scheme: loaded.data, schemes: loaded.schemes };
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, options.locale);
    throw error;
  }
}

/**
 * Appraises every subject of an input (JSON, or a spreadsheet streamed row by row) with one
 * scheme, handing each result, failure and rejected row to the sink as it comes, and the counts at
 * the end: the one path of `kaohe appraise` and `kaohe report`. A subject that cannot be
 * appraised is named on stderr with its field and the others are still appraised; what the read
 * did not use is told on stderr at the end. `sinkFor` makes the sink once the scheme is compiled.
 *
 * @example
 * const end = await appraiseRun({ input: 'team.csv', preset: 'tech-support-center/network-ops-supervisor', locale: 'zh-CN' }, io, async () => sink);
 * @throws UsageError for a command line that cannot be run; KaoheError for a scheme that does not compile.
 */
export async function appraiseRun(options: AppraiseRunOptions, io: CliIo, sinkFor: (compiled: CompiledScheme) => Promise<ResultsSink>): Promise<AppraiseRunEnd> {
  const { locale, input: file } = options;
  const format = options.fetch !== undefined ? null : inputFormat(file, options.inputFormat, locale);
  const { compiled, scheme, schemes } = await compiledSchemeOf(options, io.cwd);
  const period = examplePeriod(compiled.scheme);
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale, 'org')) as OrgChartInput);
  // Rejected rows wait here from the reader's callback until the loop can await their writing.
  const pending: RejectedRow[] = [];
  let sheet: SpreadsheetStream | null = null;
  let subjects: readonly unknown[] = [];
  const sink = await sinkFor(compiled);
  let appraised = 0;
  let failures = 0;
  const context = org === undefined ? { locale } : { locale, org };
  try {
    if (isSourceRun(options)) {
      const source = { data: scheme, schemes, id: compiled.scheme.id, regime: compiled.kind === 'compiledPenaltyRegime', examplePeriod: period };
      sheet = await openSources(options, source, io, locale, (row) => pending.push(row));
    } else if (format?.kind === 'sheet') {
      sheet = await openSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme, schemes, locale }, io, (row) => pending.push(row));
    } else {
      if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
      subjects = await readSubjects(file, options.period, io.cwd, locale);
    }
    for await (const { item: input, index, several } of withLookahead(sheet === null ? subjects : sheet.inputs)) {
      for (const row of pending.splice(0)) await sink.rejected(row);
      let result;
      try {
        result = await appraiseScheme(compiled, input, context);
      } catch (error) {
        if (!isKaoheError(error)) throw error;
        const where = `${file}${several ? ` #${index + 1}` : ''}`;
        const message = lacksPeriod(input, error)
          ? `${where}: ${cliMessage(locale, 'periodMissing', { subject: subjectId(input) ?? '?', example: period })}`
          : error.withContext(where, locale).message;
        io.stderr.write(`${message}\n`);
        failures++;
        await sink.failure({
          file,
          index,
          subject: subjectId(input),
          code: error.code,
          path: error.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, ''),
          message,
        });
        continue;
      }
      appraised++;
      // Additive to the result's contract: where its facts came from, for a CRM or a service desk.
      const sources = sheet?.sourcesOf?.(result.subject);
      await sink.result(sources === undefined ? result : { ...result, sources });
      sheet?.seen?.(result);
    }
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
    return { summary: { read: 0, appraised, rejected: 0, errors: failures, blank: 0 }, clean: false, failures, exit: EXIT.failed, unreadable: true };
  }
  for (const row of pending.splice(0)) await sink.rejected(row);
  const read = sheet?.finish() ?? null;
  const summary: RunSummary =
    read === null
      ? { read: subjects.length, appraised, rejected: 0, errors: failures, blank: 0 }
      : { read: read.rows.read, appraised, rejected: read.rows.rejected, errors: failures, blank: read.rows.blank };
  await sink.end({ summary, withheld: read?.withheld ?? [], warnings: read?.warnings ?? [], sheet: read !== null });
  const clean = read === null || isCleanRead(read);
  if (!clean) io.stderr.write(`${rejectionSummary(read, locale)}\n`);
  if (failures > 0) io.stderr.write(`${cliMessage(locale, 'failedCount', String(failures))}\n`);
  // A spreadsheet without a single subject is a failure too: an empty result must not pass for a clean run.
  const rejected = read !== null && (read.rejectedCount > 0 || read.withheld.length > 0 || read.inputs === 0);
  return { summary, clean, failures, exit: failures > 0 || rejected ? EXIT.failed : EXIT.ok, unreadable: false };
}
