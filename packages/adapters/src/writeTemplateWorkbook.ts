import type { Writable } from 'node:stream';
import type ExcelJSModule from 'exceljs';
import { columnLetter } from './columnLetter.js';
import { escapeCellText } from './escapeCellText.js';
import { loadExcelJs } from './loadExcelJs.js';
import type { Locale } from './localizedMessage.js';
import type { Mapping } from './mappingSchema.js';
import { sheetGuide, type SheetGuideColumn, type SheetGuideTable } from './sheetGuide.js';

/** Options of {@link writeTemplateWorkbook}. */
export interface TemplateWorkbookOptions {
  /** The language of the headers, sheet names and sample row (default `zh-CN`); the notes are in both. */
  readonly locale?: Locale;
  /** The period the sample row carries, written as the scheme reads it (default `2026-Q3`). */
  readonly period?: string;
  /** How many rows below the header get the drop-down lists of choice columns (default 500). */
  readonly rows?: number;
}

/** The sheet's validations by range: in exceljs's worksheets, but missing from its type declarations. */
interface DataValidations {
  add(range: string, validation: ExcelJSModule.DataValidation): void;
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;
/** Excel's longest formula list of a drop-down, in characters. */
const LIST_LIMIT = 255;

function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(FORBIDDEN_IN_SHEET_NAME, '_').trim() || 'Sheet').slice(0, 28);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The smallest of 1 and the column's bounds that fits them: a count or a rating anyone can read as an example. */
function sampleNumber(min: number | undefined, max: number | undefined): number {
  if (max !== undefined && max < 1) return max;
  if (min !== undefined && min > 1) return min;
  return 1;
}

/** A value for the sample row, valid for the column. */
function sampleValue(column: SheetGuideColumn, bounds: { min?: number; max?: number; percent: boolean }, locale: Locale, period: string): string | number {
  switch (column.to) {
    case 'subject':
      return 'E001';
    case 'name':
      return locale === 'zh-CN' ? '张三' : 'Zhang San';
    case 'period':
      return period;
  }
  switch (column.type) {
    case 'integer':
      return sampleNumber(bounds.min, bounds.max);
    case 'decimal':
      return bounds.percent ? '100%' : sampleNumber(bounds.min, bounds.max);
    case 'boolean':
    case 'choice':
      return column.choices?.[locale][0] ?? '';
    case 'date':
      return '2026/9/1';
    case 'dateTime':
      return '2026/9/1 10:00';
    case 'text':
      return locale === 'zh-CN' ? '示例' : 'sample';
  }
}

function writeDataSheet(
  workbook: ExcelJSModule.Workbook,
  table: SheetGuideTable,
  mappingTable: Mapping['tables'][number],
  name: string,
  options: Required<TemplateWorkbookOptions>,
): void {
  const { locale } = options;
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map((c) => escapeCellText(c.header[locale])));
  header.font = { bold: true };
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.note = `${column.header[other]}\n${column.note[locale]}`;
    if (column.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  });
  sheet.addRow(
    table.columns.map((column, i) => {
      const source = mappingTable.columns[i];
      const value = sampleValue(column, { ...(source?.min === undefined ? {} : { min: source.min }), ...(source?.max === undefined ? {} : { max: source.max }), percent: source?.percent ?? false }, locale, options.period);
      return typeof value === 'string' ? escapeCellText(value) : value;
    }),
  );
  sheet.columns = table.columns.map((c) => ({ width: Math.max(12, Math.min(40, [...c.header[locale]].length * 2 + 4)) }));
  table.columns.forEach((column, i) => {
    const words = column.choices?.[locale];
    if (words === undefined) return;
    const list = `"${words.join(',')}"`;
    if (list.length > LIST_LIMIT || words.some((w) => w.includes(',') || w.includes('"'))) return;
    const letter = columnLetter(i);
    // One range, not a validation per cell: exceljs merges per-cell ones into overlapping ranges (rows sorted as text).
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(options.rows === 1 ? `${letter}2` : `${letter}2:${letter}${options.rows + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [list],
      showErrorMessage: true,
    });
  });
}

const NOTES_HEADER = ['工作表 Sheet', '列 Column', '表头', 'Header', '必填 Required', '说明', 'Notes', '也可写作 Also read'];

function writeNotesSheet(workbook: ExcelJSModule.Workbook, tables: readonly { table: SheetGuideTable; name: string }[], locale: Locale, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(uniqueSheetName(locale === 'zh-CN' ? '填写说明' : 'Notes', taken));
  sheet.addRow(NOTES_HEADER).font = { bold: true };
  for (const { table, name } of tables) {
    table.columns.forEach((column, i) => {
      // Headers are quoted so that no row of the notes is ever taken for a header row of the data.
      sheet.addRow([
        escapeCellText(name),
        columnLetter(i),
        `“${column.header['zh-CN']}”`,
        `"${column.header.en}"`,
        column.required ? '必填 required' : '选填 optional',
        escapeCellText(column.note['zh-CN']),
        escapeCellText(column.note.en),
        escapeCellText(column.aliases.join(', ')),
      ]);
    });
  }
  sheet.columns = [{ width: 16 }, { width: 8 }, { width: 22 }, { width: 26 }, { width: 14 }, { width: 50 }, { width: 60 }, { width: 40 }];
  sheet.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * Writes an .xlsx workbook to fill in for a mapping (for a scheme:
 * `schemeMapping(scheme)`): a sheet per table of the mapping headed with the
 * headers it reads (in the chosen language; each header cell carries a note with
 * the other language and what to write; required columns shaded), a sample row,
 * drop-down lists on choice and yes/no columns, and a notes sheet explaining every
 * column in Chinese and English with the other headers it is read under. A filled-in
 * copy reads back with {@link readInputs} and the same mapping; the notes sheet is
 * never taken for data.
 *
 * @example
 * const mapping = schemeMapping(getPreset('tech-support-center/presales-engineer')!.scheme, { schemes: presetSchemes });
 * await writeTemplateWorkbook(mapping, '售前考核表.xlsx', { period: '2026-Q3' });
 * @throws Error when the target cannot be written.
 */
export async function writeTemplateWorkbook(mapping: Mapping, target: string | Writable, options: TemplateWorkbookOptions = {}): Promise<void> {
  const settings: Required<TemplateWorkbookOptions> = { locale: options.locale ?? 'zh-CN', period: options.period ?? '2026-Q3', rows: Math.max(1, Math.floor(options.rows ?? 500)) };
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  const tables = sheetGuide(mapping).map((table) => ({ table, name: uniqueSheetName(table.sheet[settings.locale], taken) }));
  tables.forEach(({ table, name }, i) => writeDataSheet(workbook, table, mapping.tables[i] as Mapping['tables'][number], name, settings));
  writeNotesSheet(workbook, tables, settings.locale, taken);
  if (typeof target === 'string') await workbook.xlsx.writeFile(target);
  else await workbook.xlsx.write(target);
}
