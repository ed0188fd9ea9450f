import { readFileSync } from 'node:fs';
import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { compareVerdicts } from './compareVerdicts';
import { readZendesk } from './readZendesk';
import { ticketFacts } from './ticketOrders';
import { ticketProfile } from './ticketProfiles';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/tickets/zendesk/${name}`, import.meta.url), 'utf8'));
const compiled = compileRegime(technician);
const profile = ticketProfile('zendesk', 'broadband-field-ops/technician');
// Example K's one conduct breach is not a ticket: it comes with the subject's other facts.
const breaches = [{ at: '2026-10-10T10:45:00+08:00', kind: 'appearance' }];

describe('readZendesk: Example K written as a Zendesk export', () => {
  const read = readZendesk(fixture('example-k-2026-10.json'), profile);

  it('gives the three October orders of T-001, with Example K\'s instants', () => {
    expect(read.orders.map((o) => o.subject)).toEqual(['T-001', 'T-001', 'T-001']);
    const [t1, t2, t3] = read.orders.map((o) => o.order);
    expect(t1).toEqual({ id: '1001', kind: 'repair', dispatchedAt: '2026-10-08T01:00:00Z', contactedAt: '2026-10-08T01:07:00Z', onSiteAt: '2026-10-08T09:50:00+08:00', completedAt: '2026-10-08T02:30:00Z', agent: 'CS-07' });
    expect(t2?.contactedAt).toBe('2026-10-08T06:12:00Z');
    expect(t3).toMatchObject({ kind: 'installation', dispatchedAt: '2026-10-10T02:00:00Z', completedAt: '2026-10-13T01:00:00Z' });
    expect(read.notices.filter((n) => n.leftOut)).toEqual([]);
  });

  it('keeps the provenance of every field', () => {
    expect(read.orders[0]?.provenance).toEqual({
      source: 'zendesk',
      ticket: '1001',
      position: 1,
      fields: { id: 'id', kind: 'custom_fields[360000000001]', dispatchedAt: 'metrics.assigned_at', contactedAt: 'reply_time fulfill (first)', onSiteAt: 'custom_fields[360000000002]', completedAt: 'resolution_time fulfill (last)', agent: 'custom_fields[360000000003]' },
    });
  });

  it('reports the on-site times written without a zone, read in Asia/Shanghai', () => {
    const zones = read.notices.filter((n) => n.code === 'ticketZoneAssumed');
    expect(zones.map((n) => n.ticket)).toEqual(['1001', '1002', '1003']);
    // each ticket's place in the export, so that a user can find it
    expect(zones.map((n) => n.position)).toEqual([1, 2, 3]);
    expect(zones[1]?.message.en).toBe('Ticket 1002: "2026-10-08 15:30" (custom_fields[360000000002]) has no time zone; read in Asia/Shanghai as 2026-10-08T15:30:00+08:00.');
  });

  it('gives 1.50 points and 150.00 CNY through the preset', () => {
    const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches } });
    expect(result.points).toBe('1.50');
    expect(result.fine.total).toBe('150.00');
    expect(result.fine.lines.map((l) => [l.rule, l.ref, l.amount])).toEqual([
      ['F1', '1003', '50.00'],
      ['F2', '1002', '50.00'],
      ['F5', 'breaches[0]', '50.00'],
    ]);
    expect(result.outcome).toBe('none');
  });

  it('with 1.0 point in September and 0.5 in August: dismissal', () => {
    const history = [{ month: '2026-09', points: 1 }, { month: '2026-08', points: '0.5' }];
    const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches, history } });
    expect(result.points).toBe('1.50');
    expect(result.sanctions.map((s) => [s.id, s.threshold, s.value])).toEqual([['dismissal', 'rolling-points', '3.00']]);
    expect(result.outcome).toBe('dismissal');
  });

  it('finds Zendesk\'s reply-time verdicts in agreement with kaohe\'s', () => {
    expect(read.verdicts.map((v) => [v.ticket, v.breached])).toEqual([['1001', false], ['1002', true]]);
    const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches } });
    expect(compareVerdicts(read, 'T-001', result)).toEqual([]);
  });
});
