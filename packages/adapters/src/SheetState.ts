import type { BoundColumn, HeaderBinding } from './bindHeaders.js';
import type { CellEncoder } from './cellEncoder.js';
import type { InputBuilder } from './compileInputBuilder.js';
import type { CellValue } from './convertCell.js';
import type { EventTable } from './EventTable.js';
import type { PlainLineReader } from './PlainLineReader.js';
import type { SheetReport } from './readReport.js';
import type { RatingGroup, ValuePlace } from './valuePlaces.js';

/**
 * What an `InputAssembler` knows of a sheet while reading it: its report, the header
 * search until the header row is found, then the columns bound and how each row's
 * values are read and placed (a subject sheet) or encoded (an event sheet).
 */
export interface SheetState {
  readonly report: { -readonly [K in keyof SheetReport]: SheetReport[K] };
  binding: HeaderBinding | null;
  subject: BoundColumn | null;
  period: BoundColumn | null;
  /** The subject's display name (`to: 'name'`, subject tables only). */
  name: BoundColumn | null;
  others: BoundColumn[];
  /** The target of each of `others` (fact names, or field names in an event sheet). */
  fields: string[];
  /** For a subject sheet: where the value of each of `others` goes, and the items that need one of their raters' columns. */
  places: ValuePlace[];
  groups: RatingGroup[];
  /** For a subject sheet: makes the input of a row from its values (see `compileInputBuilder`). */
  build: InputBuilder | null;
  /** For the subject sheet of a streaming read: reads its rows from lines of plain CSV text in place. */
  lines: PlainLineReader | null;
  /** For an event sheet: the table of its fact and the layout of its columns there. */
  events: EventTable | null;
  layout: number;
  /** The values of the row being read, one per column of `others` (reused row after row). */
  scratch: (CellValue | undefined)[];
  /** For an event sheet: the encoder of each of `others`, and the codes of the row being read. */
  encoders: CellEncoder[];
  codes: Int32Array;
  /** Whether the subject column is text (its plain cells are taken as they are). */
  plainSubject: boolean;
  /** The columns up to the last header; cells beyond are reported (see `cellsWithoutHeader`). */
  width: number;
  readonly index: number;
  titleRows: number;
  searched: number;
  searchLimit: number;
  best: HeaderBinding | null;
}

/**
 * The state of a sheet about to be read: nothing bound, the header not yet searched for.
 *
 * @example
 * const state = newSheetState('考核表', 0); // state.report.rowsRead === 0, state.binding === null
 */
export function newSheetState(name: string, index: number): SheetState {
  return {
    report: {
      sheet: name, table: null, headerRow: null, titleRows: 0, unmappedHeaders: [], missingHeaders: [],
      rowsRead: 0, rowsUsed: 0, rowsRejected: 0, blankRows: 0,
    },
    binding: null, subject: null, period: null, name: null, others: [], fields: [], places: [], groups: [], build: null, lines: null, events: null, layout: -1, scratch: [], best: null,
    encoders: [], codes: new Int32Array(0), plainSubject: false, width: 0,
    index, titleRows: 0, searched: 0, searchLimit: 0,
  };
}
