import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource, type RawCell } from '@kaohe/adapters';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-template-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRESALES = 'tech-support-center/presales-engineer';

/** The sheets of a workbook with their first rows, as the adapters read them. */
async function sheets(file: string): Promise<Array<{ name: string; rows: RawCell[][] }>> {
  const out: Array<{ name: string; rows: RawCell[][] }> = [];
  for await (const sheet of openSource(file)) {
    const rows: RawCell[][] = [];
    for await (const batch of sheet.batches) for (const row of batch) rows.push([...row.cells]);
    out.push({ name: sheet.name, rows });
  }
  return out;
}

describe('kaohe presets show', () => {
  it('lists the sheet headers the mapping reads, in Chinese and English, required or optional', async () => {
    const { code, stdout } = await run('presets', 'show', PRESALES);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const at = lines.indexOf('Sheet headers (the first is what the template writes; the others are read too):');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toBe('sheet 考核表 / Appraisal');
    const rows = lines.slice(at + 5, at + 15).map((line) => line.split(/\s{2,}/).slice(0, 4));
    expect(rows).toEqual([
      ['A', '工号', 'Employee ID', 'required'],
      ['B', '姓名', 'Name', 'optional'],
      ['C', '考核期间', 'Period', 'optional'],
      ['D', '立项项目数', 'Projects approved', 'required'],
      ['E', '中标项目数', 'Projects won', 'required'],
      ['F', '销售目标完成率', 'Sales target achievement', 'required'],
      ['G', '降低成本评分', 'Cost reduction (P3)', 'required'],
      ['H', '项目经理评分', 'P4 project manager', 'optional'],
      ['I', '销售评分', 'P4 sales', 'optional'],
      ['J', '重点项目分析评分', 'Key project analysis (P5)', 'required'],
    ]);
    const zh = await run('presets', 'show', PRESALES, '--locale', 'zh-CN');
    expect(zh.stdout).toContain('表头(第一个为模板所写的表头,其余也可识别):');
    expect(zh.stdout).toMatch(/A +工号 +Employee ID +必填 +员工编号, 员工工号, Staff ID, subject/);
  });
});

describe('kaohe template', () => {
  it('writes the workbook of a preset, whose sample row appraises as it is', async () => {
    const out = join(dir, 'presales.xlsx');
    const { code, stdout } = await run('template', PRESALES, '--out', out, '--locale', 'zh-CN');
    expect(code).toBe(0);
    expect(stdout).toBe(`已写出 ${out}:每个考核对象填一行,然后运行:kaohe appraise --preset ${PRESALES} --input ${out}\n`);
    const [data, notes] = await sheets(out);
    expect([data?.name, notes?.name]).toEqual(['考核表', '填写说明']);
    expect(data?.rows[0]).toEqual(['工号', '姓名', '考核期间', '立项项目数', '中标项目数', '销售目标完成率', '降低成本评分', '项目经理评分', '销售评分', '重点项目分析评分']);
    expect(data?.rows[1]?.slice(0, 3)).toEqual(['E001', '张三', '2026-Q3']);
    const appraised = await run('appraise', '--preset', PRESALES, '--input', out);
    expect(appraised.code).toBe(0);
    expect((JSON.parse(appraised.stdout) as { results: Array<{ subject: string }> }).results.map((r) => r.subject)).toEqual(['E001']);
  });

  it('writes English headers with --locale en, and the sample period of the scheme\'s kind', async () => {
    const out = join(dir, 'ops.xlsx');
    expect((await run('template', '--preset', 'ops-department/ops-manager', '--out', out, '--locale', 'en')).code).toBe(0);
    const [data, notes] = await sheets(out);
    expect([data?.name, notes?.name]).toEqual(['Appraisal', 'Notes']);
    expect(data?.rows[0]?.slice(0, 3)).toEqual(['Employee ID', 'Name', 'Period']);
    expect(data?.rows[1]?.[2]).toBe('2026');
  });

  it('writes the headers of a mapping of one\'s own with --mapping, and says to appraise with it', async () => {
    const mapping = join(dir, 'mine.json');
    writeFileSync(mapping, JSON.stringify({
      schemaVersion: 1,
      id: 'mine',
      tables: [{ id: 't', mode: 'perSubject', sheets: ['季度'], columns: [
        { to: 'subject', headers: ['员工号', 'ID'] },
        { to: 'projectsApproved', headers: ['立项', 'Approved'], type: 'integer' },
      ] }],
    }));
    const out = join(dir, 'mine.xlsx');
    const { code, stdout } = await run('template', PRESALES, '--mapping', mapping, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`kaohe appraise --preset ${PRESALES} --input ${out} --mapping ${mapping}`);
    const [data] = await sheets(out);
    expect([data?.name, data?.rows[0]]).toEqual(['季度', ['ID', 'Approved']]);
  });

  it('says what is missing or wrong on its command line', async () => {
    expect((await run('template', PRESALES)).stderr).toBe('kaohe: give --out <sheet.xlsx>\n');
    expect((await run('template', PRESALES, '--out', 'x.csv')).stderr).toBe('kaohe: --out x.csv: a template is an .xlsx workbook: give a file ending in .xlsx\n');
    expect((await run('template', '--out', 'x.xlsx')).stderr).toBe('kaohe: give --preset <id> or --scheme <file>\n');
    const regime = await run('template', 'broadband-field-ops/technician', '--out', join(dir, 'r.xlsx'));
    expect(regime.code).toBe(1);
    expect(regime.stderr).toContain('is not a scorecard');
  });
});
