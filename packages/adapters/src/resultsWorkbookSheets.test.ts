import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readResultsWorkbook } from './readResultsWorkbook.js';
import type { RegimeResultForWorkbook, ResultForWorkbook } from './resultForWorkbook.js';
import { resultsWorkbookBuffer } from './writeResultsWorkbook.js';

const name = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const scheme = { id: 'tech-support-center/network-ops-supervisor', version: '1.0.0', hash: 'sha256:abc' };
const good = { id: 'good', name: name('良好', 'good') };
const pass = { id: 'pass', name: name('合格', 'pass') };
const outageVeto = { id: 'V1', name: name('重大网络事故', 'Major outage'), message: name('一票否决 V1', 'veto V1') };

function appraisal(subject: string, total: string, band: typeof good, vetoed = false): ResultForWorkbook {
  return {
    subject,
    period: '2026-09',
    scheme,
    total,
    band,
    outcome: vetoed ? 'fail' : band.id,
    vetoes: vetoed ? [outageVeto] : [],
    items: [{ id: 'N1', name: name('网络中断次数', 'Outages'), points: total, lines: [] }],
  };
}

const regime = (subject: string, points: string, fine: string, sanction: boolean): RegimeResultForWorkbook => ({
  kind: 'penaltyRegime',
  subject,
  period: '2026-09',
  scheme: { kind: 'penaltyRegime', id: 'field-service/penalty', version: '2', hash: 'sha256:def' } as RegimeResultForWorkbook['scheme'],
  points,
  fine: { total: fine, lines: [] },
  sanctions: sanction ? [{ id: 'warning', name: name('书面警告', 'written warning') }] : [],
  outcome: sanction ? 'warning' : 'none',
  lines: [],
});

const results = [appraisal('E1', '92.50', good), appraisal('E2', '70.00', pass), appraisal('E3', '88.00', good, true), appraisal('E4', '81.25', good), regime('F1', '3.00', '200.00', true), regime('F2', '0.00', '0.00', false)];
const schemes = [
  { id: scheme.id, name: name('网络运维主管考核', 'Network operations supervisor') },
  { id: 'field-service/penalty', name: name('现场服务处罚制度', 'Field service penalties') },
];

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values, from column A. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('results workbook: names, outcomes, summary and rejected rows', () => {
  it("titles each sheet with the scheme's name in the workbook's locale, and never repeats the id when no name is known", async () => {
    const zh = await readResultsWorkbook(await resultsWorkbookBuffer(results, { locale: 'zh-CN', schemes }));
    expect(zh.map((s) => s.title)).toEqual(['网络运维主管考核 · tech-support-center/network-ops-supervisor v1.0.0 · sha256:abc', '现场服务处罚制度 · field-service/penalty v2 · sha256:def']);
    const en = await readResultsWorkbook(await resultsWorkbookBuffer(results, { locale: 'en', schemes }));
    expect(en[0]!.title).toBe('Network operations supervisor · tech-support-center/network-ops-supervisor v1.0.0 · sha256:abc');
    const unnamed = await readResultsWorkbook(await resultsWorkbookBuffer(results));
    expect(unnamed[0]!.title).toBe('tech-support-center/network-ops-supervisor v1.0.0 · sha256:abc');
  });

  it("writes outcomes in the workbook's locale: a band's name, a veto's failure, a sanction or none", async () => {
    const [cards, fines] = await readResultsWorkbook(await resultsWorkbookBuffer(results, { locale: 'zh-CN' }));
    expect(cards!.rows.map((r) => [r.subject, r.band, r.outcome])).toEqual([
      ['E1', '良好', '良好'],
      ['E2', '合格', '合格'],
      ['E3', '良好', '考核不合格'],
      ['E4', '良好', '良好'],
    ]);
    expect(fines!.rows.map((r) => [r.subject, r.outcome])).toEqual([
      ['F1', '书面警告'],
      ['F2', '无处分'],
    ]);
    const [enCards, enFines] = await readResultsWorkbook(await resultsWorkbookBuffer(results, { locale: 'en' }));
    expect(enCards!.rows.map((r) => r.outcome)).toEqual(['good', 'pass', 'fail', 'good']);
    expect(enFines!.rows.map((r) => r.outcome)).toEqual(['written warning', 'no sanction']);
  });

  it('adds a summary sheet with the counts of the run and, per scheme, the mean, lowest and highest total and the share of each band, outcome and veto', async () => {
    const counts = { read: 9, appraised: 6, rejected: 2, errors: 1 };
    const workbook = await load(await resultsWorkbookBuffer(results, { locale: 'zh-CN', schemes, counts, rejected: [] }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['network-ops-supervisor', 'penalty', '概览', '未采用的行']);
    expect(rowsOf(workbook.getWorksheet('概览'))).toEqual([
      ['考核结果概览'],
      ['读取', '已考核', '未采用', '无法考核'],
      [9, 6, 2, 1],
      [],
      ['网络运维主管考核 · tech-support-center/network-ops-supervisor v1.0.0 · sha256:abc'],
      ['人数', '平均分', '最低分', '最高分'],
      [4, 82.94, 70, 92.5],
      ['各等级占比'],
      ['等级', '人次', '占比'],
      ['良好', 3, 0.75],
      ['合格', 1, 0.25],
      ['各结论占比'],
      ['结论', '人次', '占比'],
      ['良好', 2, 0.5],
      ['考核不合格', 1, 0.25],
      ['合格', 1, 0.25],
      ['触发的否决项'],
      ['否决项', '人次', '占比'],
      ['重大网络事故', 1, 0.25],
      [],
      ['现场服务处罚制度 · field-service/penalty v2 · sha256:def'],
      ['人数', '平均扣分', '最少扣分', '最多扣分', '罚款合计'],
      [2, 1.5, 0, 3, 200],
      ['各结论占比'],
      ['结论', '人次', '占比'],
      ['无处分', 1, 0.5],
      ['书面警告', 1, 0.5],
    ]);
    expect(workbook.getWorksheet('概览')!.getCell('C10').numFmt).toBe('0.0%');
  });

  it('without counts, the summary counts the results written and the rejected rows listed', async () => {
    const rejected = [{ sheet: 'Sheet1', row: 4, column: 'C', value: 'abc', reason: '"abc" is not a number' }];
    const workbook = await load(await resultsWorkbookBuffer(results.slice(0, 2), { locale: 'en', rejected }));
    expect(rowsOf(workbook.getWorksheet('Summary')).slice(0, 3)).toEqual([['Summary of the results'], ['Read', 'Appraised', 'Rejected', 'Not appraised'], [3, 2, 1, 0]]);
  });

  it('lists rejected rows with their sheet, row, column, value and reason, values staying text, and still reads back the results alone', async () => {
    const rejected = [
      { file: 'in.xlsx', sheet: '九月', row: 7, column: 'D', value: '=1+1', reason: '“=1+1”不是数字' },
      { sheet: null, row: '8, 9', column: null, value: 'E9', reason: '考核对象 E9 有 2 行未能采用,已略去' },
      { row: '#3', column: 'period', value: 'E10', reason: '缺少考核期间' },
    ];
    const bytes = await resultsWorkbookBuffer(results, { locale: 'zh-CN', rejected });
    const sheet = (await load(bytes)).getWorksheet('未采用的行');
    expect(rowsOf(sheet)).toEqual([
      ['未采用的行与无法考核的对象'],
      ['工作表', '行', '列', '值', '原因'],
      ['九月', 7, 'D', '=1+1', '“=1+1”不是数字'],
      [undefined, '8, 9', undefined, 'E9', '考核对象 E9 有 2 行未能采用,已略去'],
      [undefined, '#3', 'period', 'E10', '缺少考核期间'],
    ]);
    expect(sheet!.getCell('D3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet!.getCell('D3').numFmt).toBe('@');
    const sheets = await readResultsWorkbook(bytes);
    expect(sheets.map((s) => [s.sheet, s.rows.length])).toEqual([
      ['network-ops-supervisor', 4],
      ['penalty', 2],
    ]);
  });
});
