import { normalizeText } from './normalizeText.js';

const TRUE_WORDS = new Set(['是', '对', 'yes', 'y', 'true', 't', '1', '✓', '✔', '√', '☑']);
const FALSE_WORDS = new Set(['否', '错', 'no', 'n', 'false', 'f', '0', '✗', '✘', '×', '☐']);

/**
 * Reads a yes/no cell: 是/否, yes/no, y/n, true/false, 1/0, ✓/✗ (and √, ×), in any
 * case and width; a spreadsheet's own TRUE/FALSE cell arrives as a boolean.
 * Returns `null` for anything else: the caller reports it, nothing is guessed.
 *
 * @example
 * parseBoolean('是')  // true
 * parseBoolean('No')  // false
 * parseBoolean('也许') // null
 */
export function parseBoolean(value: string | number | boolean): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  const key = normalizeText(value).toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return null;
}
