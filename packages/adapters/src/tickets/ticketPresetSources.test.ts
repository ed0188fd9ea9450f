import { readFileSync } from 'node:fs';
import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes, vendorScorecard } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { readJira } from './readJira';
import { readServiceNow } from './readServiceNow';
import { readZendesk } from './readZendesk';
import type { TicketProfile } from './TicketProfile';
import { ticketFacts, type TicketRead } from './ticketOrders';
import { ticketProfile } from './ticketProfiles';

/**
 * The vendor, A2 and after-sales project profiles of Zendesk, Jira Service Management and
 * ServiceNow, each over the example export written in that service desk's documented shape
 * (examples/tickets/<source>/), to the preset's facts and a figure worked out by hand.
 */
const READERS = {
  zendesk: readZendesk,
  jira: readJira,
  servicenow: readServiceNow,
} as const satisfies Record<string, (input: unknown, profile: TicketProfile) => TicketRead>;
type Desk = keyof typeof READERS;
const DESKS = Object.keys(READERS) as Desk[];

const example = (desk: Desk, file: string): unknown => JSON.parse(readFileSync(new URL(`../../../../examples/tickets/${desk}/${file}`, import.meta.url), 'utf8'));
const read = (desk: Desk, regime: string, file: string): TicketRead => READERS[desk](example(desk, file), ticketProfile(desk, regime));
const compiledPreset = (id: string) => compile(getPreset(id)?.scheme ?? id, { schemes: presetSchemes });
const points = (items: ReadonlyArray<{ id: string; points: string }>) => Object.fromEntries(items.map((i) => [i.id, i.points]));
const instants = (order: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(order).map(([k, v]) => [k, k.endsWith('At') ? Date.parse(v) : v]));
const shanghai = (wall: string): number => Date.parse(`${wall.replace(' ', 'T')}+08:00`);

describe.each(DESKS)('%s: outsourced-maintenance/vendor', (desk) => {
  const got = read(desk, 'outsourced-maintenance/vendor', 'vendor-2026-10.json');

  it('gives the tickets fact by priority as fault class, each step at its instant', () => {
    const tickets = ticketFacts(got, 'vendor-A')['tickets'] as Array<Record<string, string>>;
    expect(tickets.map((t) => instants({ ...t, id: '' }))).toEqual([
      { id: '', faultClass: 'critical', dispatchedAt: shanghai('2026-10-05 10:00'), respondedAt: shanghai('2026-10-05 10:30'), restoredAt: shanghai('2026-10-05 14:00'), confirmedAt: shanghai('2026-10-05 15:00') },
      { id: '', faultClass: 'critical', dispatchedAt: shanghai('2026-10-05 10:00'), respondedAt: shanghai('2026-10-05 10:30:01'), restoredAt: shanghai('2026-10-05 14:00:01') },
      { id: '', faultClass: 'minor', dispatchedAt: shanghai('2026-10-05 10:00'), respondedAt: shanghai('2026-10-05 12:00') },
    ]);
    // what has not happened yet is reported by ticket, not guessed
    expect(got.notices.map((n) => [n.code, n.params['step']])).toEqual([
      ['ticketMissingStep', 'confirmedAt'],
      ['ticketMissingStep', 'restoredAt'],
      ['ticketMissingStep', 'confirmedAt'],
    ]);
  });

  it('scores 88.00 as worked out by hand: a response 1 s late (−2), a restore 1 s late and one not restored in 24 h (−5 each)', () => {
    const quiet = { reports: [], faultyParts: [], contractStaff: 20, staffChanges: 0, unapprovedStaffChanges: 0, spotCheckFindings: 0, keyManagementFindings: 0 };
    const result = appraiseSync(compile(vendorScorecard()), { subject: 'vendor-A', period: '2026-10', facts: { ...quiet, ...ticketFacts(got, 'vendor-A') } });
    expect([points(result.items)['V1'], points(result.items)['V2'], result.total]).toEqual(['-2.00', '-10.00', '88.00']);
  });
});

describe.each(DESKS)('%s: tech-support-center/after-sales-supervisor (A2)', (desk) => {
  const got = read(desk, 'tech-support-center/after-sales-supervisor', 'after-sales-supervisor-2026-Q4.json');
  const until = '2027-01-01T00:00:00+08:00';

  it('counts 1 of 3 on time at the quarter\'s end (one late, one open past its limit, one open within it left out): A2 30 × 1/3 = 10.00', () => {
    expect(got.notices.filter((n) => n.leftOut)).toEqual([]);
    const facts = ticketFacts(got, 'M-01', { until });
    expect(facts).toEqual({ ticketsOnTime: 1, ticketsTotal: 3 });
    const others = { customerSatisfaction: 1, midLevelEngineersTrained: 2, formNonconformities: 0, stockNonconformities: 0, customerComplaints: 0 };
    const result = appraiseSync(compiledPreset('tech-support-center/after-sales-supervisor'), { subject: 'M-01', period: '2026-Q4', facts: { ...others, ...facts } });
    expect([points(result.items)['A2'], result.total]).toEqual(['10.00', '80.00']);
  });
});

describe.each(DESKS)('%s: tech-department/after-sales-project (timeliness)', (desk) => {
  const got = read(desk, 'tech-department/after-sales-project', 'after-sales-project-2026-Q3.json');
  const until = '2026-10-01T00:00:00+08:00';

  it('gives timeliness 40 × 2/3 = 26.67 by hand, and Example J\'s 40.00 with every ticket on time', () => {
    expect(ticketFacts(got, 'XM-2026-07', { until })).toEqual({ ticketsOnTime: 2, ticketsTotal: 3 });
    expect(ticketFacts(got, 'XM-2026-08', { until })).toEqual({ ticketsOnTime: 1, ticketsTotal: 1 });
    const exampleJ = { contractValue: 1_000_000, serviceQuarters: 4, budget: 10_000, actualCost: 11_000 };
    const ratings = { quality: { self: 27, salesRep: 26, financeRep: 25, superior: 26 }, documentation: { self: 8, salesRep: 8, financeRep: 8, superior: 8 } };
    const compiled = compiledPreset('tech-department/after-sales-project');
    const appraise = (subject: string) => appraiseSync(compiled, { subject, period: '2026-Q3', facts: { ...exampleJ, ...ticketFacts(got, subject, { until }) }, ratings });
    expect(points(appraise('XM-2026-07').items)['timeliness']).toBe('26.67');
    const j = appraise('XM-2026-08');
    expect(points(j.items)).toEqual({ timeliness: '40.00', quality: '26.00', cost: '18.00', documentation: '8.00' });
    expect(j.total).toBe('92.00');
  });
});

describe('readJira: a ticket still open', () => {
  it('is dispatched when its SLA cycle started, though the cycle is still running', () => {
    const got = read('jira', 'tech-support-center/after-sales-supervisor', 'after-sales-supervisor-2026-Q4.json');
    const open = got.orders.find((o) => o.order['id'] === 'AS-3')?.order;
    expect(open && Date.parse(open['dispatchedAt'] ?? '')).toBe(shanghai('2026-12-31 20:00'));
    expect(open?.['completedAt']).toBeUndefined();
  });
});
