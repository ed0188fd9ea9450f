import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraise, appraiseSync, compile, type Appraisal } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppraisalInput } from './appraisalInput.js';
import { readAllInputs } from './readInputs.js';
import { readResultsWorkbook } from './readResultsWorkbook.js';
import { resultsWorkbookBuffer } from './writeResultsWorkbook.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const jsonInputs = (name: string): AppraisalInput[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/spreadsheets/${name}`, import.meta.url)), 'utf8')) as AppraisalInput[];

const NETWORK = 'tech-support-center/network-ops-supervisor';
const PRESALES = 'tech-support-center/presales-engineer';

function compiled(id: string): ReturnType<typeof compile> {
  return compile(getPreset(id)?.scheme, { schemes: presetSchemes });
}

/** What must be equal between two appraisals of the same subject. */
function figures(a: Appraisal): unknown {
  return { subject: a.subject, total: a.total, band: a.band?.id ?? null, outcome: a.outcome, items: a.items.map((i) => [i.id, i.points]) };
}

const cases = [
  { id: NETWORK, json: 'network-ops-supervisor.inputs.json', period: undefined, sources: [['network-ops-supervisor.xlsx'], ['network-ops-supervisor-考核表.gbk.csv', 'network-ops-supervisor-故障记录.gbk.csv']] },
  { id: PRESALES, json: 'presales-engineer.inputs.json', period: '2026-Q3', sources: [['presales-engineer.xlsx'], ['from-csv/presales-engineer.xlsx'], ['presales-engineer.gbk.csv']] },
] as const;

describe('end to end: the LibreOffice workbooks and their GBK CSV twins appraise as the JSON input does', () => {
  for (const c of cases) {
    it(`${c.id}: through appraise and appraiseSync, with the mapping generated from the preset`, async () => {
      const scheme = compiled(c.id);
      const want = jsonInputs(c.json).map((input) => figures(appraiseSync(scheme, input)));
      expect(want.length).toBeGreaterThan(0);
      for (const files of c.sources) {
        const { inputs, report } = await readAllInputs(files.map(fixture), {
          scheme: getPreset(c.id)?.scheme,
          schemes: presetSchemes,
          ...(c.period === undefined ? {} : { period: c.period }),
        });
        expect(report.rejected, files.join()).toEqual([]);
        const sync = inputs.map((input) => figures(appraiseSync(scheme, input)));
        const async = await Promise.all(inputs.map(async (input) => figures(await appraise(scheme, input))));
        expect(sync, files.join()).toEqual(want);
        expect(async, files.join()).toEqual(want);
      }
    });
  }

  it('gives Example B (90.00) and Example C (90.14) from the workbooks', async () => {
    const network = await readAllInputs(fixture('network-ops-supervisor.xlsx'), { mapping: NETWORK });
    const presales = await readAllInputs(fixture('presales-engineer.gbk.csv'), { mapping: PRESALES, period: '2026-Q3' });
    expect(appraiseSync(compiled(NETWORK), network.inputs[0]).total).toBe('90.00');
    expect(appraiseSync(compiled(PRESALES), presales.inputs[0]).total).toBe('90.14');
  });
});

const BAD = [
  '售前技术工程师季度考核表,,,,,,,,',
  '工号,姓名,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分',
  'E2001,张伟,10,6,95%,8,9,8,9',
  'E2002,刘洋,十,4,85%,7,8,7.5,8',
  'E2003,陈静,8,3,,11,8,7,8',
  'E2004,赵强,2026/13/1,2,60%,6,6,6,6',
  'E2005,孙丽,"1,200",３,８０％,6,7,7,7',
].join('\r\n');

describe('end to end: a file with bad cells', () => {
  it('lists each bad cell with row, column and reason, and appraises the rows it can', async () => {
    const { inputs, report } = await readAllInputs(Buffer.from(BAD), { scheme: getPreset(PRESALES)?.scheme, period: '2026-Q3' });
    expect(report.rejected.flatMap((r) => r.issues.map((i) => [i.row, i.column, i.header, i.reason.code]))).toEqual([
      [4, 'C', '立项项目数', 'notANumber'],
      [5, 'E', '销售目标完成率', 'emptyCell'],
      [5, 'F', '降低成本评分', 'aboveMaximum'],
      [6, 'C', '立项项目数', 'notANumber'],
    ]);
    for (const r of report.rejected) for (const i of r.issues) expect(i.message['zh-CN'].length).toBeGreaterThan(0);
    const scheme = compiled(PRESALES);
    const results = inputs.map((input) => appraiseSync(scheme, input));
    // The good rows as someone would write them in JSON: "1,200" is 1200, "３" is 3, "８０％" is 0.8.
    const e2005 = {
      subject: 'E2005',
      period: '2026-Q3',
      facts: { projectsApproved: 1200, projectsWon: 3, salesTargetAchievement: '0.8' },
      ratings: { P3: 6, P4: { projectManager: 7, sales: 7 }, P5: 7 },
    };
    expect(results.map(figures)).toEqual([figures(appraiseSync(scheme, jsonInputs('presales-engineer.inputs.json')[0])), figures(appraiseSync(scheme, e2005))]);
    expect(results.map((r) => [r.subject, r.total])).toEqual([
      ['E2001', '90.14'],
      ['E2005', '60.07'],
    ]);
  });
});

describe('end to end: the results workbook', () => {
  it('reads back with the same figures, and a subject named =HYPERLINK("x") stays text', async () => {
    const network = await readAllInputs(fixture('network-ops-supervisor.xlsx'), { mapping: NETWORK });
    const presales = await readAllInputs(fixture('presales-engineer.xlsx'), { mapping: PRESALES, period: '2026-Q3' });
    const evil = { ...(presales.inputs[1] as AppraisalInput), subject: '=HYPERLINK("x")' };
    const results = [
      ...network.inputs.map((input) => appraiseSync(compiled(NETWORK), input)),
      ...[...presales.inputs, evil].map((input) => appraiseSync(compiled(PRESALES), input)),
    ];
    const bytes = await resultsWorkbookBuffer(results, { locale: 'zh-CN' });
    const sheets = await readResultsWorkbook(bytes);
    const back = sheets.flatMap((s) => s.rows.map((r) => ({ subject: r.subject, name: r.name, total: r.total, band: r.band, items: r.items })));
    expect(results.map((r) => r.name)).toEqual(['王磊', '李娜', '张伟', '刘洋', '刘洋']);
    expect(back).toEqual(
      results.map((r) => ({
        subject: r.subject,
        name: r.name,
        total: r.total,
        band: r.band?.name['zh-CN'] ?? null,
        items: Object.fromEntries(r.items.map((i) => [i.id, i.points])),
      })),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells = workbook.worksheets.flatMap((ws) => ws.getColumn(1).values);
    const cell = workbook.getWorksheet('presales-engineer')?.getCell('A5');
    expect(cells).toContain('=HYPERLINK("x")');
    expect(cell?.value).toBe('=HYPERLINK("x")');
    expect(cell?.numFmt).toBe('@');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.formula).toBeUndefined();
  });
});
