import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import { afterAll, describe, expect, it } from 'vitest';
import { DUCKDB_MEMORY_LIMIT, duckdbRows } from './duckdbRows';
import { duckdbTicketOrders } from './duckdbTicketOrders';
import { ticketEventOrders } from './ticketEventOrders';
import { ticketOrdersSql } from './ticketOrdersSql';
import { ticketProfile } from './ticketProfiles';

const profile = ticketProfile('sheet', 'broadband-field-ops/technician');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-ticket-orders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const M = 60_000;
const H = 60 * M;
const local = (wall: string): number => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);

type Row = readonly [string, string, string, string, number | '', string];
function writeEvents(name: string, rows: readonly Row[], header = 'ticket_id,subject,class,step,at,agent'): string {
  const file = join(dir, name);
  writeFileSync(file, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
  return file;
}

/** SCHEMES.md Example K as ticket events, rows out of time order, the agent on some rows only. */
const exampleK: Row[] = [
  ['GD3', 'T-001', '报装', 'completedAt', local('2026-10-13 09:00'), ''],
  ['GD1', 'T-001', '报修', 'dispatchedAt', local('2026-10-08 09:00'), 'CS-07'],
  ['GD2', 'T-001', '报修', 'dispatchedAt', local('2026-10-08 14:00'), 'CS-07'],
  ['GD1', 'T-001', '报修', 'contactedAt', local('2026-10-08 09:07'), ''],
  ['GD1', 'T-001', '报修', 'onSiteAt', local('2026-10-08 09:50'), ''],
  ['GD1', 'T-001', '报修', 'completedAt', local('2026-10-08 10:30'), ''],
  ['GD2', 'T-001', '报修', 'contactedAt', local('2026-10-08 14:12'), ''],
  ['GD2', 'T-001', '报修', 'onSiteAt', local('2026-10-08 15:30'), ''],
  ['GD2', 'T-001', '报修', 'completedAt', local('2026-10-08 16:00'), ''],
  ['GD3', 'T-001', '报装', 'dispatchedAt', local('2026-10-10 10:00'), 'CS-07'],
  ['GD3', 'T-001', '报装', 'contactedAt', local('2026-10-10 10:05'), ''],
  ['GD3', 'T-001', '报装', 'onSiteAt', local('2026-10-10 10:45'), ''],
];

/** Tickets that need a look, as {@link ticketOrders} treats them. */
const edges: Row[] = [
  ['E1', 'T-002', '报修', 'dispatchedAt', local('2026-10-20 10:00'), ''], // reopened: the last completion counts
  ['E1', 'T-002', '报修', 'completedAt', local('2026-10-20 12:00'), ''],
  ['E1', 'T-002', '报修', 'completedAt', local('2026-10-21 09:00'), ''],
  ['E2', 'T-002', '咨询', 'dispatchedAt', local('2026-10-20 10:00'), ''], // unmapped class: left out
  ['E3', 'T-002', '报修', 'contactedAt', local('2026-10-20 10:00'), ''], // no dispatch: left out
  ['E4', 'T-002', '报修', 'dispatchedAt', local('2026-10-20 10:00'), ''], // contact before dispatch: left out
  ['E4', 'T-002', '报修', 'contactedAt', local('2026-10-20 09:59'), ''],
  ['E5', '', '报修', 'dispatchedAt', local('2026-10-20 10:00'), ''], // no subject: left out
  ['E6', 'T-002', '报修', 'dispatchedAt', local('2026-10-20 08:00'), 'CS-09'], // an empty time is no time
  ['E6', 'T-002', '报修', 'onSiteAt', '', ''],
];

describe('ticket events to the technician\'s orders: streaming and SQL', () => {
  it('streams Example K into T-001\'s orders, which give 1.50 points and 150.00 CNY', async () => {
    const facts = await ticketEventOrders(writeEvents('k.csv', exampleK), profile);
    const orders = facts.get('T-001')?.['orders'];
    expect(orders?.map((o) => o['id'])).toEqual(['GD1', 'GD2', 'GD3']);
    expect(orders?.[0]).toEqual({ id: 'GD1', kind: 'repair', dispatchedAt: '2026-10-08T01:00:00Z', contactedAt: '2026-10-08T01:07:00Z', onSiteAt: '2026-10-08T01:50:00Z', completedAt: '2026-10-08T02:30:00Z', agent: 'CS-07' });
    const breaches = [{ at: '2026-10-10T10:45:00+08:00', kind: 'appearance' }];
    const result = appraiseRegime(compileRegime(technician), { subject: 'T-001', period: '2026-10', facts: { ...facts.get('T-001'), breaches } });
    expect([result.points, result.fine.total]).toEqual(['1.50', '150.00']);
  });

  it('treats each ticket that needs a look as the readers do', async () => {
    const orders = (await ticketEventOrders(writeEvents('edges.csv', edges), profile)).get('T-002')?.['orders'];
    expect(orders).toEqual([
      { id: 'E6', kind: 'repair', dispatchedAt: '2026-10-20T00:00:00Z', agent: 'CS-09' },
      { id: 'E1', kind: 'repair', dispatchedAt: '2026-10-20T02:00:00Z', completedAt: '2026-10-21T01:00:00Z' },
    ]);
  });

  it('the SQL on DuckDB gives the same orders per subject, from a file with the agent column and one without', async () => {
    const file = writeEvents('all.csv', [...exampleK, ...edges, ...generated()]);
    const streamed = await ticketEventOrders(file, profile);
    expect(streamed.size).toBe(22);
    expect(await duckdbTicketOrders(file, profile)).toEqual(streamed);
    const bare = writeEvents('no-agent.csv', exampleK.map((r) => r.slice(0, 5) as unknown as Row), 'ticket_id,subject,class,step,at');
    const without = await ticketEventOrders(bare, profile);
    expect(without.get('T-001')?.['orders']?.every((o) => !('agent' in o))).toBe(true);
    expect(await duckdbTicketOrders(bare, profile)).toEqual(without);
  });

  it('writes the SQL without DuckDB-only syntax, one row per usable ticket', () => {
    const sql = ticketOrdersSql(profile);
    expect(sql).toContain('MAX(CASE WHEN e.step = \'completedAt\' THEN e.at END) AS "step_completedAt"');
    expect(sql).toContain('MIN(e."agent") AS "person_agent"');
    expect(sql).toContain('AND (t."step_contactedAt" IS NULL OR t."step_contactedAt" >= t."step_dispatchedAt")');
    expect(sql).not.toMatch(/read_csv|read_parquet|::|QUALIFY|EXCLUDE/);
    expect(() => ticketOrdersSql(ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'))).toThrow(/on-time counts, not orders/);
  });

  it('caps DuckDB\'s memory and threads, by default and as asked', async () => {
    const file = writeEvents('cap.csv', exampleK);
    const settings = "SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t";
    const [byDefault] = await duckdbRows(file, settings, {}, []);
    expect(DUCKDB_MEMORY_LIMIT).toBe('128MB');
    // DuckDB shows the cap in binary units: 128 MB is 122.0 MiB
    expect(byDefault).toEqual({ m: '122.0 MiB', t: 1n });
    const [asked] = await duckdbRows(file, settings, { memoryLimit: '1GB', threads: 1 }, []);
    expect(asked).toEqual({ m: '953.6 MiB', t: 1n });
  });
});

/** A few thousand events over twenty technicians, every case above mixed in, in a fixed pseudo-random order. */
function generated(): Row[] {
  const rows: Row[] = [];
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    // the high bits: the low ones of this generator repeat with a short period
    return Math.floor(seed / 65_536) % n;
  };
  const kinds = ['报修', '报装', '续费', '咨询'];
  const steps = ['contactedAt', 'onSiteAt', 'completedAt'];
  for (let i = 0; i < 800; i++) {
    const subject = `T-${String(100 + next(20))}`;
    const kind = kinds[next(4)] as string;
    const start = local('2026-10-01 08:00') + next(30 * 24) * H;
    const agent = next(3) ? `CS-${next(9)}` : '';
    if (next(15) > 0) rows.push([`G${i}`, subject, kind, 'dispatchedAt', start, agent]);
    for (const step of steps) for (let k = next(3); k > 0; k--) rows.push([`G${i}`, subject, kind, step, start + (next(600) - 5) * M, '']);
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [rows[i], rows[j]] = [rows[j] as Row, rows[i] as Row];
  }
  return rows;
}
