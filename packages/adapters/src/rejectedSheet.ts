import { addWorkbookRow, type StreamedSheet } from './addWorkbookRow.js';
import type { Locale } from './localizedMessage.js';
import type { RejectedRowForWorkbook } from './resultForWorkbook.js';
import { WORKBOOK_TEXTS } from './workbookTexts.js';

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Writes the sheet of rejected rows of a results workbook: a row per bad cell or subject left
 * out, with its sheet, row, column, value and reason, as the rows come (values read from an input
 * stay text, even formula-like ones).
 *
 * @example
 * await writeRejectedSheet(workbook.addWorksheet('未采用的行'), rejected, 'zh-CN');
 */
export async function writeRejectedSheet(sheet: StreamedSheet, rows: Iterable<RejectedRowForWorkbook> | AsyncIterable<RejectedRowForWorkbook>, locale: Locale): Promise<void> {
  const t = WORKBOOK_TEXTS;
  sheet.columns = [{ width: 18 }, { width: 10 }, { width: 14 }, { width: 24 }, { width: 80 }];
  const titleRow = sheet.addRow([t.rejectedTitle[locale]]);
  titleRow.font = { bold: true, size: 13 };
  titleRow.commit();
  addWorkbookRow(sheet, [t.sheet[locale], t.row[locale], t.column[locale], t.value[locale], t.reason[locale]], [], { bold: true });
  for await (const r of rows) {
    addWorkbookRow(sheet, [r.sheet ?? null, r.row ?? null, r.column ?? null, cellText(r.value), r.reason], [], { wrapLast: true });
  }
  sheet.commit();
}
