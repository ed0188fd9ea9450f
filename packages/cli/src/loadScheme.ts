import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assertSafeJson, KaoheError, parseJsonSafely, type Locale, type SchemeSource } from '@kaohe/core';
import { FileError } from './FileError';
import { fileProblem, jsonSyntaxProblem, type JsonFileKind } from './fileProblem';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { cliMessage, UsageError } from './messages';

/** A scheme chosen on the command line, with where it came from for messages. */
export interface LoadedScheme {
  readonly data: unknown;
  /** The preset id or the file name. */
  readonly label: string;
  /** Where `extends` looks parents up: the presets, and for a file, the file's own scheme too. */
  readonly schemes: SchemeSource;
}

/**
 * Reads a JSON file as untrusted data (prototype keys refused). A file that cannot be opened
 * says why (not found, a folder, no permission); text that is not JSON names the line and
 * column and the kind of file expected. `limits: false` is for a vendor's export, whose
 * numbers (epoch milliseconds) are not kaohe's inputs: only prototype keys and nesting are
 * checked, and the reader of the export checks the rest.
 */
export async function readJsonFile(path: string, cwd: string, locale: Locale, kind: JsonFileKind, limits = true): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw await fileProblem(error, path, cwd, locale);
  }
  text = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new FileError(jsonSyntaxProblem(error, text, path, kind, locale));
    throw error;
  }
  try {
    if (!limits) return parseJsonSafely(text);
    assertSafeJson(data);
    return data;
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(path, locale);
    throw error;
  }
}

/** The scheme named by `--preset` or `--scheme`. */
export async function loadScheme(options: { preset?: string | undefined; scheme?: string | undefined }, cwd: string, locale: Locale): Promise<LoadedScheme> {
  if (options.preset !== undefined && options.scheme !== undefined) throw new UsageError(cliMessage(locale, 'bothScheme'));
  if (options.preset !== undefined) {
    const entry = getPreset(options.preset);
    if (entry === undefined) throw new UsageError(cliMessage(locale, 'unknownPreset', options.preset));
    return { data: entry.scheme, label: options.preset, schemes: presetSchemes };
  }
  if (options.scheme !== undefined) {
    const data = await readJsonFile(options.scheme, cwd, locale, 'scheme');
    return { data, label: options.scheme, schemes: (id: string) => presetSchemes.get(id) };
  }
  throw new UsageError(cliMessage(locale, 'needScheme'));
}
