import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { compileScheme, KaoheError, type CompiledScheme, type Locale, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import type { ReportData } from '@kaohe/report';
import { fileProblem } from './fileProblem';
import type { CliIo } from './io';
import { readJsonFile } from './loadScheme';

/** Whether a parsed JSON file holds results (`kaohe appraise --format json`) rather than inputs. */
const holdsResults = (data: unknown): boolean => typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as { results?: unknown }).results);

function withFile<T>(file: string, locale: Locale, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(file, locale);
    throw error;
  }
}

/**
 * Reads results back: the `.jsonl` of `kaohe appraise --format jsonl`, or the JSON of its `--format
 * json`. `null` for any other file, which holds inputs to appraise rather than results.
 *
 * @example
 * const data = await readResultsFile('results.jsonl', io, 'en'); // { results, errors, rejected, summary }
 * @throws {KaoheError} `input_invalid` naming the file and the line or result it cannot read; a file that cannot be opened says why.
 */
export async function readResultsFile(file: string, io: CliIo, locale: Locale): Promise<ReportData | null> {
  const report = await import('@kaohe/report');
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw await fileProblem(error, file, io.cwd, locale);
    }
    return withFile(file, locale, () => report.readResultsJsonl(text, { locale }));
  }
  if (extension !== '.json') return null;
  const json = await readJsonFile(file, io.cwd, locale, 'input');
  return holdsResults(json) ? withFile(file, locale, () => report.readResultsJson(json, { locale })) : null;
}

/** The presets the results name, compiled, so that their bands and thresholds are drawn and ordered; a scheme not found is just left out. */
export function presetsOf(results: readonly SchemeResult[], locale: Locale): CompiledScheme[] {
  const compiled: CompiledScheme[] = [];
  for (const id of new Set(results.map((r) => r.scheme.id))) {
    const entry = getPreset(id);
    if (entry !== undefined) compiled.push(compileScheme(entry.scheme, { schemes: presetSchemes, locale }));
  }
  return compiled;
}
