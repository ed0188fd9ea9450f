import { compileScheme, KaoheError, type CompiledScheme, type Locale, type OrgChartInput } from '@kaohe/core';
import { adapterError } from './adapterError';
import { appraiseSteps, inProcessBatches, type Step, type StepOptions } from './appraiseSteps';
import { examplePeriod, periodKindOf } from './examplePeriod';
import { heapBudget } from './heapBudget';
import { inputFormat } from './inputFormat';
import { EXIT, type CliIo } from './io';
import { loadScheme, readJsonFile } from './loadScheme';
import { cliMessage, listOf, UsageError } from './messages';
import type { Encoding } from './parallelProtocol';
import { readyResult, type ResultsSink, type RunSummary } from './resultsSink';
import { shardOf, type Shard } from './shardOf';
import { isSourceRun, openSources, type SourceRunOptions } from './sourceInput';
import { isCleanRead, openSpreadsheet, rejectionSummary, shardRead, type RejectedRow, type SpreadsheetStream } from './spreadsheetInput';

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
  /** Worker threads that appraise (1, the default: this thread only); the outputs are the same whatever the number. */
  readonly jobs?: number | undefined;
  /** Only the subjects of this shard (see shardOf); the others are counted as left to other shards. */
  readonly shard?: Shard | undefined;
  /** The JSON forms of each result the sink prints, made once (on the workers' threads with `jobs`); the object only by default. */
  readonly encoding?: Encoding | undefined;
  /** `false`: results without lines, as `explain: false` gives them (a penalty regime's fine without its lines too); with every line by default. */
  readonly lines?: boolean | undefined;
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

/** The items, calling `onItem` as each is read. */
async function* counted<T>(items: AsyncIterable<T>, onItem: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    onItem();
    yield item;
  }
}

/** The items `keep` keeps, read as they are needed. */
async function* onlyMine<T>(items: AsyncIterable<T> | Iterable<T>, keep: (item: T) => boolean): AsyncGenerator<T> {
  for await (const item of items) if (keep(item)) yield item;
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
  // Rejected rows wait here from the reader's callback until the loop can await their writing, each
  // with the number of inputs its file gives before it: it is written after their results and before
  // the result of the input after it, in the file's order, so that its place depends on the input
  // only (never on --jobs, nor on how many rows the reader reads at a time).
  const pending: Array<{ readonly row: RejectedRow; readonly before: number }> = [];
  // Whether any output has begun: a run refused before then writes nothing at all.
  let written = false;
  let seen = 0;
  const sink = await sinkFor(compiled);
  const flush = async (upTo: number): Promise<void> => {
    while (pending.length > 0 && (pending[0] as { before: number }).before <= upTo) {
      written = true;
      await sink.rejected((pending.shift() as { row: RejectedRow }).row);
    }
  };
  const { shard } = options;
  const mine = (subject: string | null): boolean => shard === undefined || shardOf(subject, shard.count) === shard.index;
  let otherShards = 0;
  let rejectedMine = 0;
  const onRejected = (row: RejectedRow, before: number): void => {
    if (mine(row.subject)) {
      pending.push({ row, before });
      rejectedMine++;
    } else otherShards++;
  };
  let sheet: SpreadsheetStream | null = null;
  let subjects: readonly unknown[] = [];
  let appraised = 0;
  let failures = 0;
  const stepOptions: StepOptions = { compiled, scheme: options.preset ?? (scheme as object), jobs: options.jobs ?? 1, locale, org, explain: options.lines === false ? false : 'eager', encoding: options.encoding ?? { value: true, compact: false, pretty: false } };
  try {
    if (isSourceRun(options)) {
      const source = { data: scheme, schemes, id: compiled.scheme.id, regime: compiled.kind === 'compiledPenaltyRegime', examplePeriod: period, periodKind: periodKindOf(compiled.scheme) };
      sheet = await openSources(options, source, io, locale, onRejected);
    } else if (format?.kind === 'sheet') {
      sheet = await openSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme, schemes, locale }, io, onRejected);
    } else {
      if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
      subjects = await readSubjects(file, options.period, io.cwd, locale);
    }
    const tick = heapBudget();
    // Each step as it comes, at its place among all inputs: the rejected rows before it first.
    // A result written at once, when nothing waits before it and the output takes it without waiting.
    const takeNow = (step: Step): boolean => {
      if (!step.ok || sink.resultNow === undefined || sheet?.sourcesOf !== undefined) return false;
      if (pending.length > 0 && (pending[0] as { before: number }).before <= step.index) return false;
      if (!sink.resultNow(step.result)) return false;
      tick();
      written = true;
      appraised++;
      sheet?.seen?.(step.result.value);
      return true;
    };
    const take = async (step: Step, place: number): Promise<void> => {
      tick();
      written = true;
      await flush(place);
      if (step.ok) {
        appraised++;
        // Additive to the result's contract: where its facts came from, for a CRM or a service desk.
        const sources = sheet?.sourcesOf === undefined ? undefined : sheet.sourcesOf(step.result.value.subject);
        await sink.result(sources === undefined ? step.result : readyResult({ ...step.result.value, sources }));
        sheet?.seen?.(step.result.value);
        return;
      }
      const { error, input, index } = step;
      const where = `${file}${step.several ? ` #${index + 1}` : ''}`;
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
    };
    if (sheet?.batches !== undefined && shard === undefined && stepOptions.jobs <= 1) {
      // This thread alone and every input kept: a batch of the reader's at a time, without the layers per input below.
      for await (const steps of inProcessBatches(sheet.batches, stepOptions)) for (const step of steps) if (!takeNow(step)) await take(step, step.index);
    } else {
      const items = sheet === null ? subjects : counted(sheet.inputs, () => seen++);
      // For a shard, the place among all inputs of each input kept (their results come in that order).
      const places: number[] = [];
      const keep = (input: unknown): boolean => {
        const kept = mine(subjectId(input));
        if (!kept) otherShards++;
        else places.push(seen - 1);
        return kept;
      };
      const kept = shard === undefined ? items : onlyMine(items, keep);
      for await (const step of appraiseSteps(kept, stepOptions)) await take(step, shard === undefined ? step.index : (places.shift() as number));
    }
  } catch (error) {
    const bad = adapterError(error);
    // Every output begun is finished and no temporary file stays, whatever stopped the run.
    if (written) await sink.abort({ file, code: bad?.code ?? (error instanceof Error ? error.name : 'error'), message: bad?.format(locale) ?? (error instanceof Error ? error.message : String(error)) });
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
  await flush(Infinity);
  const whole = sheet?.finish() ?? null;
  const read = whole === null || shard === undefined ? whole : shardRead(whole, mine, shard.index === 1, rejectedMine);
  // Blank rows belong to the first shard, so that the shards' summaries add up.
  if (whole !== null && read !== null) otherShards += whole.rows.blank - read.rows.blank;
  const counts: RunSummary =
    read === null
      ? { read: subjects.length, appraised, rejected: 0, errors: failures, blank: 0 }
      : { read: read.rows.read, appraised, rejected: read.rows.rejected, errors: failures, blank: read.rows.blank };
  const summary: RunSummary = shard === undefined ? counts : { ...counts, shard: `${shard.index}/${shard.count}`, otherShards };
  await sink.end({ summary, withheld: read?.withheld ?? [], warnings: read?.warnings ?? [], sheet: read !== null });
  const clean = read === null || isCleanRead(read);
  if (!clean) io.stderr.write(`${rejectionSummary(read, locale)}\n`);
  if (failures > 0) io.stderr.write(`${cliMessage(locale, 'failedCount', String(failures))}\n`);
  // A spreadsheet without a single subject is a failure too: an empty result must not pass for a clean run.
  const rejected = read !== null && (read.rejectedCount > 0 || read.withheld.length > 0 || read.inputs === 0);
  return { summary, clean, failures, exit: failures > 0 || rejected ? EXIT.failed : EXIT.ok, unreadable: false };
}
