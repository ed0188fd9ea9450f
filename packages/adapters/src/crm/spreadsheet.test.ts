import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { crmProfile } from './crmProfiles.js';
import { AFTER_SALES, IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, itHandlesTheEdgeCases, PRESALES, readForPreset } from './crmTestKit.js';
import { crmTableRows, crmTableSheets, readCrmTables, type CrmTableSources } from './readCrmTables.js';
import { tableRecords, type CrmTables } from './tableRecords.js';

const file = (name: string): string => fileURLToPath(new URL(`../../fixtures/crm/spreadsheet/${name}.csv`, import.meta.url));
const SHEETS = { records: '商机', history: '阶段变更', 合同: '合同', 回款: '回款', 投诉: '投诉' } as const;
const csvSources: CrmTableSources = { records: file(SHEETS.records), history: file(SHEETS.history), related: { 合同: file('合同'), 回款: file('回款'), 投诉: file('投诉') } };
const profile = crmProfile('crm-spreadsheet');

/** The same sheets as a workbook: what an .xlsx export of the CRM gives, numbers and dates as typed cells, one sheet per CSV file. */
async function workbook(...names: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const name of names) addSheet(book, name);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function addSheet(book: ExcelJS.Workbook, name: string): void {
  const [header = '', ...lines] = readFileSync(file(name), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const sheet = book.addWorksheet(name);
  const split = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, header.split(',').length).map((m) => m[2] ?? m[1] ?? '');
  sheet.addRow(split(header));
  for (const line of lines) {
    sheet.addRow(
      split(line).map((cell) => {
        const day = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(cell);
        return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : cell;
      }),
    );
  }
}

const records = await readCrmTables(csvSources, profile);

describe('the 商机/合同/回款 sheets of any CRM (Chinese headers) through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson((schemeId) => readForPreset(records, profile, schemeId));

  it('reads the same sheets saved as .xlsx, dates as date cells', async () => {
    const xlsx = await readCrmTables({ records: await workbook('商机'), history: await workbook('阶段变更'), related: { 合同: await workbook('合同'), 回款: await workbook('回款'), 投诉: await workbook('投诉') } }, profile);
    for (const schemeId of [PRESALES, IMPLEMENTATION, AFTER_SALES]) {
      expect(readForPreset(xlsx, profile, schemeId).projects.map((p) => p.facts)).toEqual(readForPreset(records, profile, schemeId).projects.map((p) => p.facts));
    }
  });

  it('reads every sheet of one workbook by its name', async () => {
    const sheets = await crmTableSheets(await workbook('商机', '阶段变更', '合同', '回款', '投诉'));
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([['商机', 3], ['阶段变更', 8], ['合同', 3], ['回款', 4], ['投诉', 1]]);
    const byName = Object.fromEntries(sheets.map((s) => [s.name, s.rows]));
    const fromBook = tableRecords({ records: byName['商机'] ?? [], history: byName['阶段变更'], related: { 合同: byName['合同'] ?? [], 回款: byName['回款'] ?? [], 投诉: byName['投诉'] ?? [] } }, profile);
    expect(readForPreset(fromBook, profile, IMPLEMENTATION).projects.map((p) => p.facts)).toEqual(readForPreset(records, profile, IMPLEMENTATION).projects.map((p) => p.facts));
  });

  it('takes the contract value from 合同 and the final payment from its 回款, instalments before the retention money still due', () => {
    const i = readForPreset(records, profile, IMPLEMENTATION).projects[0];
    expect(i?.provenance['contractValue']).toEqual([{ source: 'crm-spreadsheet', object: '商机', recordId: 'SJ-2026-002', field: '合同.合同金额', value: '1,500,000.00' }]);
    expect(i?.provenance['finalPaymentCollectedOn']).toEqual([{ source: 'crm-spreadsheet', object: '回款', recordId: 'HK-2026-003', field: '回款日期', value: '2026/9/23' }]);
  });

  it('counts a re-entered stage from its first entry, from the 阶段变更 sheet', () => {
    expect(records[0]?.stages.map((s) => s.value)).toEqual(['2 深度接触', '3 方案确认', '2 深度接触', '3 方案确认', '4 招投标', '6 施工准备']);
    expect(readForPreset(records, profile, PRESALES).projects[0]?.facts['actualDays']).toBe(27);
  });

  describe('edge cases', async () => {
    const tables: CrmTables = {
      records: await crmTableRows(file(SHEETS.records)),
      history: await crmTableRows(file(SHEETS.history)),
      related: { 合同: await crmTableRows(file('合同')), 回款: await crmTableRows(file('回款')), 投诉: await crmTableRows(file('投诉')) },
    };
    itHandlesTheEdgeCases(tables, profile, {
      acceptedOn: { match: ['商机编号', 'SJ-2026-002'], column: '验收日期' },
      amount: { table: '合同', match: ['合同编号', 'HT-2026-002'], column: '合同金额' },
      // a contract in 美元: the currency written as a word is read through the profile's names
      currency: { table: '合同', match: ['合同编号', 'HT-2026-002'], column: '币种', recordId: 'HT-2026-002', written: '美元' },
    });
  });
});
