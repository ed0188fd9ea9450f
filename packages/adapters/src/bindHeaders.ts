import { AdapterError } from './AdapterError.js';
import { columnLetter } from './columnLetter.js';
import { compileCellReader, type CellReader, type ConvertContext } from './convertCell.js';
import type { MappingColumn, MappingTable } from './mappingSchema.js';
import { headerKey } from './normalizeText.js';
import { rawCellText, type RawCell } from './rawCell.js';

/** A column of the sheet bound to a column of the mapping. */
export interface BoundColumn {
  /** 0-based index in the row. */
  readonly index: number;
  /** The header as written in the sheet. */
  readonly header: string;
  readonly column: MappingColumn;
  /** Reads a cell of the column (see `compileCellReader`). */
  readonly read: CellReader;
}

/** The result of matching a row of headers against a table of the mapping. */
export interface HeaderBinding {
  readonly table: MappingTable;
  readonly columns: readonly BoundColumn[];
  /** Headers of required columns not found (and of items none of whose raters' columns is there: see `missingHeaders`). */
  readonly missing: readonly string[];
  /** Headers in the sheet that no column reads and that are not listed as ignored. */
  readonly unmapped: readonly string[];
  /** Set when two sheet columns carry the same header of a mapping column. */
  readonly ambiguous: AdapterError | null;
}

/** The item of a rater's column (`ratings.<item>.<rater>`), else `null`. */
function raterItem(to: string): string | null {
  const parts = to.split('.');
  return parts.length === 3 && parts[0] === 'ratings' ? (parts[1] as string) : null;
}

/**
 * The headers of the columns not found that the sheet needs, in the mapping's order: each
 * required column's first header; and for a rated item whose raters' columns all may be absent
 * (a rater the scheme may do without) and none of which is there, their first headers joined by
 * " / " (the item needs one rater's column, as a row needs one rater's rating: see `RatingGroup`).
 */
function missingHeaders(table: MappingTable, bound: ReadonlySet<MappingColumn>): string[] {
  const first = (column: MappingColumn): string => column.headers[0] ?? column.to;
  const missing: string[] = [];
  const listed = new Set<string>();
  for (const column of table.columns) {
    if (bound.has(column)) continue;
    if (column.required) {
      missing.push(first(column));
      continue;
    }
    const item = raterItem(column.to);
    if (item === null || listed.has(item)) continue;
    listed.add(item);
    const raters = table.columns.filter((c) => raterItem(c.to) === item);
    if (raters.some((c) => c.required || bound.has(c))) continue;
    missing.push(raters.map(first).join(' / '));
  }
  return missing;
}

/**
 * Matches a row of cells against the headers of a table: each mapping column binds
 * to the first sheet column whose header equals one of its names (compared by
 * {@link headerKey}; earlier aliases win). Two sheet columns matching the same
 * mapping column by the same alias make the binding ambiguous (`ambiguous` holds
 * the error to throw if this row is taken as the header row).
 *
 * @example
 * const binding = bindHeaders(['工号', '姓名', '客户满意度'], table, 'Sheet1', context);
 * binding.missing // headers of required columns that were not found
 */
export function bindHeaders(
  cells: readonly RawCell[],
  table: MappingTable,
  sheet: string,
  context: ConvertContext,
): HeaderBinding {
  const keys = cells.map((c) => (typeof c === 'string' || typeof c === 'number' ? headerKey(String(c)) : ''));
  const used = new Set<number>();
  const columns: BoundColumn[] = [];
  const boundColumns = new Set<MappingColumn>();
  let ambiguous: AdapterError | null = null;
  for (const column of table.columns) {
    let bound = -1;
    for (const name of column.headers) {
      const key = headerKey(name);
      const first = keys.indexOf(key);
      if (first < 0) continue;
      const second = keys.indexOf(key, first + 1);
      if (second >= 0 && ambiguous === null) {
        ambiguous = new AdapterError(
          'ambiguousHeader',
          { sheet, first: columnLetter(first), second: columnLetter(second), target: column.to },
          [sheet, columnLetter(second)],
        );
      }
      if (used.has(first)) continue;
      bound = first;
      break;
    }
    if (bound < 0) continue;
    used.add(bound);
    boundColumns.add(column);
    const header = rawCellText(cells[bound]).trim();
    columns.push({ index: bound, header, column, read: compileCellReader(column, context, header) });
  }
  const missing = missingHeaders(table, boundColumns);
  const ignored = new Set(table.ignoreHeaders.map(headerKey));
  const unmapped: string[] = [];
  keys.forEach((key, i) => {
    if (key !== '' && !used.has(i) && !ignored.has(key)) unmapped.push(rawCellText(cells[i]).trim());
  });
  return { table, columns, missing, unmapped, ambiguous };
}
