import { extname, resolve } from 'node:path';
import type { Locale, SchemeResult } from '@kaohe/core';
import { jsonlSink } from './jsonlSink';
import { jsonSink } from './jsonSink';
import { cliMessage, listOf, UsageError } from './messages';
import type { ResultsSink } from './resultsSink';
import { fileOut } from './textOut';

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

/** The results workbook: written once the run ends, as it groups the results by scheme for its columns. */
function workbookSink(target: string, locale: Locale): ResultsSink {
  const results: SchemeResult[] = [];
  return {
    async result(result) {
      results.push(result);
    },
    failure: async () => undefined,
    rejected: async () => undefined,
    async end() {
      const { writeResultsWorkbook } = await import('@kaohe/adapters');
      await writeResultsWorkbook(results, target, { locale });
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
