import type { BoundColumn } from './bindHeaders.js';
import { isPlainEdge } from './cellEncoder.js';
import { CellFailure, type CellRead, type CellValue } from './convertCell.js';
import { subjectNameOf } from './subjectName.js';

/** Cells of up to this many digits, with or without a percent sign after them, are read once per column and text. */
const MEMO_DIGITS = 3;

/** Roles of a line's cells besides value columns (see `PlainLineReader.roles`). */
const UNREAD = -1;
const SUBJECT = -2;
const PERIOD = -3;
const NAME = -4;

/** The columns of a subject table a {@link PlainLineReader} reads. */
export interface LineColumns {
  readonly subject: BoundColumn;
  readonly period: BoundColumn | null;
  readonly name: BoundColumn | null;
  /** The value columns, in the order of the values read. */
  readonly others: readonly BoundColumn[];
  /** The columns up to the last header: a line with more cells takes the general way (it has cells to report). */
  readonly width: number;
}

/**
 * Reads the row of a subject table from a line of plain CSV text in place (see `LineBatch`): the
 * cells are found by their delimiters and each value column reads its cell's text, with no array
 * of cells and no string for a cell of a few digits (a column remembers what it read for each one:
 * `12`, `7`, `95%`). Only a row whose every read succeeds is taken: a plain text subject (as the
 * general way takes one as it is), a period and every value present and valid, no cell past the
 * last header. Any other row (blank, with a bad or empty cell, too short or too long) is left to
 * the general way, which reads it from its cells and reports what it finds; what a taken row
 * gives is what the general way gives for it, since each cell goes through its column's reader.
 *
 * @example
 * const reader = new PlainLineReader(columns, '2026-Q3');
 * if (reader.read(text, start, end, 44, values)) handOut(reader.subject, reader.period, reader.name, values);
 */
export class PlainLineReader {
  /** What the last taken row gives (valid after `read` returned true). */
  subject = '';
  period = '';
  name: string | undefined = undefined;
  /** What each cell of a line up to the last header is: a value column's index, or one of the roles above. */
  private readonly roles: Int32Array;
  /** The last cell a row must have (past it, the general way reads it: a missing cell is an empty one). */
  private readonly lastCell: number;
  /** For each value column, what it read for a cell of few digits, by the digits' value (twice, then plus one with a percent sign). */
  private readonly memos: (CellRead | undefined)[][];
  private readonly columns: LineColumns;

  constructor(columns: LineColumns, defaultPeriod: string | undefined) {
    this.columns = columns;
    const roles = new Int32Array(columns.width).fill(UNREAD);
    columns.others.forEach((column, k) => (roles[column.index] = k));
    roles[columns.subject.index] = SUBJECT;
    if (columns.period !== null) roles[columns.period.index] = PERIOD;
    if (columns.name !== null) roles[columns.name.index] = NAME;
    this.roles = roles;
    const cells = [columns.subject, columns.period, columns.name, ...columns.others].map((column) => column?.index ?? 0);
    // Without a period column nor a default period no row can be taken (the general way rejects each one).
    this.lastCell = columns.period === null && defaultPeriod === undefined ? columns.width : Math.max(...cells);
    this.period = defaultPeriod ?? '';
    this.memos = columns.others.map(() => new Array<CellRead | undefined>(2 * 10 ** MEMO_DIGITS));
  }

  /**
   * Reads the line `text` from `start` to `end` (before its line break), cells split at the
   * character `delimiter`, putting the value of each column of `others` into `values`; false
   * (with `values` and the fields left in any state) when the row is to take the general way.
   */
  read(text: string, start: number, end: number, delimiter: number, values: (CellValue | undefined)[]): boolean {
    const roles = this.roles;
    const width = roles.length;
    let cell = 0;
    for (let from = start; ; cell++) {
      let to = from;
      while (to < end && text.charCodeAt(to) !== delimiter) to++;
      if (cell === width) return false;
      const role = roles[cell] as number;
      if (role >= 0) {
        const value = this.value(role, text, from, to);
        if (value === undefined || value instanceof CellFailure) return false;
        values[role] = value;
      } else if (role === SUBJECT) {
        if (to === from || !isPlainEdge(text.charCodeAt(from)) || !isPlainEdge(text.charCodeAt(to - 1))) return false;
        this.subject = text.substring(from, to);
      } else if (role === PERIOD) {
        const p = (this.columns.period as BoundColumn).read(text.substring(from, to));
        if (p === undefined || p instanceof CellFailure) return false;
        this.period = String(p);
      } else if (role === NAME) {
        const n = subjectNameOf(this.columns.name as BoundColumn, text.substring(from, to));
        if (n instanceof CellFailure) return false;
        this.name = n;
      }
      if (to === end) break;
      from = to + 1;
    }
    return cell >= this.lastCell;
  }

  /** What the column reads for the cell from `from` to `to`: a cell of few digits (and `%`) from the column's memo. */
  private value(k: number, text: string, from: number, to: number): CellRead {
    const column = this.columns.others[k] as BoundColumn;
    if (to - from > MEMO_DIGITS + 1 || to === from) return column.read(text.substring(from, to));
    let n = 0;
    let at = from;
    for (; at < to; at++) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    const digits = at - from;
    const percent = at === to - 1 && text.charCodeAt(at) === 37 ? 1 : 0;
    // Digits without a leading zero (or `0` alone), then `%` or nothing: the text is the value's own, one text per key.
    if (digits === 0 || digits > MEMO_DIGITS || at + percent !== to || (digits > 1 && text.charCodeAt(from) === 48)) {
      return column.read(text.substring(from, to));
    }
    const memo = this.memos[k] as (CellRead | undefined)[];
    const key = 2 * n + percent;
    const known = memo[key];
    if (known !== undefined) return known;
    return (memo[key] = column.read(text.substring(from, to)));
  }
}
