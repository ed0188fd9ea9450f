import { columnLetter } from './columnLetter.js';
import { localizedMessage } from './localizedMessage.js';
import { isBlankCell, rawCellText, type RawCell } from './rawCell.js';
import type { CellIssue } from './readReport.js';

/**
 * The cells of a row to the right of its sheet's last header: no column reads them, so
 * each one that is not blank is reported (`cellWithoutHeader`) rather than dropped
 * without a word. `width` is the number of columns up to the last header.
 *
 * @example
 * cellsWithoutHeader('Sheet1', 3, ['E1', '90', '', '备注'], 2) // one issue, at D3
 */
export function cellsWithoutHeader(sheet: string, row: number, cells: readonly RawCell[], width: number): CellIssue[] {
  const issues: CellIssue[] = [];
  for (let i = width; i < cells.length; i++) {
    if (isBlankCell(cells[i])) continue;
    const column = columnLetter(i);
    const value = rawCellText(cells[i]);
    const params = { column, value };
    issues.push({ sheet, row, column, header: '', value, reason: { code: 'cellWithoutHeader', params }, message: localizedMessage('cellWithoutHeader', params) });
  }
  return issues;
}
