import { resolve } from 'node:path';
import { compileScheme, KaoheError, type Locale, type OrgChartInput } from '@kaohe/core';
import { adapterError } from '../adapterError';
import { appraiseSteps, type StepOptions } from '../appraiseSteps';
import { examplePeriod } from '../examplePeriod';
import { inputFormat } from '../inputFormat';
import { EXIT, type CliIo } from '../io';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, listOf, UsageError } from '../messages';
import { jsonlSink } from '../jsonlSink';
import { jsonSink } from '../jsonSink';
import { rejectsCsvSink } from '../rejectsCsvSink';
import { resultsFileKind, resultsFileSink, type ResultsFileKind } from '../resultsFile';
import { teeSink, type ResultsSink, type RunSummary } from '../resultsSink';
import { isCleanRead, openSpreadsheet, rejectionSummary, shardRead, type RejectedRow, type SpreadsheetStream } from '../spreadsheetInput';
import { heapBudget } from '../heapBudget';
import { shardOf, type Shard } from '../shardOf';
import { tableSink } from '../tableSink';
import { fileOut, streamOut } from '../textOut';

export type { SubjectFailure } from '../resultsSink';

/** Options of `kaohe appraise`. */
export interface AppraiseCommandOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly input?: string | undefined;
  /** `jsonl`: a line per result, error and rejected cell, and a last summary line (see DESIGN.md). */
  readonly format: 'json' | 'jsonl' | 'table';
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
  /** A CSV file to write the rejected rows of a spreadsheet input to, as they are found (instead of the JSON output). */
  readonly rejects?: string | undefined;
  /** Worker threads that appraise (1: this thread only); the outputs are the same bytes whatever the number. */
  readonly jobs: number;
  /** Only the subjects of this shard (see shardOf); the others are counted as left to other shards. */
  readonly shard?: Shard | undefined;
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

/** The summary line of a run, for stderr. */
function summaryLine(s: RunSummary, locale: Locale): string {
  const line = cliMessage(locale, 'runSummary', { read: String(s.read), appraised: String(s.appraised), rejected: String(s.rejected), errors: String(s.errors), blank: String(s.blank) });
  return s.shard === undefined ? line : `${line}${cliMessage(locale, 'shardSummary', { shard: s.shard, others: String(s.otherShards ?? 0) })}`;
}

/** Where the results go: the standard output in the chosen format, then `--out` and `--rejects`. */
async function runSink(options: AppraiseCommandOptions, outKind: ResultsFileKind | undefined, io: CliIo): Promise<ResultsSink> {
  const { locale } = options;
  const stdout = streamOut(io.stdout);
  const holdRejected = options.rejects === undefined;
  const sinks: ResultsSink[] = [
    options.format === 'jsonl' ? jsonlSink(stdout) : options.format === 'json' ? jsonSink(stdout, { holdRejected }) : tableSink(stdout, locale, options.explain),
  ];
  if (options.out !== undefined && outKind !== undefined) sinks.push(resultsFileSink(options.out, outKind, io.cwd, locale, holdRejected));
  if (options.rejects !== undefined) {
    const { escapeCellText } = await import('@kaohe/adapters');
    sinks.push(rejectsCsvSink(fileOut(resolve(io.cwd, options.rejects)), escapeCellText));
  }
  return teeSink(sinks);
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
  // Rejected rows wait here from the reader's callback until the loop can await their writing, each
  // with the inputs read before it: it is written before the result of the input after it, as a run
  // on one thread reading one input ahead does, so that the order never depends on --jobs.
  const pending: Array<{ readonly row: RejectedRow; readonly seen: number }> = [];
  // Whether any output has begun: a run refused before then writes nothing at all.
  let written = false;
  let seen = 0;
  const flush = async (upTo: number): Promise<void> => {
    while (pending.length > 0 && (pending[0] as { seen: number }).seen <= upTo) {
      written = true;
      await sink.rejected((pending.shift() as { row: RejectedRow }).row);
    }
  };

  const { shard } = options;
  const mine = (subject: string | null): boolean => shard === undefined || shardOf(subject, shard.count) === shard.index;
  let otherShards = 0;
  let rejectedMine = 0;
  let sheet: SpreadsheetStream | null = null;
  let subjects: readonly unknown[] = [];
  const sink = await runSink(options, outKind, io);
  let appraised = 0;
  let failures = 0;
  const encoding = {
    value: options.format === 'table',
    compact: options.format === 'jsonl' || outKind === '.jsonl' || outKind === '.xlsx',
    pretty: options.format === 'json' || outKind === '.json',
  };
  const stepOptions: StepOptions = { compiled, scheme: options.preset ?? (loaded.data as object), jobs: options.jobs, locale, org, encoding };
  try {
    if (format.kind === 'sheet') {
      sheet = await openSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme: loaded.data, schemes: loaded.schemes, locale }, io, (row) => {
        if (mine(row.subject)) {
          pending.push({ row, seen });
          rejectedMine++;
        } else otherShards++;
      });
    } else {
      if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
      subjects = await readSubjects(file, options.period, io.cwd, locale);
    }
    const items = sheet === null ? subjects : counted(sheet.inputs, () => seen++);
    const keep = (input: unknown): boolean => {
      const kept = mine(subjectId(input));
      if (!kept) otherShards++;
      return kept;
    };
    const kept = shard === undefined ? items : onlyMine(items, keep);
    const tick = heapBudget();
    for await (const step of appraiseSteps(kept, stepOptions)) {
      tick();
      written = true;
      await flush(step.index + 1);
      if (step.ok) {
        appraised++;
        await sink.result(step.result);
        continue;
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
    return EXIT.failed;
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
  // A clean run stays silent on stderr; JSON Lines carry their own summary line.
  if (options.format !== 'jsonl' && (!clean || failures > 0 || io.stderr.isTTY === true)) io.stderr.write(`${summaryLine(summary, locale)}\n`);
  // A spreadsheet without a single subject is a failure too: an empty result must not pass for a clean run.
  const rejected = read !== null && (read.rejectedCount > 0 || read.withheld.length > 0 || read.inputs === 0);
  return failures > 0 || rejected ? EXIT.failed : EXIT.ok;
}
