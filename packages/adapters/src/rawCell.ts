/**
 * A cell as a reader hands it over, before conversion: text, a number, a boolean,
 * nothing (`null`), or one of the spreadsheet cases below.
 */
export type RawCell = string | number | boolean | null | Date | SheetDate | SheetPercent | SheetProblem;

/** A date cell of a workbook; `hasTime` tells whether its format shows a time of day. */
export interface SheetDate {
  readonly kind: 'date';
  /** The local wall-clock time, held in the UTC fields. */
  readonly date: Date;
  readonly hasTime: boolean;
}

/** A number cell formatted as a percentage: `value` is already the ratio (85% → 0.85). */
export interface SheetPercent {
  readonly kind: 'percent';
  readonly value: number;
}

/** A cell that holds no usable value: a formula error, a formula never computed, or something else. */
export interface SheetProblem {
  readonly kind: 'formulaError' | 'formulaWithoutValue' | 'unsupported';
  readonly text: string;
}

/** One row of a sheet: its 1-based number and its cells, index 0 being column A. */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly RawCell[];
}

/** Whether a cell is empty: nothing, or only white space. */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') {
    if (cell.length === 0) return true;
    const first = cell.charCodeAt(0);
    if (first > 32 && first < 0x2000) return false; // starts with a visible character (the common case)
    const trimmed = cell.trim();
    return trimmed === '' || (trimmed.charCodeAt(0) === 0x3000 && trimmed.replace(/[\s\u3000]/g, '') === '');
  }
  return false;
}

/** The cell as text, for messages and for text columns. */
export function rawCellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  if (cell.kind === 'date') return cell.date.toISOString().replace(/\.000Z$/, '');
  if (cell.kind === 'percent') return `${String(cell.value * 100)}%`;
  return cell.text;
}
