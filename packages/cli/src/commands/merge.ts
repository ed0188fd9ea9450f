import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale, SchemeResult } from '@kaohe/core';
import { fileProblem } from '../fileProblem';
import { EXIT, type CliIo } from '../io';
import { cliMessage, UsageError } from '../messages';
import { resultsFileKind, resultsFileSink } from '../resultsFile';
import { readyResult, type RunSummary } from '../resultsSink';
import { fileOut, streamOut, type TextOut } from '../textOut';
import { FileError } from '../FileError';

/** Options of `kaohe merge`. */
export interface MergeCommandOptions {
  /** The JSON Lines of the runs to merge (`kaohe appraise --format jsonl`, one per shard). */
  readonly files: readonly string[];
  /** Where to write: .jsonl or .xlsx; the standard output (JSON Lines) when absent. */
  readonly out?: string | undefined;
  readonly locale: Locale;
}

const RESULT = '{"type":"result",';
const TYPE = /^\{"type":"(\w+)"/;
/** A result line's subject and period: the 2nd and 4th keys of a result, before any nested object. */
const KEY = /^\{"type":"result","kind":"\w+","subject":("(?:[^"\\]|\\.)*"),"name":(?:null|"(?:[^"\\]|\\.)*"),"period":("(?:[^"\\]|\\.)*")/;

/** The lines of a file, a line at a time. */
async function* lines(file: string, io: CliIo, locale: Locale): AsyncGenerator<string> {
  const input = createReadStream(resolve(io.cwd, file));
  const opened = new Promise<void>((ok, fail) => {
    input.once('open', () => ok());
    input.once('error', fail);
  });
  try {
    await opened;
  } catch (error) {
    throw await fileProblem(error, file, io.cwd, locale);
  }
  for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim() !== '') yield line;
}

/** The subject and period a result line is for, as one key. */
function resultKey(line: string): string {
  const match = KEY.exec(line);
  const result = (match === null ? JSON.parse(line) : { subject: JSON.parse(match[1] as string), period: JSON.parse(match[2] as string) }) as { subject: unknown; period: unknown };
  return `${String(result.subject)}\u0000${String(result.period)}`;
}

/** The summaries of the runs, checked to be shards of one input (or runs of several), added up. */
function mergedSummary(files: readonly string[], summaries: ReadonlyArray<RunSummary>, locale: Locale, warn: (text: string) => void): RunSummary {
  const sum = (key: 'appraised' | 'rejected' | 'errors' | 'blank' | 'otherShards' | 'warnings'): number => summaries.reduce((total, s) => total + (s[key] ?? 0), 0);
  const counts = { appraised: sum('appraised'), rejected: sum('rejected'), errors: sum('errors'), blank: sum('blank'), warnings: sum('warnings') };
  const sharded = summaries.filter((s) => s.shard !== undefined);
  if (sharded.length === 0) return { read: summaries.reduce((total, s) => total + s.read, 0), ...counts };
  const shards = sharded.map((s) => (s.shard as string).split('/').map(Number) as [number, number]);
  const count = shards[0]?.[1] ?? 0;
  const read = summaries[0]?.read ?? 0;
  const seen = new Set<number>();
  for (const [at, s] of summaries.entries()) {
    const [index, of] = s.shard === undefined ? [0, 0] : (s.shard.split('/').map(Number) as [number, number]);
    if (of !== count || s.read !== read || seen.has(index)) throw new FileError(cliMessage(locale, 'mergeShards', { file: files[at] ?? '', shard: s.shard ?? '—' }));
    seen.add(index);
  }
  // Each shard left the others' subjects; what no shard given here appraised is still left over.
  const otherShards = sum('otherShards') - (summaries.length - 1) * read;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length === 0) return { read, ...counts };
  warn(cliMessage(locale, 'mergeMissingShards', { shards: missing.map((i) => `${i}/${count}`).join(', '), others: String(otherShards) }));
  return { read, ...counts, shard: [...seen].sort((a, b) => a - b).map((i) => `${i}/${count}`).join(','), otherShards };
}

/**
 * `kaohe merge`: joins the JSON Lines of several runs — the shards of one input, written by
 * `kaohe appraise --shard i/n --format jsonl` — into one: every line of each file in the order
 * given, and one summary adding theirs up. The files are read twice: first to check them (each
 * ends with its summary; a subject appraised for the same period in two files is an error, since
 * shards never overlap), then to write, so that a bad set writes nothing.
 *
 * @example
 * await mergeCommand({ files: ['shard-1.jsonl', 'shard-2.jsonl'], out: 'all.xlsx', locale: 'en' }, io);
 */
export async function mergeCommand(options: MergeCommandOptions, io: CliIo): Promise<number> {
  const { files, locale } = options;
  if (files.length === 0) throw new UsageError(cliMessage(locale, 'mergeNeedsFiles'));
  const kind = options.out === undefined ? '.jsonl' : resultsFileKind(options.out, locale);
  if (kind === '.json') throw new UsageError(cliMessage(locale, 'mergeOutput', options.out ?? ''));
  const owner = new Map<string, number>();
  const summaries: RunSummary[] = [];
  for (const [at, file] of files.entries()) {
    let summary: RunSummary | null = null;
    let number = 0;
    for await (const line of lines(file, io, locale)) {
      number++;
      const type = TYPE.exec(line)?.[1];
      if (type === undefined || summary !== null) throw new FileError(cliMessage(locale, 'mergeNotJsonl', { file, line: String(number) }));
      if (type === 'summary') summary = JSON.parse(line) as RunSummary;
      else if (type === 'result') {
        const key = resultKey(line);
        const first = owner.get(key);
        if (first !== undefined) {
          const [subject, period] = key.split('\u0000');
          throw new FileError(cliMessage(locale, 'mergeDuplicate', { subject: subject ?? '', period: period ?? '', first: files[first] ?? '', second: file }));
        }
        owner.set(key, at);
      }
    }
    if (summary === null) throw new FileError(cliMessage(locale, 'mergeNoSummary', file));
    summaries.push(summary);
  }
  owner.clear();
  const summary = mergedSummary(files, summaries, locale, (text) => io.stderr.write(`kaohe: ${text}\n`));
  if (kind === '.xlsx') {
    const sink = resultsFileSink(options.out as string, '.xlsx', io.cwd, locale, false);
    for (const file of files) {
      for await (const line of lines(file, io, locale)) {
        if (!line.startsWith(RESULT)) continue;
        const compact = `{${line.slice(RESULT.length)}`;
        await sink.result(readyResult(() => JSON.parse(compact) as SchemeResult, { compact }));
      }
    }
    await sink.end({ summary, withheld: [], warnings: [], sheet: false });
  } else {
    const out: TextOut = options.out === undefined ? streamOut(io.stdout) : fileOut(resolve(io.cwd, options.out));
    for (const file of files) {
      for await (const line of lines(file, io, locale)) if (!line.startsWith('{"type":"summary"')) await out.write(`${line}\n`);
    }
    const { read, appraised, rejected, errors, blank, warnings, shard, otherShards } = summary;
    await out.write(`${JSON.stringify({ type: 'summary', read, appraised, rejected, errors, blank, warnings, ...(shard === undefined ? {} : { shard, otherShards }) })}\n`);
    await out.close();
  }
  return summary.errors > 0 || summary.rejected > 0 ? EXIT.failed : EXIT.ok;
}
