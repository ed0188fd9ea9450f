import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResultsWorkbook } from '@kaohe/adapters';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuilt } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built `kaohe` as a process in an example's folder, as its README does. */
const kaohe = (example: string, ...argv: string[]): ReturnType<typeof runBuilt> => runBuilt(join('examples', example), ...argv);

type Line = Record<string, unknown> & { type: string };
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

describe('example: tickets/zendesk (SCHEMES.md Example K from a Zendesk export)', () => {
  const october = ['appraise', '--preset', 'broadband-field-ops/technician', '--tickets', 'zendesk', '--input', 'export-2026-10.json', '--facts', 'breaches-2026-10.json', '--org', '../../orgs/broadband-field-ops.json', '--period', '2026-10'];

  it('October alone: 1.50 points and 150.00 CNY, below the thresholds', async () => {
    const { code, stdout } = await kaohe('tickets/zendesk', ...october, '--format', 'jsonl');
    expect(code).toBe(0);
    const [result, ...rest] = lines(stdout);
    expect(result).toMatchObject({ type: 'result', subject: 'T-001', points: '1.50', fine: { total: '150.00' }, outcome: 'none' });
    // the export's on-site times carry no zone: read in the profile's, and said so
    expect(rest.slice(0, -1).map((l) => [l.type, l['code'], l['record'], l['subject']])).toEqual(['1001', '1002', '1003'].map((t) => ['warning', 'ticketZoneAssumed', t, 'T-001']));
    expect(rest.at(-1)).toEqual({ type: 'summary', read: 3, appraised: 1, rejected: 0, errors: 0, blank: 0, warnings: 3 });
  });

  it('with the August and September results as --history: 3.00 over three months, dismissal', async () => {
    const { code, stdout, stderr } = await kaohe('tickets/zendesk', ...october, '--history', 'results-2026-08.jsonl', 'results-2026-09.jsonl', '--format', 'json');
    expect(code).toBe(0);
    const [k] = (JSON.parse(stdout) as { results: Array<{ points: string; outcome: string; sanctions: Array<{ id: string; threshold: string; value: string }>; windows: Array<{ threshold: string; months: unknown[] }> }> }).results;
    expect(k?.points).toBe('1.50');
    expect(k?.sanctions.map((s) => [s.id, s.threshold, s.value])).toEqual([['dismissal', 'rolling-points', '3.00']]);
    expect(k?.outcome).toBe('dismissal');
    expect(k?.windows.find((w) => w.threshold === 'rolling-points')?.months).toEqual([
      { month: '2026-08', value: '0.50', source: 'history' },
      { month: '2026-09', value: '1.00', source: 'history' },
      { month: '2026-10', value: '1.50', source: 'period' },
    ]);
    // the on-site times written without a zone are listed by ticket
    expect(stderr).toContain('Ticket 1002: "2026-10-08 15:30" (custom_fields[360000000002]) has no time zone; read in Asia/Shanghai');
  });

  it('a gap in the months of --history is refused, naming the month', async () => {
    const { code, stderr } = await kaohe('tickets/zendesk', ...october, '--history', 'results-2026-08.jsonl');
    expect(code).toBe(1);
    expect(stderr).toBe('kaohe: --history: the results given cover 2026-08 but not 2026-09: give the results of every period from the earliest one to the one before 2026-10, or the rolling thresholds and grade streaks would read 2026-09 as empty\n');
  });

  it('writes the results workbook, and reads it back as history', async () => {
    const workbook = join(dir, 'results-2026-09.xlsx');
    const september = await kaohe('tickets/zendesk', 'appraise', '--preset', 'broadband-field-ops/technician', '--input', 'orders-2026-09.json', '--out', workbook, '--format', 'table');
    expect(september.code).toBe(0);
    const [sheet] = await readResultsWorkbook(workbook);
    expect(sheet?.rows.map((r) => [r.subject, r.period, r.points])).toEqual([['T-001', '2026-09', '1.00']]);
    const { code, stdout } = await kaohe('tickets/zendesk', ...october, '--history', 'results-2026-08.jsonl', workbook, '--format', 'table');
    expect(code).toBe(0);
    expect(stdout).toMatch(/T-001\s+1\.50\s+150\.00\s+dismissal/);
  }, 120_000);
});

describe('example: crm/salesforce (SCHEMES.md Examples H, I and J from Salesforce opportunities)', () => {
  const crm = (scheme: string): string[] => ['appraise', '--preset', `tech-department/${scheme}-project`, '--crm', 'salesforce', '--input', 'opportunities.json', '--stage-history', 'opportunity-field-history.json', '--ratings', `ratings-${scheme}.csv`, '--period', '2026-Q3'];
  type Project = { subject: string; total: string; grade: { id: string }; bonus: { final: string } };

  it.each([
    ['presales', 'PRJ-2026-001', '83.00', 'B', '9680.00'],
    ['implementation', 'PRJ-2026-002', '81.00', 'B', '8640.00'],
    ['after-sales', 'PRJ-2025-017', '92.00', 'A', '1250.00'],
  ])('%s: the project in that phase gives its example\'s grade and bonus; the others are listed as not ready', async (scheme, subject, total, grade, final) => {
    const { code, stdout, stderr } = await kaohe('crm/salesforce', ...crm(scheme), '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { results: Project[]; warnings: Array<{ code: string; record: string }> };
    expect(out.results.map((r) => [r.subject, r.total, r.grade.id, r.bonus.final])).toEqual([[subject, total, grade, final]]);
    expect(out.warnings.map((w) => w.code)).toEqual(['crmNotReady', 'crmNotReady']);
    expect(stderr).toContain('opportunities.json: 3 record(s) read: 1 used, 0 left out');
  });

  it('reads the grades of earlier quarters from --history into the grade streak', async () => {
    const b = await kaohe('crm/salesforce', ...crm('implementation'), '--history', 'earlier-implementation.jsonl', '--format', 'jsonl');
    expect(lines(b.stdout)[0]).toMatchObject({ subject: 'PRJ-2026-002', grade: { id: 'B' }, sanction: null });
    // the same project rated low this quarter: D after D and D is the streak that sanctions
    const low = join(dir, 'ratings-low.csv');
    writeFileSync(low, '工号,工程质量(自评),工程质量(销售代表),工程质量(上级考核)\nPRJ-2026-002,10,10,10\n');
    const args = crm('implementation').map((a) => (a === 'ratings-implementation.csv' ? low : a));
    const without = await kaohe('crm/salesforce', ...args, '--format', 'jsonl');
    expect(lines(without.stdout)[0]).toMatchObject({ grade: { id: 'D' }, sanction: null });
    const { code, stdout } = await kaohe('crm/salesforce', ...args, '--history', 'earlier-implementation.jsonl', '--format', 'jsonl');
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toMatchObject({ grade: { id: 'D' }, sanction: { id: 'noLongerProjectManager', streak: 3, grades: ['D', 'D', 'D'] } });
  });
});
