import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale, SchemeResult } from '@kaohe/core';
import { jsonlSink } from './jsonlSink';
import { jsonSink } from './jsonSink';
import { cliMessage, listOf, UsageError } from './messages';
import type { ResultsSink } from './resultsSink';
import { fileOut, type TextOut } from './textOut';

/** The files `--out` writes, by extension: a workbook for people, the JSON output, one result per line. */
const WRITERS = ['.xlsx', '.json', '.jsonl'] as const;

/** A file `--out` can write. */
export type ResultsFileKind = (typeof WRITERS)[number];

/**
 * What `--out` writes, told by the file's extension; checked before anything is appraised so
 * that a long run never ends in a file of the wrong kind.
 *
 * @example
 * resultsFileKind('results.jsonl', 'en') // '.jsonl'
 * @throws UsageError for any other extension (`.csv` included), with the accepted ones.
 */
export function resultsFileKind(path: string, locale: Locale): ResultsFileKind {
  const extension = extname(path).toLowerCase();
  const kind = WRITERS.find((w) => w === extension);
  if (kind === undefined) throw new UsageError(cliMessage(locale, 'unsupportedOutput', { path, extension: extension || '—', accepted: listOf(locale, WRITERS) }));
  return kind;
}

/** The results spooled to a file, read back a line at a time. */
async function* spooledResults(path: string): AsyncGenerator<SchemeResult> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) yield JSON.parse(line) as SchemeResult;
}

/**
 * The results workbook: its sheets' columns depend on every result of a scheme, so the results
 * are spooled to a temporary JSON Lines file as they come and the workbook is written from it
 * once the run ends (two passes, holding neither the results nor the rows).
 */
function workbookSink(target: string, locale: Locale): ResultsSink {
  let spool: { dir: string; path: string; out: TextOut } | null = null;
  const open = async (): Promise<{ dir: string; path: string; out: TextOut }> => {
    if (spool === null) {
      const dir = await mkdtemp(join(tmpdir(), 'kaohe-results-'));
      const path = join(dir, 'results.jsonl');
      spool = { dir, path, out: fileOut(path) };
    }
    return spool;
  };
  return {
    async result(result) {
      await (await open()).out.write(`${result.compact}\n`);
    },
    failure: async () => undefined,
    rejected: async () => undefined,
    async abort() {
      // No workbook of part of the results; the spool goes.
      if (spool === null) return;
      const { dir, out } = spool;
      try {
        await out.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async end() {
      const { dir, path, out } = await open();
      try {
        await out.close();
        const { writeResultsWorkbookFrom } = await import('@kaohe/adapters');
        await writeResultsWorkbookFrom(() => spooledResults(path), target, { locale });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Where `--out` writes: an .xlsx workbook (`writeResultsWorkbook` of `@kaohe/adapters`),
 * the same JSON as the standard output, or JSON Lines (as `--format jsonl`); JSON and JSON
 * Lines are written as the results come.
 *
 * @example
 * const sink = resultsFileSink('out.jsonl', '.jsonl', cwd, 'en', true);
 */
export function resultsFileSink(path: string, kind: ResultsFileKind, cwd: string, locale: Locale, holdRejected: boolean): ResultsSink {
  const target = resolve(cwd, path);
  switch (kind) {
    case '.xlsx':
      return workbookSink(target, locale);
    case '.json':
      return jsonSink(fileOut(target), { holdRejected });
    case '.jsonl':
      return jsonlSink(fileOut(target));
  }
}
