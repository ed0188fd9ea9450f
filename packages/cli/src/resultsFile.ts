import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale, LocalizedText, SchemeResult } from '@kaohe/core';
import type { RejectedRowForWorkbook } from '@kaohe/adapters';
import { jsonlSink } from './jsonlSink';
import { cellLines, failureLine, withheldLine } from './rejectedRows';
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

/** The lines of a spool file, parsed, one at a time. */
async function* spooled<T>(path: string): AsyncGenerator<T> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) yield JSON.parse(line) as T;
}

/** A scheme's id and name, for the workbook's titles. */
export interface NamedScheme {
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * The results workbook: its sheets' columns depend on every result of a scheme, so the results
 * are spooled to a temporary JSON Lines file as they come and the workbook is written from it
 * once the run ends (two passes, holding neither the results nor the rows). Rejected cells,
 * subjects withheld and subjects that could not be appraised are spooled beside them for the
 * workbook's sheet of rejected rows.
 */
function workbookSink(target: string, locale: Locale, schemes: readonly NamedScheme[]): ResultsSink {
  let spool: { dir: string; results: Spool; rejected: Spool } | null = null;
  const open = async (): Promise<{ dir: string; results: Spool; rejected: Spool }> => {
    if (spool === null) {
      const dir = await mkdtemp(join(tmpdir(), 'kaohe-results-'));
      const at = (name: string): Spool => ({ path: join(dir, name), out: fileOut(join(dir, name)) });
      spool = { dir, results: at('results.jsonl'), rejected: at('rejected.jsonl') };
    }
    return spool;
  };
  const reject = async (row: RejectedRowForWorkbook): Promise<void> => {
    await (await open()).rejected.out.write(`${JSON.stringify(row)}\n`);
  };
  return {
    async result(result) {
      await (await open()).results.out.write(`${result.compact}\n`);
    },
    async failure(f) {
      await reject(failureLine(f));
    },
    async rejected(row) {
      for (const line of cellLines(row)) await reject(line);
    },
    async abort() {
      // No workbook of part of the results; the spools go.
      if (spool === null) return;
      const { dir, results, rejected } = spool;
      try {
        await results.out.close();
        await rejected.out.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async end(tail) {
      for (const w of tail.withheld) await reject(withheldLine(w));
      const { dir, results, rejected } = await open();
      try {
        await results.out.close();
        await rejected.out.close();
        const { writeResultsWorkbookFrom } = await import('@kaohe/adapters');
        const { read, appraised, rejected: rows, errors } = tail.summary;
        await writeResultsWorkbookFrom(() => spooled<SchemeResult>(results.path), target, {
          locale,
          schemes,
          counts: { read, appraised, rejected: rows, errors },
          rejected: () => spooled<RejectedRowForWorkbook>(rejected.path),
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

interface Spool {
  readonly path: string;
  readonly out: TextOut;
}

/**
 * Where `--out` writes: an .xlsx workbook (`writeResultsWorkbook` of `@kaohe/adapters`),
 * the same JSON as the standard output, or JSON Lines (as `--format jsonl`); JSON and JSON
 * Lines are written as the results come. `schemes` name the schemes in the workbook's titles.
 *
 * @example
 * const sink = resultsFileSink('out.jsonl', '.jsonl', cwd, 'en', true);
 */
export function resultsFileSink(path: string, kind: ResultsFileKind, cwd: string, locale: Locale, holdRejected: boolean, schemes: readonly NamedScheme[] = []): ResultsSink {
  const target = resolve(cwd, path);
  switch (kind) {
    case '.xlsx':
      return workbookSink(target, locale, schemes);
    case '.json':
      return jsonSink(fileOut(target), { holdRejected });
    case '.jsonl':
      return jsonlSink(fileOut(target));
  }
}
