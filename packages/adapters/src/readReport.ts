import type { CellIssueCode } from './issueCodes.js';
import type { LocalizedText, MessageParams } from './localizedMessage.js';

/** A cell that could not be used, and why. */
export interface CellIssue {
  /** The sheet (`csv` for a CSV file, or the name given). */
  readonly sheet: string;
  /** 1-based row number, as a spreadsheet program shows it. */
  readonly row: number;
  /** Column letter (`C`). */
  readonly column: string;
  /** The header of the column, as written. */
  readonly header: string;
  /** The cell as written (text). */
  readonly value: string;
  readonly reason: { readonly code: CellIssueCode; readonly params: MessageParams };
  readonly message: LocalizedText;
}

/** A row that was not used: every bad cell of it is listed. */
export interface RowRejection {
  readonly sheet: string;
  readonly row: number;
  /** The table of the mapping the row belongs to. */
  readonly table: string;
  /** The row's subject when it could be read. */
  readonly subject: string | null;
  readonly issues: readonly CellIssue[];
}

/** A subject whose input was not produced because some of its rows were rejected. */
export interface WithheldSubject {
  readonly subject: string;
  readonly period: string;
  /** The rejected rows, as `sheet!row`. */
  readonly rows: readonly string[];
  readonly reason: { readonly code: CellIssueCode; readonly params: MessageParams };
  readonly message: LocalizedText;
}

/** What was found in one sheet. */
export interface SheetReport {
  readonly sheet: string;
  /** The table of the mapping the sheet was read as, or `null` when skipped. */
  readonly table: string | null;
  /** The header row, or `null` when none was found. */
  readonly headerRow: number | null;
  /** Rows above the header (titles). */
  readonly titleRows: number;
  /** Headers that no column reads (and that the mapping does not list as ignored). */
  readonly unmappedHeaders: readonly string[];
  /** For a skipped sheet: the headers the closest table missed. */
  readonly missingHeaders: readonly string[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsRejected: number;
  readonly blankRows: number;
}

/** Everything a read found, besides the inputs: nothing is dropped without a line here. */
export interface ReadReport {
  readonly sheets: SheetReport[];
  readonly rejected: RowRejection[];
  readonly withheld: WithheldSubject[];
  /** Cells used by no column although their row was: non-blank cells right of the last header (`cellWithoutHeader`). */
  readonly warnings: CellIssue[];
  /** Inputs produced. */
  inputs: number;
}
