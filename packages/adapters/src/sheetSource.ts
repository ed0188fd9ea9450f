import type { RawCell, RawRow } from './rawCell.js';

/** One sheet of a source: its name and its rows in batches, in order. */
export interface SheetRows {
  readonly name: string;
  readonly batches: AsyncIterable<readonly RawRow[]>;
}

/** A source as a sequence of sheets (a CSV file is one sheet). Sheets are read in order, once. */
export type SheetSource = AsyncIterable<SheetRows>;

/** Rows of a sheet given as their cells, numbered from `firstRow` (no row object each). */
export interface RecordBatch {
  readonly firstRow: number;
  readonly records: readonly (readonly RawCell[])[];
}

/**
 * Set by `csvSheets` on its sheet, next to `batches`: the same rows as record batches,
 * which `readInputs` reads instead (a million rows then cost no million row objects).
 * Only one of the two may be iterated. Internal: not exported from the package.
 */
export const RECORD_BATCHES: unique symbol = Symbol('kaohe.recordBatches');

/**
 * Whole lines of CSV text without a quote character, the rows numbered from `firstRow`: line `i`
 * ends at `ends[i]` (before its line break) and the next one starts `newline` characters past it;
 * the first starts at `start`. Each line is one record, its cells split at `delimiter` (one
 * character); a reader may read the cells in place, without a string per cell.
 */
export interface LineBatch {
  readonly firstRow: number;
  readonly text: string;
  readonly start: number;
  readonly ends: Int32Array;
  /** The length of the line break. */
  readonly newline: number;
  readonly delimiter: string;
}

/**
 * Set by `csvSheets` on its sheet, next to `batches`: the same rows, as {@link LineBatch}es where
 * a chunk of the file is plain (no quote character, no cell over the cell limit, a delimiter of
 * one character), else as {@link RecordBatch}es. Only one of a sheet's iterables may be iterated.
 * Internal: not exported from the package.
 */
export const LINE_BATCHES: unique symbol = Symbol('kaohe.lineBatches');

/** A sheet that may also offer its rows as {@link RecordBatch}es, or as lines of text. */
export interface RecordSheetRows extends SheetRows {
  readonly [RECORD_BATCHES]?: AsyncIterable<RecordBatch>;
  readonly [LINE_BATCHES]?: AsyncIterable<RecordBatch | LineBatch>;
}

