import { extname } from 'node:path';
import type { Locale } from '@kaohe/core';
import { cliMessage, listOf, UsageError } from './messages';

/** How an input file is read: JSON, or a sheet through `@kaohe/adapters` (`format` undefined: told by its first bytes). */
export type InputFormat = { readonly kind: 'json' } | { readonly kind: 'sheet'; readonly format: 'csv' | 'xlsx' | undefined };

/**
 * The extensions an input is read by. `.xls` goes to the adapters, which tell an Excel
 * 97–2003 workbook by its first bytes and say to save it as .xlsx.
 */
const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': { kind: 'json' },
  '.xlsx': { kind: 'sheet', format: 'xlsx' },
  '.xlsm': { kind: 'sheet', format: 'xlsx' },
  '.csv': { kind: 'sheet', format: 'csv' },
  '.tsv': { kind: 'sheet', format: 'csv' },
  '.xls': { kind: 'sheet', format: undefined },
};

const EXPLICIT: Readonly<Record<string, InputFormat>> = {
  json: { kind: 'json' },
  csv: { kind: 'sheet', format: 'csv' },
  xlsx: { kind: 'sheet', format: 'xlsx' },
};

/**
 * The format of an input file: the one named with `--input-format`, else the one its
 * extension says. Any other extension (`.txt`, none) is refused rather than guessed.
 *
 * @example
 * inputFormat('考核表.xlsx', undefined, 'en') // { kind: 'sheet', format: 'xlsx' }
 * inputFormat('export.txt', 'csv', 'en') // { kind: 'sheet', format: 'csv' }
 * @throws UsageError for an unknown `--input-format` or an extension that says nothing.
 */
export function inputFormat(file: string, explicit: string | undefined, locale: Locale): InputFormat {
  if (explicit !== undefined) {
    const named = EXPLICIT[explicit.toLowerCase()];
    if (named === undefined) throw new UsageError(cliMessage(locale, 'unknownInputFormat', explicit));
    return named;
  }
  const extension = extname(file).toLowerCase();
  const known = Object.prototype.hasOwnProperty.call(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
  if (known !== undefined) return known;
  const accepted = listOf(locale, Object.keys(BY_EXTENSION).filter((e) => e !== '.xls'));
  throw new UsageError(cliMessage(locale, 'unsupportedInput', { path: file, extension: extension || '—', accepted }));
}
