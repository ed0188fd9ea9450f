import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource, rawCellText, readResultsWorkbook } from '@kaohe/adapters';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRESALES = 'tech-support-center/presales-engineer';
const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5';
/** Two good rows, a row with a formula-like bad cell, a blank row, a row whose P3 is out of range, and a good one. */
const MIXED = [HEADER, 'E1,10,6,95%,8,9,8,9', 'E2,=1+1,6,95%,8,9,8,9', '', 'E3,10,6,95%,11,9,8,9', 'E4,8,3,80%,6,7,7,7'].join('\n');

/** Every sheet of a workbook, by name, as rows of cell texts. */
async function sheetsOf(bytes: Buffer): Promise<Map<string, string[][]>> {
  const sheets = new Map<string, string[][]>();
  for await (const sheet of openSource(bytes, { format: 'xlsx' })) {
    const rows: string[][] = [];
    for await (const batch of sheet.batches) for (const row of batch) rows.push(row.cells.map((c) => rawCellText(c)));
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

describe('kaohe appraise --out results.xlsx', () => {
  it("writes the scheme's name, outcomes in the workbook's locale, the run's counts and the rejected rows", async () => {
    const csv = join(dir, 'mixed.csv');
    const out = join(dir, 'results.xlsx');
    writeFileSync(csv, MIXED);
    const { code, stdout } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--out', out, '--locale', 'zh-CN');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { results: { subject: string; total: string }[] };
    const bytes = readFileSync(out);
    const [sheet, ...others] = await readResultsWorkbook(bytes);
    expect(others).toEqual([]);
    expect(sheet!.title).toMatch(/^售前技术工程师考核 · tech-support-center\/presales-engineer v1\.0\.0 · sha256:/);
    expect(sheet!.rows.map((r) => [r.subject, r.total])).toEqual(json.results.map((r) => [r.subject, r.total]));
    for (const row of sheet!.rows) expect(row.outcome).toMatch(/[\u4e00-\u9fff]/);
    const sheets = await sheetsOf(bytes);
    expect([...sheets.keys()]).toEqual(['presales-engineer', '概览', '未采用的行']);
    expect(sheets.get('概览')?.slice(1, 3)).toEqual([
      ['读取', '已考核', '未采用', '无法考核'],
      ['5', '2', '2', '0'],
    ]);
    const rejected = sheets.get('未采用的行')?.slice(2) ?? [];
    expect(rejected.map((r) => r.slice(0, 4))).toEqual([
      ['mixed', '3', 'B', '=1+1'],
      ['mixed', '5', 'E', '11'],
    ]);
    expect(rejected.every((r) => (r[4] ?? '').length > 0)).toBe(true);
  });

  it('lists a subject that could not be appraised on the sheet of rejected rows', async () => {
    const input = join(dir, 'two.json');
    const out = join(dir, 'two.xlsx');
    writeFileSync(input, JSON.stringify([{ subject: 'A', period: '2026-Q3', facts: {} }, { subject: 'B', period: '2026-Q3', facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' }, ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 } }]));
    const { code } = await run('appraise', '--preset', PRESALES, '--input', input, '--out', out, '--locale', 'en');
    expect(code).toBe(1);
    const sheets = await sheetsOf(readFileSync(out));
    expect(sheets.get('Summary')?.[2]).toEqual(['2', '1', '0', '1']);
    const [failure] = sheets.get('Rejected rows')?.slice(2) ?? [];
    expect(failure?.slice(0, 2)).toEqual(['', '#1']);
    expect(failure?.[3]).toBe('A');
  });

  it('refuses an extension it would not write, naming those it writes, before reading anything', async () => {
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', join(dir, 'missing.csv'), '--out', join(dir, 'results.ods'), '--locale', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('cannot write a ".ods" file: give a .xlsx, .json or .jsonl file');
  });
});
