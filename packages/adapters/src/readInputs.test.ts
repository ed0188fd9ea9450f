import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAllInputs, readInputs } from './readInputs.js';
import type { RowRejection } from './readReport.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const expected = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/spreadsheets/${name}`, import.meta.url)), 'utf8'));

const NETWORK = 'tech-support-center/network-ops-supervisor';
const PRESALES = 'tech-support-center/presales-engineer';

describe('readInputs on workbooks made by LibreOffice and their GBK CSV twins', () => {
  it('reads the network-ops workbook (title row, merged cell, Excel date-times) as the JSON input', async () => {
    const { inputs, report } = await readAllInputs(fixture('network-ops-supervisor.xlsx'), { mapping: NETWORK });
    expect(inputs).toEqual(expected('network-ops-supervisor.inputs.json'));
    expect(report.rejected).toEqual([]);
    expect(report.sheets.map((s) => [s.sheet, s.table, s.headerRow, s.titleRows, s.rowsUsed, s.unmappedHeaders])).toEqual([
      ['考核表', 'appraisal', 2, 1, 2, []],
      ['故障记录', 'outages', 2, 1, 5, []],
    ]);
  });

  it('reads the GBK CSV twins (text dates, full-width digits) as the same input', async () => {
    const { inputs, report } = await readAllInputs(
      [fixture('network-ops-supervisor-考核表.gbk.csv'), fixture('network-ops-supervisor-故障记录.gbk.csv')],
      { mapping: NETWORK },
    );
    expect(inputs).toEqual(expected('network-ops-supervisor.inputs.json'));
    expect(report.rejected).toEqual([]);
  });

  it('reads the presales workbook ("85%" typed as text) and its twins as the JSON input', async () => {
    const want = expected('presales-engineer.inputs.json');
    for (const file of ['presales-engineer.xlsx', 'from-csv/presales-engineer.xlsx', 'presales-engineer.gbk.csv']) {
      const { inputs, report } = await readAllInputs(fixture(file), { mapping: PRESALES, period: '2026-Q3' });
      expect(inputs, file).toEqual(want);
      expect(report.rejected, file).toEqual([]);
    }
  });

  it('takes bytes and streams as well as paths', async () => {
    const bytes = readFileSync(fixture('presales-engineer.xlsx'));
    const fromBytes = await readAllInputs(bytes, { mapping: PRESALES, period: '2026-Q3' });
    const fromStream = await readAllInputs(Readable.from([readFileSync(fixture('presales-engineer.gbk.csv'))]), {
      mapping: PRESALES,
      period: '2026-Q3',
    });
    expect(fromBytes.inputs).toEqual(expected('presales-engineer.inputs.json'));
    expect(fromStream.inputs).toEqual(expected('presales-engineer.inputs.json'));
  });
});

describe('readInputs: the subject\'s name', () => {
  it('reads 姓名 into the input\'s name, with 工号 as the subject', async () => {
    const { inputs, report } = await readAllInputs(fixture('presales-engineer.gbk.csv'), { mapping: PRESALES, period: '2026-Q3' });
    expect(inputs.map((i) => [i.subject, i.name])).toEqual([
      ['E2001', '张伟'],
      ['E2002', '刘洋'],
    ]);
    expect(inputs[0]).toMatchObject({ subject: 'E2001', name: '张伟', period: '2026-Q3' });
    expect(inputs[0]!.facts).not.toHaveProperty('name');
    expect(report.sheets[0]!.unmappedHeaders).toEqual([]);
  });

  it('leaves name out for an empty name cell, and for a sheet without a name column', async () => {
    const csv = '工号,姓名,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\nE1,,1,1,1,1,1,1,1\nE2,　,1,1,1,1,1,1,1\nE3,陈静,1,1,1,1,1,1,1\n';
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    expect(report.rejected).toEqual([]);
    expect(inputs.map((i) => [i.subject, i.name])).toEqual([
      ['E1', undefined],
      ['E2', undefined],
      ['E3', '陈静'],
    ]);
    expect(Object.keys(inputs[0]!)).not.toContain('name');
    const withoutName = await readAllInputs(Buffer.from(csv.replace('姓名', '备注')), { mapping: PRESALES, period: '2026-Q3' });
    expect(withoutName.inputs.map((i) => Object.hasOwn(i, 'name'))).toEqual([false, false, false]);
  });

  it('takes the subject from 工号 only: a sheet with 姓名 and no id column does not read', async () => {
    const csv = '姓名,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\n张伟,1,1,1,1,1,1,1\n';
    await expect(readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' })).rejects.toMatchObject({
      code: 'headerNotFound',
      params: { missing: '工号' },
    });
  });
});

const BAD_PRESALES = [
  '售前技术工程师季度考核表,,,,,,,,',
  '工号,姓名,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分',
  'E2001,张伟,10,6,95%,8,9,8,9',
  'E2002,刘洋,十,4,85%,7,8,7.5,8',
  'E2003,陈静,8,3,,11,8,7,8',
  ',赵强,5,2,60%,6,6,6,6',
  '',
  'E2005,孙丽,"1,200",３,８０％,6,7,7,7',
].join('\r\n');

describe('readInputs on a file with bad cells', () => {
  it('lists each bad cell with sheet, row, column, header, value and reason, and reads the good rows', async () => {
    const seen: RowRejection[] = [];
    const { inputs, report } = await readAllInputs(Buffer.from(BAD_PRESALES), {
      mapping: PRESALES,
      period: '2026-Q3',
      onRejection: (r) => seen.push(r),
    });
    expect(inputs.map((i) => i.subject)).toEqual(['E2001', 'E2005']);
    expect(inputs[1]!.facts).toEqual({ projectsApproved: 1200, projectsWon: 3, salesTargetAchievement: '0.8' });
    const brief = report.rejected.map((r) => ({
      row: r.row,
      subject: r.subject,
      cells: r.issues.map((i) => [i.column, i.header, i.value, i.reason.code]),
    }));
    expect(brief).toEqual([
      { row: 4, subject: 'E2002', cells: [['C', '立项项目数', '十', 'notANumber']] },
      { row: 5, subject: 'E2003', cells: [['E', '销售目标完成率', '', 'emptyCell'], ['F', '降低成本评分', '11', 'aboveMaximum']] },
      { row: 6, subject: null, cells: [['A', '工号', '', 'emptyCell']] },
    ]);
    expect(report.rejected[0]!.sheet).toBe('csv');
    expect(report.rejected[0]!.issues[0]!.message).toEqual({
      'zh-CN': '“十”不是数字（可写作 12、1,234、12.5 或 85%）。',
      en: '"十" is not a number (write for example 12, 1,234, 12.5 or 85%).',
    });
    expect(report.rejected[1]!.issues[1]!.message.en).toBe('11 is above the largest allowed value, 10.');
    expect(seen).toEqual(report.rejected);
    expect(report.sheets[0]).toMatchObject({ rowsRead: 5, rowsUsed: 2, rowsRejected: 3, blankRows: 1, titleRows: 1 });
  });

  it('with keepRejections: false, hands the rejected rows only to onRejection and still counts them', async () => {
    const seen: RowRejection[] = [];
    const { inputs, report } = await readAllInputs(Buffer.from(BAD_PRESALES), {
      mapping: PRESALES,
      period: '2026-Q3',
      keepRejections: false,
      onRejection: (r) => seen.push(r),
    });
    expect(inputs.map((i) => i.subject)).toEqual(['E2001', 'E2005']);
    expect(seen.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(report.rejected).toEqual([]);
    expect(report.sheets[0]).toMatchObject({ rowsRead: 5, rowsUsed: 2, rowsRejected: 3, blankRows: 1 });
  });

  it('rejects a second row of a subject whose input was already handed out, rows later, naming its first row', async () => {
    const rows = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5'];
    for (let i = 0; i < 50; i++) rows.push(`E${i},1,1,1,1,1,1,1`);
    rows.push('E3,2,2,1,1,1,1,1', 'E3,2,2,1,1,1,1,1', 'E60,1,1,1,1,1,1,1');
    const reader = readInputs(Buffer.from(rows.join('\n')), { mapping: PRESALES, period: '2026-Q3' });
    const subjects: string[] = [];
    for await (const input of reader) subjects.push(input.subject);
    expect(subjects).toEqual([...Array.from({ length: 50 }, (_, i) => `E${i}`), 'E60']);
    expect(reader.report.rejected.map((r) => [r.row, r.issues[0]!.reason])).toEqual([
      [52, { code: 'duplicateSubject', params: { subject: 'E3', period: '2026-Q3', firstRow: 'csv!5' } }],
      [53, { code: 'duplicateSubject', params: { subject: 'E3', period: '2026-Q3', firstRow: 'csv!5' } }],
    ]);
  });

  it('rejects a subject of a second file already read in the first, naming the first file\'s row', async () => {
    const header = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5';
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-dup-'));
    try {
      writeFileSync(join(dir, 'a.csv'), [header, 'E1,1,1,1,1,1,1,1', 'E2,1,1,1,1,1,1,1'].join('\n'));
      writeFileSync(join(dir, 'b.csv'), [header, 'E3,1,1,1,1,1,1,1', 'E2,1,1,1,1,1,1,1', 'E1,1,1,1,1,1,1,1'].join('\n'));
      const { inputs, report } = await readAllInputs([join(dir, 'a.csv'), join(dir, 'b.csv')], { mapping: PRESALES, period: '2026-Q3' });
      expect(inputs.map((i) => i.subject)).toEqual(['E1', 'E2', 'E3']);
      const sheets = report.sheets.map((s) => s.sheet);
      expect(report.rejected.map((r) => [r.sheet, r.row, r.issues[0]!.reason.params['firstRow']])).toEqual([
        [sheets[1], 3, `${sheets[0]}!3`],
        [sheets[1], 4, `${sheets[0]}!2`],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a row without a subject even when the mapping lets its cell be empty', async () => {
    const mapping = {
      schemaVersion: 1 as const,
      id: 'loose',
      tables: [{ id: 't', mode: 'perSubject' as const, columns: [{ to: 'subject', headers: ['工号'], allowEmpty: true }, { to: 'x', headers: ['X'], type: 'integer' as const }] }],
    };
    const { inputs, report } = await readAllInputs(Buffer.from('工号,X\nE1,1\n,2\nE3,3\n'), { mapping, period: '2026-Q3' });
    expect(inputs.map((i) => i.subject)).toEqual(['E1', 'E3']);
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => [i.column, i.reason.code])])).toEqual([[3, [['A', 'emptyCell']]]]);
  });

  it('stops reading when the loop that reads stops', async () => {
    const rows = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5'];
    for (let i = 0; i < 5000; i++) rows.push(`E${i},1,1,1,1,1,1,1`);
    const reader = readInputs(Readable.from([Buffer.from(rows.join('\n'))]), { mapping: PRESALES, period: '2026-Q3' });
    const subjects: string[] = [];
    for await (const input of reader) {
      subjects.push(input.subject);
      if (subjects.length === 3) break;
    }
    expect(subjects).toEqual(['E0', 'E1', 'E2']);
    expect(reader.report.sheets[0]!.rowsUsed).toBeLessThan(5000);
  });

  it('rejects a second row for the same subject and period', async () => {
    const csv = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\nE1,1,1,1,1,1,1,1\nE1,2,2,1,1,1,1,1\n';
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    expect(inputs).toHaveLength(1);
    expect(report.rejected[0]!.issues[0]!.reason).toEqual({
      code: 'duplicateSubject',
      params: { subject: 'E1', period: '2026-Q3', firstRow: 'csv!2' },
    });
  });
});

const EVENTS = [
  '工号,发生时间,影响用户数,故障恢复时长(分钟),是否本方责任',
  'E1,2026/7/3 10:00,2,12,是',
  'E2,2026/7/4 10:00,3,20,',
  'E1,2026/2/30 10:00,2,12,是',
  'E3,2026/8/1 9:00,1,5,也许',
  'E2,46206.5,4,31,否',
].join('\n');

describe('readInputs on an event file', () => {
  it('groups events by subject, leaving optional cells out, and withholds subjects with rejected rows', async () => {
    const { inputs, report } = await readAllInputs(Buffer.from(EVENTS), { mapping: NETWORK, period: '2026-Q3' });
    expect(inputs).toEqual([
      {
        subject: 'E2',
        period: '2026-Q3',
        facts: {
          outages: [
            { at: '2026-07-04T10:00:00+08:00', customersAffected: 3, restoredMinutes: '20' },
            { at: '2026-07-03T12:00:00+08:00', customersAffected: 4, restoredMinutes: '31', accountable: false },
          ],
        },
      },
    ]);
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => `${i.column}:${i.reason.code}`)])).toEqual([
      [4, ['B:impossibleDate']],
      [5, ['E:notABoolean']],
    ]);
    expect(report.withheld.map((w) => [w.subject, w.rows, w.reason.code])).toEqual([
      ['E1', ['csv!4'], 'subjectHasRejectedRows'],
      ['E3', ['csv!5'], 'subjectHasRejectedRows'],
    ]);
    expect(report.withheld[0]!.message['zh-CN']).toBe('考核对象“E1”未输出，因为其中 1 行无法使用（第 csv!4 行）。');
  });

  it('keeps partial subjects when asked', async () => {
    const { inputs } = await readAllInputs(Buffer.from(EVENTS), { mapping: NETWORK, period: '2026-Q3', keepPartialSubjects: true });
    expect(inputs.map((i) => [i.subject, (i.facts.outages as unknown[]).length])).toEqual([
      ['E1', 1],
      ['E2', 2],
      ['E3', 0],
    ]);
  });

  it('rejects events of subjects missing from the subject table, and gives subjects without events an empty list', async () => {
    const subjects = '工号,考核期间,网络质量,逾期提交次数,图表资料缺陷次数,客户满意度\nE2,2026-Q3,好,0,0,满意\nE9,2026-Q3,差,0,0,不满意\n';
    const events = '工号,发生时间,影响用户数,故障恢复时长(分钟)\nE2,2026/7/4 10:00,3,20\nE7,2026/7/5 10:00,3,20\n';
    const { inputs, report } = await readAllInputs([Buffer.from(subjects), Buffer.from(events)], { mapping: NETWORK });
    expect(inputs.map((i) => [i.subject, i.facts.networkQuality, (i.facts.outages as unknown[]).length])).toEqual([
      ['E2', 'good', 1],
      ['E9', 'fail', 0],
    ]);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ sheet: 'csv', row: 3, subject: 'E7' });
    expect(report.rejected[0]!.issues[0]).toMatchObject({ column: 'A', header: '工号', reason: { code: 'unknownSubject' } });
  });
});

describe('readInputs errors', () => {
  it('needs the header row', async () => {
    const reader = readInputs(Buffer.from('a,b\n1,2\n'), { mapping: PRESALES, period: '2026-Q3' });
    await expect(async () => {
      for await (const _ of reader) void _;
    }).rejects.toMatchObject({ code: 'headerNotFound', params: { missing: '工号, 立项项目数, 中标项目数, 销售目标完成率, 降低成本评分, 项目经理评分 / 销售评分, 重点项目分析评分' } });
  });

  it('needs a period', async () => {
    await expect(readAllInputs(Buffer.from(BAD_PRESALES), { mapping: PRESALES })).rejects.toMatchObject({ code: 'periodMissing' });
  });

  it('refuses duplicated headers', async () => {
    const csv = '工号,工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\n';
    await expect(readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: 'x' })).rejects.toMatchObject({ code: 'ambiguousHeader' });
  });

  it('names a missing file', async () => {
    await expect(readAllInputs('/nonexistent/考核.csv', { mapping: PRESALES })).rejects.toMatchObject({ code: 'sourceUnreadable' });
  });

  it('refuses old .xls files', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readAllInputs(xls, { mapping: PRESALES })).rejects.toMatchObject({ code: 'legacyWorkbook' });
  });

  it('tells an old .xls renamed .xlsx by its first bytes, with what to do instead of a zip error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-xls-'));
    try {
      const file = join(dir, '考核.xlsx');
      writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      const error = await readAllInputs(file, { mapping: PRESALES }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'legacyWorkbook', messages: { en: expect.stringContaining('save it as .xlsx') } });
      expect((error as { messages: { 'zh-CN': string } }).messages['zh-CN']).toContain('另存为 .xlsx');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the header as the sheet writes it when a required cell is empty', async () => {
    // P3 has one rater, so its cell is required (P4's raters may each be left empty: see optionalRaters.test.ts).
    const csv = '工号,立项项目数,中标项目数,销售目标完成率,P3 评分,项目经理评分,P4 销售,重点项目分析评分\nE1,10,6,95%,,9,8,9\n';
    const { report } = await readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    const [issue] = report.rejected[0]!.issues;
    expect([issue!.column, issue!.header, issue!.reason.code]).toEqual(['E', 'P3 评分', 'emptyCell']);
    expect(issue!.message).toEqual({
      'zh-CN': '“P3 评分”列的单元格为空，此列必须填写。',
      en: 'The cell under "P3 评分" is empty, and this column needs a value.',
    });
  });
});

describe('readInputs: cells right of the last header', () => {
  it('reports each one that is not blank, with its row and column, and still uses the row', async () => {
    const csv = '工号,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分\nE1,10,6,95%,8,9,8,9,,\nE2,10,6,95%,8,9,8,9,,已离职\n';
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { mapping: PRESALES, period: '2026-Q3' });
    expect(inputs.map((i) => i.subject)).toEqual(['E1', 'E2']);
    expect(report.rejected).toEqual([]);
    expect(report.warnings.map((w) => [w.row, w.column, w.value, w.reason.code, w.message.en])).toEqual([
      [3, 'J', '已离职', 'cellWithoutHeader', 'Column J has no header, so no column of the mapping reads this cell; its value "已离职" is left out.'],
    ]);
  });
});
