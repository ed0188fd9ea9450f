import { resolve } from 'node:path';
import type { Locale } from '@kaohe/core';
import { appraiseRun, type AppraiseRunOptions } from '../appraiseRun';
import type { CliIo } from '../io';
import { cliMessage, UsageError } from '../messages';
import { jsonlSink } from '../jsonlSink';
import { jsonSink } from '../jsonSink';
import { rejectsCsvSink } from '../rejectsCsvSink';
import { resultsFileKind, resultsFileSink, type NamedScheme, type ResultsFileKind } from '../resultsFile';
import { teeSink, type ResultsSink, type RunSummary } from '../resultsSink';
import { tableSink } from '../tableSink';
import { fileOut, streamOut } from '../textOut';

export type { SubjectFailure } from '../resultsSink';

/** Options of `kaohe appraise`: what the run reads (see {@link AppraiseRunOptions}) and where its results go. */
export interface AppraiseCommandOptions extends Omit<AppraiseRunOptions, 'input' | 'jobs' | 'encoding' | 'lines'> {
  /** The input file; absent for a live pull (`--fetch`). */
  readonly input?: string | undefined;
  /** `jsonl`: a line per result, error and rejected cell, and a last summary line (see DESIGN.md). */
  readonly format: 'json' | 'jsonl' | 'table';
  readonly explain: boolean;
  /** `--no-lines`: every result without its lines (`explain: false`), for bulk runs. */
  readonly noLines?: boolean | undefined;
  /** A file to write the results to: .xlsx, .json or .jsonl. */
  readonly out?: string | undefined;
  /** A CSV file to write the rejected rows of a spreadsheet input to, as they are found (instead of the JSON output). */
  readonly rejects?: string | undefined;
  /** Worker threads that appraise (1: this thread only); the outputs are the same bytes whatever the number. */
  readonly jobs: number;
}

/** The summary line of a run, for stderr. */
function summaryLine(s: RunSummary, locale: Locale): string {
  const line = cliMessage(locale, 'runSummary', { read: String(s.read), appraised: String(s.appraised), rejected: String(s.rejected), errors: String(s.errors), blank: String(s.blank) });
  return s.shard === undefined ? line : `${line}${cliMessage(locale, 'shardSummary', { shard: s.shard, others: String(s.otherShards ?? 0) })}`;
}

/** Where the results go: the standard output in the chosen format, then `--out` and `--rejects`. */
async function runSink(options: AppraiseCommandOptions, outKind: ResultsFileKind | undefined, scheme: NamedScheme, io: CliIo): Promise<ResultsSink> {
  const { locale } = options;
  const stdout = streamOut(io.stdout);
  const holdRejected = options.rejects === undefined;
  const sinks: ResultsSink[] = [
    options.format === 'jsonl' ? jsonlSink(stdout) : options.format === 'json' ? jsonSink(stdout, { holdRejected }) : tableSink(stdout, locale, options.explain),
  ];
  if (options.out !== undefined && outKind !== undefined) sinks.push(resultsFileSink(options.out, outKind, io.cwd, locale, holdRejected, [scheme]));
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
  if (options.input === undefined && options.fetch === undefined) throw new UsageError(cliMessage(locale, 'needInput'));
  if (options.input !== undefined && options.fetch !== undefined) throw new UsageError(cliMessage(locale, 'fetchOrInput'));
  if (options.noLines === true && options.explain && options.format === 'table') throw new UsageError(cliMessage(locale, 'noLinesExplain'));
  // a live pull names the org rather than a file: it is the run's input in messages
  const input = options.input ?? options.fetch ?? '';
  const outKind = options.out === undefined ? undefined : resultsFileKind(options.out, locale);
  // The JSON forms the outputs print, made once per result (on the workers' threads with --jobs).
  const encoding = {
    value: options.format === 'table',
    compact: options.format === 'jsonl' || outKind === '.jsonl' || outKind === '.xlsx',
    pretty: options.format === 'json' || outKind === '.json',
  };
  const end = await appraiseRun({ ...options, input, encoding, lines: options.noLines !== true }, io, (compiled) => runSink(options, outKind, compiled.scheme, io));
  if (end.unreadable) return end.exit;
  // A clean run stays silent on stderr; JSON Lines carry their own summary line.
  if (options.format !== 'jsonl' && (!end.clean || end.failures > 0 || io.stderr.isTTY === true)) io.stderr.write(`${summaryLine(end.summary, locale)}\n`);
  return end.exit;
}
