import type ExcelJSModule from 'exceljs';
import { isFormulaLike } from './escapeCellText.js';

/** A sheet of exceljs's streaming writer. */
export type StreamedSheet = ReturnType<InstanceType<typeof ExcelJSModule.stream.xlsx.WorkbookWriter>['addWorksheet']>;

/** A cell's number format: a figure with two decimals, or a share shown as a percentage. */
export type CellFormat = 'figure' | 'share' | undefined;

/** The built-in number format "Text" (`@`), given to formula-like text cells. */
export const TEXT_FORMAT = '@';
const NUMBER_FORMATS = { figure: '0.00', share: '0.0%' } as const;

/**
 * Adds and commits a row of a streamed sheet: figures get their number format, and text that a
 * spreadsheet could take for a formula the Text format (with the workbook's quote-prefix style),
 * so that a cell read from an input or a name stays text even when edited.
 *
 * @example
 * addWorkbookRow(sheet, ['E1001', 90.5], [undefined, 'figure']);
 */
export function addWorkbookRow(sheet: StreamedSheet, values: readonly (string | number | null)[], formats: readonly CellFormat[] = [], style: { bold?: boolean; wrapLast?: boolean } = {}): void {
  const row = sheet.addRow([...values]);
  if (style.bold === true) row.font = { bold: true };
  values.forEach((value, i) => {
    const format = formats[i];
    if (format !== undefined) row.getCell(i + 1).numFmt = NUMBER_FORMATS[format];
    else if (typeof value === 'string' && isFormulaLike(value)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
  });
  if (style.wrapLast === true) row.getCell(values.length).alignment = { wrapText: true, vertical: 'top' };
  row.commit();
}
