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

/** A sheet that may also offer its rows as {@link RecordBatch}es. */
export interface RecordSheetRows extends SheetRows {
  readonly [RECORD_BATCHES]?: AsyncIterable<RecordBatch>;
}
