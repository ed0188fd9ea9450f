import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runBuilt } from './testKit';

/**
 * Example K (SCHEMES.md) from every service desk `--tickets` reads, run as a process over the
 * adapters' fixtures: October alone gives 1.50 points and 150.00 CNY, and with the August and
 * September results as history the rolling threshold dismisses.
 */
const ZD = 'examples/tickets/zendesk';
const T = 'packages/adapters/fixtures/tickets';
const SOURCES = [
  ['zendesk', `${ZD}/export-2026-10.json`],
  ['jira', `${T}/jira/example-k-2026-10.json`],
  ['servicenow', `${T}/servicenow/example-k-2026-10.json`],
  ['sheet', `${T}/sheet/example-k-2026-10.csv`],
] as const;

const october = (source: string, input: string): string[] => ['appraise', '--preset', 'broadband-field-ops/technician', '--tickets', source, '--input', input, '--facts', `${ZD}/breaches-2026-10.json`, '--org', 'examples/orgs/broadband-field-ops.json', '--period', '2026-10', '--format', 'jsonl'];
const first = (stdout: string): Record<string, unknown> => JSON.parse(stdout.split('\n')[0] ?? '{}') as Record<string, unknown>;

describe('kaohe appraise --tickets: Example K from every service desk', () => {
  it.each(SOURCES)('%s: 1.50 points and 150.00 CNY; with August and September, dismissal', async (source, input) => {
    const alone = await runBuilt('.', ...october(source, input));
    expect(alone.code, alone.stderr).toBe(0);
    expect(first(alone.stdout)).toMatchObject({ type: 'result', subject: 'T-001', points: '1.50', fine: { total: '150.00' }, outcome: 'none' });
    const chained = await runBuilt('.', ...october(source, input), '--history', `${ZD}/results-2026-08.jsonl`, `${ZD}/results-2026-09.jsonl`);
    expect(chained.code, chained.stderr).toBe(0);
    expect(first(chained.stdout)).toMatchObject({ subject: 'T-001', points: '1.50', outcome: 'dismissal' });
  }, 60_000);
});

describe('kaohe appraise --tickets: on-time counts at the end of the period', () => {
  // 2026-Q4 ends 2027-01-01 00:00 in Asia/Shanghai; limits are 4 hours (一级), 8 (二级) and 24 (三级)
  const sheet = [
    '工单号,故障等级,派单时间,完成时间,签回时间,主管工号,处理人工号',
    'S1,一级,2026-12-01 09:00,2026-12-01 12:00,2026-12-01 13:00,M-01,E-01',
    'S2,二级,2026-12-02 09:00,2026-12-02 18:00,2026-12-02 19:00,M-01,E-01',
    'S3,三级,2026-12-31 20:00,,,M-01,E-02',
    'S4,一级,2026-12-31 10:00,,,M-01,E-02',
  ];
  const others = { subject: 'M-01', facts: { customerSatisfaction: 1, midLevelEngineersTrained: 2, formNonconformities: 0, stockNonconformities: 0, customerComplaints: 0 } };

  it('leaves out a ticket still open within its limit and counts one open past it late: A2 30 × 1/3', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kaohe-on-time-'));
    try {
      await writeFile(join(dir, 'tickets.csv'), `${sheet.join('\n')}\n`);
      await writeFile(join(dir, 'facts.json'), JSON.stringify(others));
      const { code, stdout, stderr } = await run('appraise', '--preset', 'tech-support-center/after-sales-supervisor', '--tickets', 'sheet', '--input', join(dir, 'tickets.csv'), '--facts', join(dir, 'facts.json'), '--period', '2026-Q4', '--format', 'jsonl');
      expect(code, stderr).toBe(0);
      const result = JSON.parse(stdout.split('\n')[0] ?? '{}') as { items: Array<{ id: string; points: string; lines: Array<{ facts: unknown }> }> };
      const a2 = result.items.find((i) => i.id === 'A2');
      expect(a2?.lines[0]?.facts).toEqual({ ticketsOnTime: '1', ticketsTotal: '3' });
      expect(a2?.points).toBe('10.00');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('kaohe appraise --tickets sheet: a ticket that cannot be used points to its row', () => {
  it('is a rejected line at the row the ticket first appears on; a warning at its ticket\'s first row', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kaohe-sheet-rows-'));
    try {
      const sheet = [
        '工单号,故障等级,派单时间,完成时间,主管工号',
        'S1,一级,2026-12-01 09:00,2026-12-01 12:00,M-01',
        'S2,四级,2026-12-02 09:00,2026-12-02 10:00,M-01',
        'S3,二级,2026-12-03 09:00,2026-12-03 10:00,M-01',
        'S3,二级,2026-12-03 09:00,2026-12-04 10:00,M-01',
      ];
      await writeFile(join(dir, 'tickets.csv'), `${sheet.join('\n')}\n`);
      const { stdout } = await run('appraise', '--preset', 'tech-support-center/after-sales-supervisor', '--tickets', 'sheet', '--input', join(dir, 'tickets.csv'), '--period', '2026-Q4', '--format', 'jsonl');
      const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.filter((l) => l['type'] === 'rejected').map((l) => [l['record'], l['row']])).toEqual([['S2', 3]]);
      expect(lines.filter((l) => l['type'] === 'warning' && l['code'] === 'ticketReopened').map((l) => [l['record'], l['row']])).toEqual([['S3', 4]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
