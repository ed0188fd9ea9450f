import { Decimal } from 'decimal.js';
import {
  formatDate,
  formatDateTime,
  isValidDateParts,
  parseDateText,
  serialToDateParts,
  utcFieldsToParts,
  type DateParts,
} from './dateParts.js';
import { unescapeCellText } from './escapeCellText.js';
import type { CellIssueCode } from './issueCodes.js';
import type { MessageParams } from './localizedMessage.js';
import type { MappingColumn } from './mappingSchema.js';
import { headerKey, normalizeText } from './normalizeText.js';
import { parseBoolean } from './parseBoolean.js';
import { isBlankCell, rawCellText, type RawCell } from './rawCell.js';
import { plainPercent, plainWholeNumber, toDecimalString } from './toDecimalString.js';
import { zoneOffset } from './zoneOffset.js';

/** A typed value of a cell: text, a decimal string, an integer, a boolean or an ISO date (time). */
export type CellValue = string | number | boolean;

/** The outcome of converting one cell. `value` is `undefined` for an allowed empty cell. */
export type Converted =
  | { readonly ok: true; readonly value: CellValue | undefined }
  | { readonly ok: false; readonly code: CellIssueCode; readonly params: MessageParams };

/** What a converter needs besides the column. */
export interface ConvertContext {
  readonly timeZone: string;
  readonly date1904: boolean;
}

/** A compiled converter for one column. */
export type CellConverter = (cell: RawCell | undefined) => Converted;

/**
 * Why a cell could not be read, as {@link compileCellReader} returns it (the only
 * object a reader allocates, and only for a bad cell).
 */
export class CellFailure {
  constructor(
    readonly code: CellIssueCode,
    readonly params: MessageParams,
  ) {}
}

/** What a cell reader returns: the value, `undefined` for an allowed empty cell, or a {@link CellFailure}. */
export type CellRead = CellValue | undefined | CellFailure;

/** A compiled reader for one column: {@link compileConverter} without an object per cell. */
export type CellReader = (cell: RawCell | undefined) => CellRead;

/** Distinct texts a date column remembers before it starts again (bounds memory on files of distinct times). */
const DATE_CACHE_LIMIT = 8192;

const INTEGER = /^[+-]?\d+$/;

function fail(code: CellIssueCode, params: MessageParams): CellFailure {
  return new CellFailure(code, params);
}

function compare(decimal: string, bound: number): number {
  // Short decimals compare exactly as doubles; longer ones through decimal.js.
  if (decimal.length <= 15) {
    const n = Number(decimal);
    return n < bound ? -1 : n > bound ? 1 : 0;
  }
  return new Decimal(decimal).cmp(bound);
}

function checkRange(column: MappingColumn, decimal: string, cell: RawCell): CellFailure | null {
  // A bound of 0 or less holds for any decimal without a minus sign (most minimums), without reading it as a number.
  if (column.min !== undefined && !(column.min <= 0 && decimal.charCodeAt(0) !== 45) && compare(decimal, column.min) < 0) return fail('belowMinimum', { value: shown(cell), min: column.min });
  if (column.max !== undefined && compare(decimal, column.max) > 0) return fail('aboveMaximum', { value: shown(cell), max: column.max });
  return null;
}

function shown(cell: RawCell): string {
  return rawCellText(cell).trim();
}

function problem(cell: RawCell): CellFailure | null {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date) return null;
  if (cell.kind === 'formulaError') return fail('formulaError', { value: cell.text });
  if (cell.kind === 'formulaWithoutValue') return fail('formulaWithoutValue', { value: cell.text });
  if (cell.kind === 'unsupported') return fail('unsupportedCell', { value: cell.text });
  return null;
}

function decimalOf(cell: RawCell, percent: boolean): string | null {
  if (typeof cell === 'number') return toDecimalString(cell, percent);
  if (typeof cell === 'string') return toDecimalString(cell, percent);
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date) && cell.kind === 'percent') {
    return toDecimalString(cell.value);
  }
  return null;
}

function datePartsOf(cell: RawCell, date1904: boolean): DateParts | 'serial' | null {
  if (cell instanceof Date) return utcFieldsToParts(cell);
  if (typeof cell === 'number') return serialToDateParts(cell, date1904) ?? 'serial';
  if (typeof cell === 'string') {
    const text = normalizeText(cell);
    if (/^\d+(\.\d+)?$/.test(text) && text.length !== 8) {
      return serialToDateParts(Number(text), date1904) ?? 'serial';
    }
    return parseDateText(text);
  }
  if (cell !== null && typeof cell === 'object' && cell.kind === 'date') return utcFieldsToParts(cell.date, cell.hasTime);
  return null;
}

function choiceTable(column: MappingColumn): Map<string, string> {
  const table = new Map<string, string>();
  for (const [value, words] of Object.entries(column.values ?? {})) {
    table.set(headerKey(value), value);
    for (const word of words) table.set(headerKey(word), value);
  }
  return table;
}

/**
 * Compiles the reader of a column: like {@link compileConverter}, but it returns the
 * value itself (or `undefined` for an allowed empty cell) and a {@link CellFailure}
 * for a bad cell, so that reading a good cell allocates nothing. Date and date-time
 * columns remember the result of each distinct text (up to 8,192 at a time), so a
 * file that repeats times pays for parsing and the zone offset once per text.
 *
 * @example
 * `header` is the column's header as the sheet writes it, which messages name (a
 * person looks for "P4 销售" in their file, not for the mapping's first alias);
 * it defaults to the mapping's first header.
 *
 * @example
 * const read = compileCellReader(column, { timeZone: 'Asia/Shanghai', date1904: false });
 * const value = read('2026/9/1 10:00'); // '2026-09-01T10:00:00+08:00'
 * if (value instanceof CellFailure) console.error(value.code);
 */
export function compileCellReader(column: MappingColumn, context: ConvertContext, header: string = column.headers[0] ?? column.to): CellReader {
  const empty: CellRead = column.allowEmpty ? undefined : fail('emptyCell', { header });
  const choices = column.type === 'choice' ? choiceTable(column) : null;
  const optionList = column.type === 'choice' ? Object.keys(column.values ?? {}).join(', ') : '';
  const dateCache = new Map<string, CellRead>();

  const readDate = (cell: RawCell): CellRead => {
    const p = typeof cell === 'boolean' ? null : datePartsOf(cell, context.date1904);
    if (p === 'serial') return fail('serialOutOfRange', { value: shown(cell) });
    if (p === null) return fail('notADate', { value: shown(cell) });
    if (!isValidDateParts(p)) return fail('impossibleDate', { value: shown(cell) });
    if (column.type === 'date') {
      if (p.hasTime) return fail('unexpectedTime', { value: shown(cell) });
      return formatDate(p);
    }
    if (!p.hasTime) return fail('dateWithoutTime', { value: shown(cell) });
    const offset = p.offset ?? zoneOffset(context.timeZone, p.year, p.month, p.day, p.hour, p.minute);
    return formatDateTime(p, offset);
  };

  const general: CellReader = (cell) => {
    if (cell === undefined || isBlankCell(cell)) return empty;
    const bad = problem(cell);
    if (bad) return bad;
    switch (column.type) {
      case 'text': {
        if (typeof cell === 'string') return unescapeCellText(cell.trim());
        if (typeof cell === 'number') return String(cell);
        return shown(cell);
      }
      case 'decimal': {
        if (typeof cell === 'string' && !column.percent) {
          // A whole number already in canonical form (the common rating cell) is its own decimal.
          const n = plainWholeNumber(cell);
          if (n >= 0 && (column.min === undefined || n >= column.min) && (column.max === undefined || n <= column.max)) return cell;
        }
        // A plain percentage (the common ratio cell) is made a decimal once, not through decimalOf's general path.
        const d = (typeof cell === 'string' ? plainPercent(cell) : null) ?? decimalOf(cell, column.percent);
        if (d === null) return fail('notANumber', { value: shown(cell) });
        return checkRange(column, d, cell) ?? d;
      }
      case 'integer': {
        if (typeof cell === 'string') {
          const n = plainWholeNumber(cell);
          if (n >= 0 && (column.min === undefined || n >= column.min) && (column.max === undefined || n <= column.max)) return n;
        }
        let d: string | null;
        if (typeof cell === 'string' && INTEGER.test(cell)) d = cell.startsWith('+') ? cell.slice(1) : cell;
        else d = decimalOf(cell, false);
        if (d === null) return fail('notANumber', { value: shown(cell) });
        if (!INTEGER.test(d)) return fail('notAnInteger', { value: shown(cell) });
        const n = Number(d);
        if (!Number.isSafeInteger(n)) return fail('notAnInteger', { value: shown(cell) });
        return checkRange(column, d, cell) ?? (n === 0 ? 0 : n);
      }
      case 'boolean': {
        if (typeof cell === 'object') return fail('notABoolean', { value: shown(cell) });
        const b = parseBoolean(cell);
        return b === null ? fail('notABoolean', { value: shown(cell) }) : b;
      }
      case 'choice': {
        const value = choices?.get(typeof cell === 'string' ? cell : '') ?? choices?.get(headerKey(shown(cell)));
        return value === undefined ? fail('notAnOption', { value: shown(cell), options: optionList }) : value;
      }
      case 'date':
      case 'dateTime': {
        if (typeof cell !== 'string') return readDate(cell);
        const hit = dateCache.get(cell);
        if (hit !== undefined) return hit;
        const read = readDate(cell);
        if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
        dateCache.set(cell, read);
        return read;
      }
    }
  };
  return withPlainCells(column, general);
}

/**
 * The reader of a column with the common text cell of its type read first, before `general`
 * (the whole reader) sees any other cell: a whole number in range for `integer` and `decimal`,
 * a plain percentage for `decimal`, text that starts with a visible character for `text`. Each
 * returns what `general` returns for the cell; a column's reader is then one branch on the
 * cell's type instead of the blank test, the problem test and the switch on the column's type.
 */
function withPlainCells(column: MappingColumn, general: CellReader): CellReader {
  const { min, max } = column;
  const inRange = (n: number): boolean => n >= 0 && (min === undefined || n >= min) && (max === undefined || n <= max);
  switch (column.type) {
    case 'integer':
      return (cell) => {
        if (typeof cell !== 'string') return general(cell);
        const n = plainWholeNumber(cell);
        return inRange(n) ? n : general(cell);
      };
    case 'decimal': {
      const whole = !column.percent;
      return (cell) => {
        if (typeof cell !== 'string') return general(cell);
        if (whole && inRange(plainWholeNumber(cell))) return cell;
        const d = plainPercent(cell);
        return d === null ? general(cell) : (checkRange(column, d, cell) ?? d);
      };
    }
    case 'text':
      return (cell) => {
        if (typeof cell !== 'string') return general(cell);
        const first = cell.charCodeAt(0);
        // Not blank (see isBlankCell), and cut as the reader cuts it.
        return first > 32 && first < 0x2000 ? unescapeCellText(cell.trim()) : general(cell);
      };
    default:
      return general;
  }
}

/**
 * Compiles the converter of a column: it turns a raw cell into the typed value the
 * appraisal input holds, or into the reason it cannot (a code and the values its
 * message names). Nothing is ever defaulted: an empty cell is an issue unless the
 * column allows it, and then the value is left out.
 *
 * - `decimal` → an exact decimal string (`'0.85'`, `'1234'`); `integer` → a number;
 * - `boolean` → true/false; `choice` → the accepted value a word stands for;
 * - `date` → `YYYY-MM-DD`; `dateTime` → `YYYY-MM-DDTHH:mm:ss+08:00` (the mapping's zone);
 * - `text` → trimmed text (numbers as their shortest form; the apostrophe that
 *   escapes formula-like text, as our writer puts it, is removed).
 *
 * @example
 * const convert = compileConverter({ to: 'x', headers: ['x'], type: 'decimal', required: true, allowEmpty: false, percent: false },
 *   { timeZone: 'Asia/Shanghai', date1904: false });
 * convert('85%') // { ok: true, value: '0.85' }
 */
export function compileConverter(column: MappingColumn, context: ConvertContext): CellConverter {
  const read = compileCellReader(column, context);
  return (cell) => {
    const value = read(cell);
    return value instanceof CellFailure ? { ok: false, code: value.code, params: value.params } : { ok: true, value };
  };
}
