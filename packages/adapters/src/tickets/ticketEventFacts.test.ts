import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duckdbTicketFacts } from './duckdbTicketFacts';
import { ticketEventFacts } from './ticketEventFacts';
import { ticketEventsSql } from './ticketEventsSql';
import { ticketProfile } from './ticketProfiles';

const profile = ticketProfile('sheet', 'tech-support-center/after-sales-supervisor');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-ticket-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const H = 3_600_000;
const T0 = Date.UTC(2026, 8, 1, 1);
const UNTIL = '2026-10-01T00:00:00+08:00';

/** Hand-made tickets, rows shuffled out of time order as an export may give them. */
const handRows = [
  ['S1', 'M-01', '一级', 'dispatchedAt', T0], // on time to the limit itself
  ['S1', 'M-01', '一级', 'completedAt', T0 + 4 * H],
  ['S2', 'M-01', '二级', 'completedAt', T0 + 8 * H + 1], // late by 1 ms
  ['S2', 'M-01', '二级', 'dispatchedAt', T0],
  ['S3', 'M-01', '三级', 'dispatchedAt', T0],
  ['S3', 'M-01', '三级', 'completedAt', T0 + 2 * H], // reopened: the last completion counts, late
  ['S3', 'M-01', '三级', 'completedAt', T0 + 30 * H],
  ['S4', 'M-01', '三级', 'dispatchedAt', Date.parse(UNTIL) - H], // open, its limit not past: left out with `until`
  ['S5', 'M-01', '三级', 'dispatchedAt', T0], // open and past its limit: counted, late
  ['S6', 'M-02', '咨询', 'dispatchedAt', T0], // no limit for its class: left out
  ['S6', 'M-02', '咨询', 'completedAt', T0 + H],
  ['S7', 'M-02', '一级', 'dispatchedAt', T0], // completed before dispatch: left out
  ['S7', 'M-02', '一级', 'completedAt', T0 - H],
  ['S8', 'M-02', '一级', 'signedBackAt', T0], // no dispatch: left out
  ['S9', 'M-02', '二级', 'dispatchedAt', T0],
  ['S9', 'M-02', '二级', 'completedAt', T0 + H],
  ['S10', 'M-02', '一级', 'dispatchedAt', ''], // an empty time is no dispatch (not 1970): left out
  ['S10', 'M-02', '一级', 'completedAt', T0 + H],
];

function writeEvents(name: string, rows: ReadonlyArray<readonly (string | number)[]>): string {
  const file = join(dir, name);
  writeFileSync(file, ['ticket_id,subject,class,step,at', ...rows.map((r) => r.join(','))].join('\n') + '\n');
  return file;
}

/** A few thousand generated events with every case above mixed in, in a fixed pseudo-random order. */
function generated(): Array<[string, string, string, string, number]> {
  const rows: Array<[string, string, string, string, number]> = [];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const levels = ['一级', '二级', '三级', '咨询'];
  for (let i = 0; i < 1500; i++) {
    const id = `G${i}`;
    const subject = `M-${String(next(25)).padStart(2, '0')}`;
    const level = levels[next(4)] as string;
    const start = T0 + next(30 * 24) * H;
    if (next(20) > 0) rows.push([id, subject, level, 'dispatchedAt', start]);
    for (let k = next(3); k > 0; k--) rows.push([id, subject, level, 'completedAt', start + (next(40) - 2) * H]);
    if (next(2)) rows.push([id, subject, level, 'signedBackAt', start + next(48) * H]);
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [rows[i], rows[j]] = [rows[j] as (typeof rows)[number], rows[i] as (typeof rows)[number]];
  }
  return rows;
}

describe('ticket events to on-time counts: streaming and SQL', () => {
  const hand = writeEvents('hand.csv', handRows);

  it('streams the hand-made tickets to the counts worked out by hand', async () => {
    const counts = await ticketEventFacts(hand, profile, { until: UNTIL });
    expect(Object.fromEntries(counts)).toEqual({ 'M-01': { ticketsOnTime: 1, ticketsTotal: 4 }, 'M-02': { ticketsOnTime: 1, ticketsTotal: 1 } });
    expect((await ticketEventFacts(hand, profile)).get('M-01')).toEqual({ ticketsOnTime: 1, ticketsTotal: 5 });
  });

  it('the SQL on DuckDB gives the same counts, per subject, from CSV and from Parquet', async () => {
    for (const until of [UNTIL, undefined]) {
      const options = until === undefined ? {} : { until };
      const streamed = await ticketEventFacts(hand, profile, options);
      expect(await duckdbTicketFacts(hand, profile, options)).toEqual(streamed);
    }
    const file = writeEvents('generated.csv', generated());
    const streamed = await ticketEventFacts(file, profile, { until: UNTIL });
    expect(streamed.size).toBe(25);
    const parquet = join(dir, 'generated.parquet');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${file}', header = true, columns = {'ticket_id': 'VARCHAR', 'subject': 'VARCHAR', 'class': 'VARCHAR', 'step': 'VARCHAR', 'at': 'BIGINT'})) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    db.closeSync();
    expect(await duckdbTicketFacts(file, profile, { until: UNTIL })).toEqual(streamed);
    expect(await duckdbTicketFacts(parquet, profile, { until: UNTIL })).toEqual(streamed);
  });

  it('writes the aggregation without DuckDB-only syntax: a table ticket_events, VALUES, CASE, MIN/MAX, GROUP BY', () => {
    const sql = ticketEventsSql(profile, { until: UNTIL });
    expect(sql).toContain('FROM ticket_events e');
    expect(sql).toContain("JOIN (VALUES ('重大故障', 14400000)");
    expect(sql).toContain("MAX(CASE WHEN e.step = 'completedAt' THEN e.at END) AS end_at");
    expect(sql).toContain(`WHERE NOT (end_at IS NULL AND deadline >= ${Date.parse(UNTIL)})`);
    expect(sql).not.toMatch(/read_csv|read_parquet|::|QUALIFY|EXCLUDE/);
  });

  it('names a missing column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'ticket_id,subject,class,step\nS1,M-01,一级,dispatchedAt\n');
    await expect(ticketEventFacts(file, profile)).rejects.toThrow(/has no column at/);
  });
});
