import { AdapterError } from '../AdapterError.js';
import { openSource, type InputSource, type OpenOptions } from '../openSource.js';
import type { SheetRows } from '../sheetSource.js';
import { isBlankCell, rawCellText, type RawCell } from '../rawCell.js';
import type { CrmProfile } from './crmProfile.js';
import type { CrmRecord } from './crmRecord.js';
import { tableRecords, type CrmRow } from './tableRecords.js';

/** The files of an export: the records, their stage changes, and related tables by the names the profile's `tables` gives them. */
export interface CrmTableSources {
  readonly records: InputSource;
  readonly history?: InputSource;
  readonly related?: Readonly<Record<string, InputSource>>;
}

/** A cell as a CRM field: a workbook date as the local date (and time) it shows, anything else as written. */
function value(cell: RawCell): unknown {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return cell.toISOString();
  if (cell.kind === 'date') return cell.hasTime ? cell.date.toISOString().slice(0, 19).replace('T', ' ') : cell.date.toISOString().slice(0, 10);
  return rawCellText(cell);
}

/** A sheet of an export read as a table: its name (a CSV file's is the file's) and its rows as header → value. */
export interface CrmTableSheet {
  readonly name: string;
  readonly rows: CrmRow[];
}

/** The rows of a sheet: the header is the first row with anything in it; blank rows are skipped. */
async function sheetRows(sheet: SheetRows): Promise<CrmRow[]> {
  const rows: CrmRow[] = [];
  let headers: string[] | undefined;
  for await (const batch of sheet.batches) {
    for (const { cells } of batch) {
      if (cells.every((c) => isBlankCell(c))) continue;
      if (headers === undefined) {
        headers = cells.map((c) => rawCellText(c).trim());
        const twice = headers.find((h, i) => h !== '' && headers?.indexOf(h) !== i);
        if (twice !== undefined) throw new AdapterError('crmExportInvalid', { vendor: sheet.name, issues: `two columns are headed "${twice}"` });
        continue;
      }
      const row: Record<string, unknown> = {};
      headers.forEach((h, i) => {
        if (h !== '') row[h] = value(cells[i] ?? null);
      });
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The rows of a source's first sheet as header → value: the header is the first row
 * with anything in it; blank rows are skipped.
 *
 * @example
 * const rows = await crmTableRows('商机.xlsx');
 * rows[0]?.['商机名称'] // '某法院信息化项目 售前'
 * @throws AdapterError `crmExportInvalid` when two columns have the same header; the errors of {@link openSource} for a file it cannot read.
 */
export async function crmTableRows(source: InputSource, options: OpenOptions = {}): Promise<CrmRow[]> {
  // the first sheet is the table; others (a report's notes) are not read
  for await (const sheet of openSource(source, options)) return sheetRows(sheet);
  return [];
}

/**
 * Every sheet of a source as a table, by its name: a workbook exported with one sheet
 * per object (商机, 合同, 回款) is read whole; a CSV file is one sheet named after the file.
 *
 * @example
 * const sheets = await crmTableSheets('CRM导出.xlsx');
 * sheets.map((s) => s.name) // ['商机', '阶段变更', '合同', '回款', '投诉']
 * @throws AdapterError as {@link crmTableRows} does.
 */
export async function crmTableSheets(source: InputSource, options: OpenOptions = {}): Promise<CrmTableSheet[]> {
  const sheets: CrmTableSheet[] = [];
  for await (const sheet of openSource(source, options)) sheets.push({ name: sheet.name, rows: await sheetRows(sheet) });
  return sheets;
}

/**
 * CRM records from exported files (CSV in UTF-8 or GBK, or .xlsx), read through the
 * profile's `tables` section: Salesforce Data Loader or Bulk API CSV with the shipped
 * `salesforce` profile, a Salesforce report export with `salesforce-report`, HubSpot's
 * export with `hubspot-export`, the 商机/合同/回款 sheets of any CRM with `crm-spreadsheet`.
 *
 * @example
 * const records = await readCrmTables({ records: 'opportunities.csv', history: 'history.csv', related: { Payments__r: 'payments.csv' } }, crmProfile('salesforce'));
 * @throws AdapterError as {@link tableRecords} and {@link crmTableRows} do.
 */
export async function readCrmTables(sources: CrmTableSources, profile: CrmProfile, options: OpenOptions = {}): Promise<CrmRecord[]> {
  const related: Record<string, CrmRow[]> = {};
  for (const [name, source] of Object.entries(sources.related ?? {})) related[name] = await crmTableRows(source, options);
  return tableRecords(
    { records: await crmTableRows(sources.records, options), ...(sources.history === undefined ? {} : { history: await crmTableRows(sources.history, options) }), related },
    profile,
  );
}
