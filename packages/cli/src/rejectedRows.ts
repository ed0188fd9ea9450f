import type { SubjectFailure } from './resultsSink';
import type { RejectedRow, WithheldSubject } from './spreadsheetInput';

/** A row (or one bad cell of it) that an output lists as not used, as the report and the results workbook show it. */
export type RejectedLine = {
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number | string;
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
};

/**
 * The lines of a rejected row, one per bad cell (its column's letter, value and reason).
 *
 * @example
 * cellLines(row).map((l) => l.column) // ['B', 'E']
 */
export function cellLines(row: RejectedRow): RejectedLine[] {
  return row.cells.map((cell) => ({ file: row.file, sheet: row.sheet, row: row.row, column: cell.column, value: cell.value, reason: cell.message }));
}

/** The line of a subject left out because some of its rows were rejected: its rows, and its id as the value. */
export function withheldLine(w: WithheldSubject): RejectedLine {
  return { file: w.file, sheet: null, row: w.rows.join(', '), column: null, value: w.subject, reason: w.message };
}

/** The line of a subject that could not be appraised: its place in the input (`#3`), the field at fault, its id as the value. */
export function failureLine(f: SubjectFailure): RejectedLine {
  return { file: f.file, sheet: null, row: `#${f.index + 1}`, column: f.path === '' ? null : f.path, value: f.subject, reason: f.message };
}
