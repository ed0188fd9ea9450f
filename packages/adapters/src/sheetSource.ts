import type { RawRow } from './rawCell.js';

/** One sheet of a source: its name and its rows in batches, in order. */
export interface SheetRows {
  readonly name: string;
  readonly batches: AsyncIterable<readonly RawRow[]>;
}

/** A source as a sequence of sheets (a CSV file is one sheet). Sheets are read in order, once. */
export type SheetSource = AsyncIterable<SheetRows>;
