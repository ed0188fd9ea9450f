import type ExcelJSModule from 'exceljs';

let loading: Promise<typeof ExcelJSModule> | null = null;

/**
 * Loads exceljs on first use: reading a CSV file never pays for loading the
 * workbook library (a large CommonJS package, several hundred milliseconds).
 *
 * @example
 * const ExcelJS = await loadExcelJs();
 */
export function loadExcelJs(): Promise<typeof ExcelJSModule> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
