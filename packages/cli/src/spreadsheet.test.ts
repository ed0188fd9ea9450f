import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readResultsWorkbook } from '@kaohe/adapters';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kaohe-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    cwd: root,
  });
  return { code, stdout, stderr };
}

interface JsonOut {
  results: Array<{ subject: string; total: string; band: { id: string } | null; items: Array<{ id: string; points: string }> }>;
  rejected?: Array<{ sheet: string; row: number; subject: string | null; cells: Array<{ column: string; header: string; code: string; message: string }> }>;
}

const brief = (out: JsonOut): unknown => out.results.map((r) => [r.subject, r.total, r.band?.id, r.items.map((i) => i.points)]);
const NETWORK = 'tech-support-center/network-ops-supervisor';
const PRESALES = 'tech-support-center/presales-engineer';

describe('kaohe appraise with spreadsheets', () => {
  it('appraises the LibreOffice workbook as the equivalent JSON input', async () => {
    const fromJson = await run(['appraise', '--preset', NETWORK, '--input', 'examples/spreadsheets/network-ops-supervisor.inputs.json']);
    const fromXlsx = await run(['appraise', '--preset', NETWORK, '--input', 'packages/adapters/fixtures/network-ops-supervisor.xlsx']);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stderr).toBe('');
    const out = JSON.parse(fromXlsx.stdout) as JsonOut;
    expect(out.rejected).toBeUndefined();
    expect(brief(out)).toEqual(brief(JSON.parse(fromJson.stdout) as JsonOut));
    expect(out.results[0]?.total).toBe('90.00');
  });

  it('appraises a GBK CSV with --period as the equivalent JSON input', async () => {
    const fromJson = await run(['appraise', '--preset', PRESALES, '--input', 'examples/spreadsheets/presales-engineer.inputs.json']);
    const fromCsv = await run(['appraise', '--preset', PRESALES, '--input', 'packages/adapters/fixtures/presales-engineer.gbk.csv', '--period', '2026-Q3']);
    expect(fromCsv.code).toBe(0);
    expect(brief(JSON.parse(fromCsv.stdout) as JsonOut)).toEqual(brief(JSON.parse(fromJson.stdout) as JsonOut));
  });

  it('lists rejected rows on stderr and under "rejected", appraises the others, and exits 1', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '工号,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分\nE1,10,6,95%,8,9,8,9\nE2,十,4,85%,7,8,7.5,11\n');
    const { code, stdout, stderr } = await run(['appraise', '--preset', PRESALES, '--input', file, '--period', '2026-Q3', '--locale', 'zh-CN']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as JsonOut;
    expect(out.results.map((r) => [r.subject, r.total])).toEqual([['E1', '90.14']]);
    expect(out.rejected?.map((r) => [r.sheet, r.row, r.subject, r.cells.map((c) => [c.column, c.header, c.code])])).toEqual([
      ['bad', 3, 'E2', [['B', '立项项目数', 'notANumber'], ['H', '重点项目分析评分', 'aboveMaximum']]],
    ]);
    expect(stderr).toContain('bad!B3 (立项项目数): “十”不是数字');
    expect(stderr).toContain('bad!H3 (重点项目分析评分)');
    expect(stderr).toContain('1 行无法使用');
  });

  it('says that a file with only its header holds no subject, and exits 1', async () => {
    const file = join(dir, 'header-only.csv');
    writeFileSync(file, '工号,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分\n');
    const { code, stdout, stderr } = await run(['appraise', '--preset', PRESALES, '--input', file, '--period', '2026-Q3']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ results: [] });
    expect(stderr).toContain('header-only.csv: no subject found');
    expect(stderr).toContain('0 row(s) under the header: 0 used, 0 rejected, 0 blank');
  });

  it('counts blank rows in the summary, so that read = used + rejected + blank, and names cells without a header', async () => {
    const file = join(dir, 'blank.csv');
    const header = '工号,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分';
    writeFileSync(file, `${header}\nE1,10,6,95%,8,9,8,9\n,,,,,,,\nE2,十,4,85%,7,8,7.5,9\n\nE3,10,6,95%,8,9,8,9,,备注\n`);
    const { code, stdout, stderr } = await run(['appraise', '--preset', PRESALES, '--input', file, '--period', '2026-Q3']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as JsonOut & { warnings?: Array<{ row: number; column: string; value: string; code: string }> };
    expect(out.results.map((r) => r.subject)).toEqual(['E1', 'E3']);
    expect(out.warnings?.map((w) => [w.row, w.column, w.value, w.code])).toEqual([[6, 'J', '备注', 'cellWithoutHeader']]);
    expect(stderr).toContain('blank!J6: Column J has no header');
    expect(stderr).toContain('blank.csv: 5 row(s) under the header: 2 used, 1 rejected, 2 blank');
  });

  it('names a file that cannot be used and exits 1', async () => {
    const file = join(dir, 'nothing.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const { code, stderr } = await run(['appraise', '--preset', PRESALES, '--input', file, '--period', '2026-Q3']);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing.csv: No header row found');
  });

  it('takes a mapping with --mapping', async () => {
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({
      schemaVersion: 1,
      id: 'mine',
      tables: [{ id: 't', mode: 'perSubject', columns: [
        { to: 'subject', headers: ['ID'] },
        { to: 'projectsApproved', headers: ['A'], type: 'integer' },
        { to: 'projectsWon', headers: ['W'], type: 'integer' },
        { to: 'salesTargetAchievement', headers: ['S'], type: 'decimal' },
        { to: 'ratings.P3', headers: ['P3'], type: 'decimal' },
        { to: 'ratings.P4.projectManager', headers: ['PM'], type: 'decimal' },
        { to: 'ratings.P4.sales', headers: ['SA'], type: 'decimal' },
        { to: 'ratings.P5', headers: ['P5'], type: 'decimal' },
      ] }],
    }));
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'ID,A,W,S,P3,PM,SA,P5\nE1,10,6,0.95,8,9,8,9\n');
    const { code, stdout } = await run(['appraise', '--preset', PRESALES, '--input', file, '--mapping', mapping, '--period', '2026-Q3']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonOut).results[0]?.total).toBe('90.14');
  });

  it('writes the results workbook with --out, which reads back with the same figures', async () => {
    const out = join(dir, 'results.xlsx');
    const { code, stdout } = await run(['appraise', '--preset', NETWORK, '--input', 'packages/adapters/fixtures/network-ops-supervisor.xlsx', '--out', out, '--locale', 'zh-CN']);
    expect(code).toBe(0);
    const results = (JSON.parse(stdout) as JsonOut).results;
    const [sheet] = await readResultsWorkbook(readFileSync(out));
    expect(sheet?.rows.map((r) => [r.subject, r.total, Object.values(r.items)])).toEqual(results.map((r) => [r.subject, r.total, r.items.map((i) => i.points)]));
  });

  it('shows progress on a terminal for a large file, and nothing when stderr is not a terminal', async () => {
    const file = join(dir, 'outages.csv');
    const lines = ['工号,发生时间,影响用户数,故障恢复时长(分钟),是否本方责任'];
    for (let i = 0; i < 40_000; i++) lines.push(`E${i % 50},2026/7/${1 + (i % 28)} ${i % 24}:${String(i % 60).padStart(2, '0')},${i % 3},${i % 40},是`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const onTerminal = await run(['appraise', '--preset', NETWORK, '--input', file, '--period', '2026-Q3'], true);
    const piped = await run(['appraise', '--preset', NETWORK, '--input', file, '--period', '2026-Q3'], false);
    // An events file alone lacks the subjects' other facts: the subjects are named on stderr (exit 1), after the progress line.
    expect(onTerminal.stderr).toMatch(/^\rreading .*outages\.csv: [\d,]+ rows/);
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr).not.toContain('reading');
    expect(onTerminal.stdout).toBe(piped.stdout);
  });
});
