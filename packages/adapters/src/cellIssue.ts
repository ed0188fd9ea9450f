import type { BoundColumn } from './bindHeaders.js';
import { columnLetter } from './columnLetter.js';
import type { CellFailure } from './convertCell.js';
import { localizedMessage } from './localizedMessage.js';
import { rawCellText, type RawCell } from './rawCell.js';
import type { CellIssue } from './readReport.js';

/**
 * The issue of a bad cell of a row: where it is (sheet, row, column letter, the header as the sheet
 * writes it), the cell as written, and why, with its message in zh-CN and en.
 *
 * @example
 * cellIssue('考核表', 5, 'x', bound, new CellFailure('notANumber', { value: 'x' })) // { sheet: '考核表', row: 5, column: 'B', value: 'x', … }
 */
export function cellIssue(sheet: string, row: number, cell: RawCell | undefined, bound: BoundColumn, failure: CellFailure): CellIssue {
  const { code, params } = failure;
  return {
    sheet,
    row,
    column: columnLetter(bound.index),
    header: bound.header,
    value: rawCellText(cell),
    reason: { code, params },
    message: localizedMessage(code, params),
  };
}
