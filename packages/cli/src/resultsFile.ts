import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Locale, SchemeResult } from '@kaohe/core';
import { cliMessage, listOf, UsageError } from './messages';

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

/**
 * Writes the results to `--out`: an .xlsx workbook (`writeResultsWorkbook` of `@kaohe/adapters`),
 * the same JSON as the standard output, or JSON Lines (a result per line).
 *
 * @example
 * await writeResultsFile('out.json', '.json', results, { results }, cwd, 'en');
 */
export async function writeResultsFile(
  path: string,
  kind: ResultsFileKind,
  results: readonly SchemeResult[],
  output: Readonly<Record<string, unknown>>,
  cwd: string,
  locale: Locale,
): Promise<void> {
  const target = resolve(cwd, path);
  switch (kind) {
    case '.xlsx': {
      const { writeResultsWorkbook } = await import('@kaohe/adapters');
      await writeResultsWorkbook(results, target, { locale });
      return;
    }
    case '.json':
      await writeFile(target, `${JSON.stringify(output, null, 2)}\n`);
      return;
    case '.jsonl':
      await writeFile(target, results.map((r) => `${JSON.stringify(r)}\n`).join(''));
      return;
  }
}
