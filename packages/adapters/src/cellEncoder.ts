import { CellFailure, type CellReader } from './convertCell.js';
import { INLINE_MAX, type EventTable } from './EventTable.js';
import type { MappingColumn } from './mappingSchema.js';
import { parseBoolean } from './parseBoolean.js';
import { plainDateKey } from './plainDateKey.js';
import type { RawCell } from './rawCell.js';
import { plainWholeNumber } from './toDecimalString.js';

/**
 * Turns a cell of an event sheet into the code {@link EventTable} stores for it
 * (0 for an allowed empty cell), or into the {@link CellFailure} saying why it cannot.
 */
export type CellEncoder = (cell: RawCell | undefined) => number | CellFailure;

/** Distinct texts a choice column remembers before it starts again (bounds memory). */
const TEXT_CACHE_LIMIT = 8192;
/** Decimal columns remember the code of each whole number below this. */
const SMALL_DECIMALS = 1 << 16;
/** Slots of the cache of date and date-time codes by {@link plainDateKey}: 2^14, in pairs. */
const DATE_SLOT_BITS = 14;
const DATE_SLOTS = 1 << DATE_SLOT_BITS;

/**
 * Whether a character can begin or end a cell that the `text` reader keeps as it is:
 * neither white space that `trim` removes, nor the apostrophe that escapes formula-like
 * text (at the start), nor a rarer character (those take the general path).
 */
export function isPlainEdge(c: number): boolean {
  return (c > 32 && c < 127 && c !== 39) || (c > 0xa0 && c < 0x1680) || (c > 0x3000 && c < 0xd800) || (c > 0xf8ff && c < 0xfeff);
}

/** Text the `text` reader returns unchanged: no surrounding white space, no leading apostrophe. */
export function isPlainText(text: string): boolean {
  const length = text.length;
  return length > 0 && isPlainEdge(text.charCodeAt(0)) && isPlainEdge(text.charCodeAt(length - 1));
}

/**
 * Compiles the encoder of a bound column of an event sheet, for the field `field` of
 * `table`. The common cells of each type (plain whole numbers, yes/no words, plain
 * text, a date-time text seen before) go straight to their code; every other cell
 * goes through the column's reader (`compileCellReader`), so the value stored and
 * every failure are exactly the reader's.
 *
 * @example
 * const encode = compileCellEncoder(column, read, table, table.fieldNumber('at'));
 * const code = encode('2026/9/1 10:00'); // a number, or a CellFailure
 */
export function compileCellEncoder(column: MappingColumn, read: CellReader, table: EventTable, field: number): CellEncoder {
  const general: CellEncoder = (cell) => {
    const value = read(cell);
    if (value === undefined) return 0;
    return value instanceof CellFailure ? value : table.codeOf(field, value);
  };
  const { min, max } = column;
  const inRange = (n: number): boolean => (min === undefined || n >= min) && (max === undefined || n <= max);
  switch (column.type) {
    case 'integer':
      return (cell) => {
        if (typeof cell === 'string') {
          const n = plainWholeNumber(cell);
          if (n >= 0 && n <= INLINE_MAX && inRange(n)) return -n - 1; // EventTable.codeOf(field, n)
        }
        return general(cell);
      };
    case 'decimal': {
      if (column.percent) return general;
      // A plain whole number is its own canonical decimal text: the code of that text, remembered per number.
      const codes = new Int32Array(SMALL_DECIMALS);
      return (cell) => {
        if (typeof cell === 'string') {
          const n = plainWholeNumber(cell);
          if (n >= 0 && n < SMALL_DECIMALS && inRange(n)) {
            const known = codes[n] as number;
            return known !== 0 ? known : (codes[n] = table.codeOf(field, cell));
          }
        }
        return general(cell);
      };
    }
    case 'boolean': {
      // The code of each one-character yes/no word seen (是, 否, Y, 1, ✓…), by its character code.
      const byChar = new Map<number, number>();
      return (cell) => {
        if (typeof cell === 'string' && cell.length === 1) {
          const known = byChar.get(cell.charCodeAt(0));
          if (known !== undefined) return known;
        }
        if (typeof cell === 'string' && isPlainText(cell)) {
          const b = parseBoolean(cell);
          if (b !== null) {
            const code = table.codeOf(field, b);
            if (cell.length === 1) byChar.set(cell.charCodeAt(0), code);
            return code;
          }
        }
        return general(cell);
      };
    }
    case 'text':
      return (cell) => (typeof cell === 'string' && isPlainText(cell) ? table.codeOf(field, cell) : general(cell));
    case 'date':
    case 'dateTime': {
      // The code of each plain date text by its key (same key, same outcome), in a two-way cache (a slot or the next).
      const dates = new Int32Array(DATE_SLOTS).fill(-1);
      const times = new Int32Array(DATE_SLOTS);
      const codes = new Int32Array(DATE_SLOTS);
      const key = new Int32Array(2);
      return (cell) => {
        if (typeof cell !== 'string' || !plainDateKey(cell, key)) return general(cell);
        const date = key[0] as number;
        const time = key[1] as number;
        let slot = Math.imul(date ^ Math.imul(time, 0x85ebca6b), 0x9e3779b1) >>> (32 - DATE_SLOT_BITS);
        if (dates[slot] === date && times[slot] === time) return codes[slot] as number;
        if (dates[slot ^ 1] === date && times[slot ^ 1] === time) return codes[slot ^ 1] as number;
        const code = general(cell);
        if (typeof code === 'number') {
          if (dates[slot] !== -1 && dates[slot ^ 1] === -1) slot ^= 1;
          dates[slot] = date;
          times[slot] = time;
          codes[slot] = code;
        }
        return code;
      };
    }
    case 'choice': {
      // The code of each distinct good text, remembered (up to TEXT_CACHE_LIMIT at a time).
      const seen = new Map<string, number>();
      return (cell) => {
        if (typeof cell !== 'string') return general(cell);
        const hit = seen.get(cell);
        if (hit !== undefined) return hit;
        const code = general(cell);
        if (typeof code === 'number') {
          if (seen.size >= TEXT_CACHE_LIMIT) seen.clear();
          seen.set(cell, code);
        }
        return code;
      };
    }
  }
}
