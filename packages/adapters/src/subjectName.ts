import type { BoundColumn } from './bindHeaders.js';
import { CellFailure } from './convertCell.js';
import { isBlankCell, type RawCell } from './rawCell.js';

/**
 * Reads the cell of a row's `name` column (the subject's display name, a text cell).
 * An empty cell gives `undefined`, whatever the column's `allowEmpty` says: the name
 * is optional and is left out, never invented. A cell the text reader refuses (an
 * error value) gives its {@link CellFailure}, which rejects the row like any bad cell.
 *
 * A subject has one name per period: its name comes from its one row in the
 * subject table, since a second row of the same subject and period is rejected as
 * `duplicateSubject` (so two names never meet; event tables carry no name).
 */
export function readSubjectName(bound: BoundColumn | null, cells: readonly RawCell[]): string | undefined | CellFailure {
  return bound === null ? undefined : subjectNameOf(bound, cells[bound.index]);
}

/** {@link readSubjectName} of the name column's cell itself. */
export function subjectNameOf(bound: BoundColumn, cell: RawCell | undefined): string | undefined | CellFailure {
  if (isBlankCell(cell)) return undefined;
  const read = bound.read(cell);
  if (read instanceof CellFailure) return read;
  const name = read === undefined ? '' : String(read).trim();
  return name === '' ? undefined : name;
}
