import { readFileSync } from 'node:fs';
import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { compareVerdicts } from './compareVerdicts';
import { readJira } from './readJira';
import { ticketFacts } from './ticketOrders';
import { ticketProfile, TICKET_PROFILES } from './ticketProfiles';
import { parseTicketProfile } from './TicketProfile';

const exportK: unknown = JSON.parse(readFileSync(new URL('../../fixtures/tickets/jira/example-k-2026-10.json', import.meta.url), 'utf8'));
const compiled = compileRegime(technician);
const profile = ticketProfile('jira', 'broadband-field-ops/technician');
const breaches = [{ at: '2026-10-10T10:45:00+08:00', kind: 'appearance' }];

describe('readJira: Example K written as a Jira Service Management export', () => {
  const read = readJira(exportK, profile);
  const appraise = (facts: Record<string, unknown>) => appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches, ...facts } });

  it('reads SLA cycles, option and date-time fields into orders keyed by issue key', () => {
    expect(read.notices).toEqual([]);
    expect(read.orders.map((o) => o.order)).toEqual([
      { id: 'FO-101', kind: 'repair', dispatchedAt: '2026-10-08T09:00:00+08:00', contactedAt: '2026-10-08T09:07:00+08:00', onSiteAt: '2026-10-08T09:50:00.000+08:00', completedAt: '2026-10-08T10:30:00+08:00', agent: 'CS-07' },
      { id: 'FO-102', kind: 'repair', dispatchedAt: '2026-10-08T14:00:00+08:00', contactedAt: '2026-10-08T14:12:00+08:00', onSiteAt: '2026-10-08T15:30:00.000+08:00', completedAt: '2026-10-08T16:00:00+08:00', agent: 'CS-07' },
      { id: 'FO-103', kind: 'installation', dispatchedAt: '2026-10-10T10:00:00+08:00', contactedAt: '2026-10-10T10:05:00+08:00', onSiteAt: '2026-10-10T10:45:00.000+08:00', completedAt: '2026-10-13T09:00:00+08:00', agent: 'CS-07' },
    ]);
    expect(read.orders[2]?.provenance.fields).toMatchObject({ dispatchedAt: 'customfield_10030.completedCycles[].startTime (first)', onSiteAt: 'fields.customfield_10050' });
  });

  it('gives 1.50 points and 150.00 CNY, and with September and August, dismissal', () => {
    const october = appraise({});
    expect([october.points, october.fine.total, october.outcome]).toEqual(['1.50', '150.00', 'none']);
    expect(october.fine.lines.map((l) => [l.rule, l.ref])).toEqual([['F1', 'FO-103'], ['F2', 'FO-102'], ['F5', 'breaches[0]']]);
    const withHistory = appraise({ history: [{ month: '2026-09', points: 1 }, { month: '2026-08', points: '0.5' }] });
    expect(withHistory.outcome).toBe('dismissal');
  });

  it('finds Jira\'s breached cycles in agreement with kaohe\'s contact checks', () => {
    expect(read.verdicts.map((v) => [v.ticket, v.breached])).toEqual([['FO-101', false], ['FO-102', true], ['FO-103', false]]);
    expect(compareVerdicts(read, 'T-001', appraise({}))).toEqual([]);
  });

  it('counts the last resolution cycle of a reopened issue and says so', () => {
    const reopened = JSON.parse(JSON.stringify(exportK)) as { issues: Array<{ fields: Record<string, { completedCycles: unknown[] }> }> };
    const resolution = reopened.issues[0]?.fields['customfield_10031'];
    const again = { startTime: { iso8601: '2026-10-09T08:00:00+0800' }, stopTime: { iso8601: '2026-10-09T11:00:00+0800' }, breached: false };
    resolution?.completedCycles.push(again);
    const read2 = readJira(reopened, profile);
    expect(read2.orders[0]?.order.completedAt).toBe('2026-10-09T11:00:00+08:00');
    expect(read2.notices.map((n) => [n.ticket, n.code, n.params['counted']])).toEqual([['FO-101', 'ticketReopened', '2026-10-09T11:00:00+0800']]);
  });

  it('reads an issue the profile gives a subject field it lacks as left out, by key', () => {
    const other = parseTicketProfile({ ...TICKET_PROFILES['jira/broadband-field-ops/technician'], subject: { from: { field: 'fields.customfield_99999' } } });
    expect(readJira(exportK, other).notices.map((n) => [n.ticket, n.code])).toEqual([['FO-101', 'ticketNoSubject'], ['FO-102', 'ticketNoSubject'], ['FO-103', 'ticketNoSubject']]);
  });
});

describe('readJira: issues that need a look, each by key', () => {
  type Issue = { key: string; fields: Record<string, unknown> };
  const data = JSON.parse(JSON.stringify(exportK)) as { issues: Issue[] };
  const [i1, i2, i3] = data.issues as [Issue, Issue, Issue];
  i1.fields['customfield_10050'] = '2026-10-08T09:05:00.000+0800'; // on site before the call
  delete i2.fields['customfield_10050']; // no on-site time
  i3.fields['customfield_10050'] = '2026-10-10 10:45'; // a text field without a zone
  data.issues.push({ ...i3, key: 'FO-104', fields: { ...i3.fields, priority: { name: 'Lowest', id: '5' } } });
  const byPriority = parseTicketProfile({ ...TICKET_PROFILES['jira/broadband-field-ops/technician'], classes: { from: { field: 'fields.priority' }, values: { repair: ['Highest', 'High'], installation: ['Medium', 'Low'] } } });
  const read = readJira(data, profile);
  const codes = (key: string) => read.notices.filter((n) => n.ticket === key).map((n) => n.code);

  it('steps out of order, a missing step and a zone-less time: kept and reported by key', () => {
    expect(codes('FO-101')).toEqual(['ticketStepsOutOfOrder']);
    expect(codes('FO-102')).toEqual(['ticketMissingStep']);
    expect(codes('FO-103')).toEqual(['ticketZoneAssumed']);
    expect(read.orders.find((o) => o.order.id === 'FO-103')?.order.onSiteAt).toBe('2026-10-10T10:45:00+08:00');
  });

  it('a priority with no mapping: left out by key, the others kept', () => {
    const other = readJira(data, byPriority);
    expect(other.notices.filter((n) => n.leftOut).map((n) => [n.ticket, n.params['value']])).toEqual([['FO-104', 'Lowest']]);
    expect(other.orders.map((o) => [o.order.id, o.order.kind])).toEqual([['FO-101', 'repair'], ['FO-102', 'repair'], ['FO-103', 'repair']]);
  });
});
