import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { readAllInputs } from './readInputs.js';
import type { RowRejection } from './readReport.js';
import { defaultMapping } from './defaultMappings.js';
import { schemeMapping } from './schemeMapping.js';
import { sheetGuide } from './sheetGuide.js';

const PRESALES = 'tech-support-center/presales-engineer';
const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5';
const scheme = compile(getPreset(PRESALES)?.scheme, { schemes: presetSchemes });

describe('a rater column is required only if the scheme requires that rater', () => {
  it('reads Example C with one P4 rater as the scheme does (the shipped and the generated mapping)', async () => {
    // Example C: 10 approved, 6 won, 95%, P3 8, P4 project manager 9 and sales 8, P5 9 → 90.14.
    const csv = [HEADER, 'E1,10,6,95%,8,9,8,9', 'E2,10,6,95%,8,9,,9', 'E3,10,6,95%,8,,8,9'].join('\n');
    for (const options of [{ mapping: PRESALES }, { scheme: getPreset(PRESALES)?.scheme, schemes: presetSchemes }]) {
      const { inputs, report } = await readAllInputs(Buffer.from(csv), { ...options, period: '2026-Q3' });
      expect(report.rejected).toEqual([]);
      expect(inputs.map((i) => i.ratings?.['P4'])).toEqual([{ projectManager: '9', sales: '8' }, { projectManager: '9' }, { sales: '8' }]);
      // P4 is then the one rater's 9 (or 8) instead of the mean 8.5.
      expect(inputs.map((i) => appraiseSync(scheme, i).total)).toEqual(['90.14', '90.64', '89.64']);
    }
  });

  it('still rejects a row with no P4 rating at all, and an empty single-rater cell', async () => {
    const csv = [HEADER, 'E1,10,6,95%,8,,,9', 'E2,10,6,95%,,9,8,9', 'E3,10,6,95%,8,9,8,9'].join('\n');
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    expect(inputs.map((i) => i.subject)).toEqual(['E3']);
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => [i.column, i.reason])])).toEqual([
      [2, [['F', { code: 'noRating', params: { item: 'P4', headers: 'P4 项目经理, P4 销售' } }]]],
      [3, [['E', { code: 'emptyCell', params: { header: 'P3' } }]]],
    ]);
    expect(report.rejected[0]?.issues[0]?.message['zh-CN']).toBe('P4 至少需要一位评分人的评分，而其各列（P4 项目经理, P4 销售）均为空。');
  });

  it('generates optional cells for the raters of an item rated by several, required ones otherwise', () => {
    const columns = schemeMapping(getPreset(PRESALES)?.scheme, { schemes: presetSchemes, override: null }).tables[0]?.columns ?? [];
    const ratings = columns.filter((c) => c.to.startsWith('ratings.')).map((c) => [c.to, c.allowEmpty]);
    expect(ratings).toEqual([
      ['ratings.P3', false],
      ['ratings.P4.projectManager', true],
      ['ratings.P4.sales', true],
      ['ratings.P5', false],
    ]);
  });

  it('tells the person filling in the sheet that one P4 rater is enough, but not none', () => {
    const columns = sheetGuide(defaultMapping(PRESALES))[0]?.columns ?? [];
    const sales = columns.find((c) => c.to === 'ratings.P4.sales');
    expect(sales?.required).toBe(false);
    expect(sales?.note.en).toMatch(/Optional: may be left empty, but P4 needs at least one rater's rating\.$/);
    expect(sales?.note['zh-CN']).toMatch(/选填，可留空；但 P4 至少需要一位评分人的评分。$/);
    expect(columns.find((c) => c.to === 'ratings.P3')?.note.en).toMatch(/Required\.$/);
  });

  it('rejects no row of a generated file for an empty optional rater cell, and every row with none', async () => {
    const rows = [HEADER];
    let withoutP4 = 0;
    for (let i = 0; i < 2000; i++) {
      const manager = i % 20 === 3 || i % 50 === 7 ? '' : String(6 + (i % 4));
      const sales = i % 20 === 11 || i % 50 === 7 ? '' : String(7 + (i % 3));
      if (manager === '' && sales === '') withoutP4++;
      rows.push(`E${i},${10 + (i % 5)},${i % 6},${90 + (i % 10)}%,${5 + (i % 5)},${manager},${sales},${8 + (i % 2)}`);
    }
    const rejected: RowRejection[] = [];
    const { inputs, report } = await readAllInputs(Buffer.from(rows.join('\n')), {
      mapping: PRESALES,
      period: '2026-Q3',
      keepRejections: false,
      onRejection: (r) => rejected.push(r),
    });
    expect(withoutP4).toBe(40);
    expect(rejected).toHaveLength(withoutP4);
    expect(new Set(rejected.flatMap((r) => r.issues.map((i) => i.reason.code)))).toEqual(new Set(['noRating']));
    expect(inputs).toHaveLength(2000 - withoutP4);
    expect(report.sheets[0]).toMatchObject({ rowsRead: 2000, rowsUsed: 2000 - withoutP4, rowsRejected: withoutP4 });
    for (const input of inputs) expect(appraiseSync(scheme, input).outcome).toBeDefined();
  });

  it('reads a sheet without the column of a rater the scheme may do without (the shipped and the generated mapping)', async () => {
    const withoutSales = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P5', 'E1,10,6,95%,8,9,9', 'E2,10,6,95%,8,,9'].join('\n');
    const withoutManager = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P4 销售,P5', 'E1,10,6,95%,8,8,9'].join('\n');
    for (const options of [{ mapping: PRESALES }, { scheme: getPreset(PRESALES)?.scheme, schemes: presetSchemes }]) {
      const sales = await readAllInputs(Buffer.from(withoutSales), { ...options, period: '2026-Q3' });
      expect(sales.inputs.map((i) => i.ratings?.['P4'])).toEqual([{ projectManager: '9' }]);
      expect(sales.inputs.map((i) => appraiseSync(scheme, i).total)).toEqual(['90.64']);
      // The one rater's column there is empty: no P4 rating at all.
      expect(sales.report.rejected.map((r) => [r.row, r.issues.map((i) => [i.column, i.reason.code])])).toEqual([[3, [['F', 'noRating']]]]);
      expect(sales.report.sheets[0]?.missingHeaders).toEqual([]);
      const manager = await readAllInputs(Buffer.from(withoutManager), { ...options, period: '2026-Q3' });
      expect(manager.inputs.map((i) => [i.ratings?.['P4'], appraiseSync(scheme, i).total])).toEqual([[{ sales: '8' }, '89.64']]);
    }
  });

  it('still needs the column of a rater the scheme requires, and one column of each item rated by several', async () => {
    const withoutP3 = ['工号,立项项目数,中标项目数,销售目标完成率,P4 项目经理,P4 销售,P5', 'E1,10,6,95%,9,8,9'].join('\n');
    const withoutP4 = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P5', 'E1,10,6,95%,8,9'].join('\n');
    const read = (csv: string) => readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    await expect(read(withoutP3)).rejects.toMatchObject({ code: 'headerNotFound', params: { missing: '降低成本评分' } });
    await expect(read(withoutP4)).rejects.toMatchObject({ code: 'headerNotFound', params: { missing: '项目经理评分 / 销售评分' } });
  });
});
