import { readFileSync } from 'node:fs';
import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { compareVerdicts } from './compareVerdicts';
import { readServiceNow } from './readServiceNow';
import { parseTicketProfile } from './TicketProfile';
import { ticketFacts } from './ticketOrders';
import { TICKET_PROFILES, ticketProfile } from './ticketProfiles';

type Incident = Record<string, unknown>;
type Export = { incident: { result: Incident[] }; task_sla: { result: Array<Record<string, unknown>> }; sys_user: unknown };

const exportK = (): Export => JSON.parse(readFileSync(new URL('../../fixtures/tickets/servicenow/example-k-2026-10.json', import.meta.url), 'utf8')) as Export;
const compiled = compileRegime(technician);
const profile = ticketProfile('servicenow', 'broadband-field-ops/technician');
const displayProfile = parseTicketProfile({ ...TICKET_PROFILES['servicenow/broadband-field-ops/technician'], dateTimes: 'display_value' });
const breaches = [{ at: '2026-10-10T10:45:00+08:00', kind: 'appearance' }];
const appraise = (read: ReturnType<typeof readServiceNow>, facts: Record<string, unknown> = {}) =>
  appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches, ...facts } });
/** A glide date-time pair as the Table API writes it with sysparm_display_value=all (instance in Asia/Shanghai). */
const at = (local: string, utc: string) => ({ display_value: local, value: utc });

describe('readServiceNow: Example K written as a ServiceNow export', () => {
  const read = readServiceNow(exportK(), profile);

  it('reads the values as UTC and the people by employee number, reporting nothing', () => {
    expect(read.notices).toEqual([]);
    expect(read.orders.map((o) => o.subject)).toEqual(['T-001', 'T-001', 'T-001']);
    expect(read.orders[0]?.order).toEqual({ id: 'INC0010001', kind: 'repair', dispatchedAt: '2026-10-08T01:00:00Z', contactedAt: '2026-10-08T01:07:00Z', onSiteAt: '2026-10-08T01:50:00Z', completedAt: '2026-10-08T02:30:00Z', agent: 'CS-07' });
    expect(read.orders[2]?.provenance.fields).toMatchObject({ dispatchedAt: '宽带报修联系时限.completedCycles[].startTime (first)', onSiteAt: 'u_on_site_at' });
  });

  it('reads the display values in the instance\'s zone to the same instants', () => {
    const local = readServiceNow(exportK(), displayProfile);
    expect(local.notices).toEqual([]);
    expect(local.orders[2]?.order).toMatchObject({ kind: 'installation', dispatchedAt: '2026-10-10T10:00:00+08:00', completedAt: '2026-10-13T09:00:00+08:00' });
    expect(local.orders.map((o) => Object.values(o.order).filter((v) => v.startsWith('2026')).map((v) => Date.parse(v)))).toEqual(
      read.orders.map((o) => Object.values(o.order).filter((v) => v.startsWith('2026')).map((v) => Date.parse(v))),
    );
    expect([appraise(local).points, appraise(local).fine.total]).toEqual(['1.50', '150.00']);
  });

  it('gives 1.50 points and 150.00 CNY, and with September and August, dismissal', () => {
    const october = appraise(read);
    expect([october.points, october.fine.total, october.outcome]).toEqual(['1.50', '150.00', 'none']);
    expect(october.fine.lines.map((l) => [l.rule, l.ref])).toEqual([['F1', 'INC0010003'], ['F2', 'INC0010002'], ['F5', 'breaches[0]']]);
    expect(appraise(read, { history: [{ month: '2026-09', points: 1 }, { month: '2026-08', points: '0.5' }] }).outcome).toBe('dismissal');
  });

  it('finds has_breached and made_sla in agreement with kaohe', () => {
    expect(read.verdicts.map((v) => [v.ticket, v.metric, v.breached])).toEqual([
      ['INC0010001', '宽带报修联系时限', false],
      ['INC0010001', 'made_sla', false],
      ['INC0010002', '宽带报修联系时限', true],
      ['INC0010002', 'made_sla', true],
      ['INC0010003', '宽带报修联系时限', false],
      ['INC0010003', 'made_sla', true],
    ]);
    expect(compareVerdicts(read, 'T-001', appraise(read))).toEqual([]);
  });

  it('reports each ticket where made_sla or has_breached differs from kaohe, and applies kaohe\'s', () => {
    const data = exportK();
    const [i1, i2] = data.incident.result;
    if (i1) i1['made_sla'] = { display_value: 'false', value: 'false' };
    const contact2 = data.task_sla.result.find((s) => (s['sys_id'] as { value: string }).value === 'INC0010002-c');
    if (contact2) contact2['has_breached'] = { display_value: 'false', value: 'false' };
    if (i2) i2['made_sla'] = { display_value: 'true', value: 'true' };
    const changed = readServiceNow(data, profile);
    const notices = compareVerdicts(changed, 'T-001', appraise(changed));
    expect(notices.map((n) => [n.ticket, n.code, n.params['source'], n.params['kaohe']])).toEqual([
      ['INC0010001', 'ticketVerdictDisagreesOverall', 'breached', 'met'],
      ['INC0010002', 'ticketVerdictDisagrees', 'met', 'late'],
      ['INC0010002', 'ticketVerdictDisagreesOverall', 'met', 'late'],
    ]);
    expect(notices[0]?.message.en).toBe('Ticket INC0010001: the service desk says made_sla breached, kaohe finds the ticket\'s checks met; kaohe\'s verdict is applied.');
    expect(appraise(changed).points).toBe('1.50');
  });
});

describe('readServiceNow: tickets that need a look, each by incident number', () => {
  const data = exportK();
  const [i1, i2, i3] = data.incident.result;
  const slas = data.task_sla.result;
  const slaOf = (id: string) => slas.find((s) => (s['sys_id'] as { value: string }).value === id) as Record<string, unknown>;
  // INC0010001: on site written before contact (steps out of order).
  if (i1) i1['u_on_site_at'] = at('2026-10-08 09:05:00', '2026-10-08 01:05:00');
  // INC0010002: no on-site time (a missing step), and a string field without seconds (a timestamp without a zone).
  if (i2) i2['u_on_site_at'] = '';
  // INC0010003: reopened — a second resolution SLA record; the first, cancelled one is skipped.
  slas.push({ ...slaOf('INC0010003-r'), sys_id: 'INC0010003-r2', start_time: at('2026-10-13 10:00:00', '2026-10-13 02:00:00'), end_time: at('2026-10-14 09:00:00', '2026-10-14 01:00:00') });
  slas.push({ ...slaOf('INC0010003-r'), sys_id: 'INC0010003-r0', stage: { display_value: 'Cancelled', value: 'cancelled' }, end_time: at('2026-10-20 09:00:00', '2026-10-20 01:00:00') });
  // INC0010004: priority-mapped profile below finds "5 - Planning" unmapped; category unmapped here.
  data.incident.result.push({ ...i3, number: { display_value: 'INC0010004', value: 'INC0010004' }, sys_id: { display_value: 'x4', value: 'x4' }, category: { display_value: '咨询', value: 'inquiry' }, priority: { display_value: '5 - Planning', value: '5' } });
  // INC0010005: its on-site time came from a text field "2026-10-21 10:15" (no seconds, no zone).
  data.incident.result.push({ ...i1, number: { display_value: 'INC0010005', value: 'INC0010005' }, sys_id: { display_value: 'x5', value: 'x5' }, u_on_site_at: '2026-10-08 09:55' });
  slas.push({ ...slaOf('INC0010001-c'), sys_id: 'x5-c', task: { display_value: 'INC0010005', link: 'https://example.service-now.com/api/now/table/task/x5', value: 'x5' } });
  const read = readServiceNow(data, profile);
  const codes = (id: string) => read.notices.filter((n) => n.ticket === id).map((n) => n.code);
  const order = (id: string) => read.orders.find((o) => o.order.id === id)?.order;

  it('steps out of order: kept and reported', () => {
    expect(codes('INC0010001')).toEqual(['ticketStepsOutOfOrder']);
    expect(order('INC0010001')?.onSiteAt).toBe('2026-10-08T01:05:00Z');
  });

  it('a missing step: reported, checked by the regime as absent', () => {
    expect(codes('INC0010002')).toEqual(['ticketMissingStep']);
    expect(order('INC0010002')).not.toHaveProperty('onSiteAt');
  });

  it('a reopened incident: the last resolution counts, as the fault was not fixed until it held', () => {
    const notice = read.notices.find((n) => n.ticket === 'INC0010003');
    expect(notice?.code).toBe('ticketReopened');
    expect(notice?.params).toMatchObject({ step: 'completedAt', count: 2, counted: '2026-10-14T01:00:00Z', occurrence: 'last' });
    expect(order('INC0010003')?.completedAt).toBe('2026-10-14T01:00:00Z');
  });

  it('a category with no mapping, and a priority with no mapping: left out by number', () => {
    expect(read.notices.find((n) => n.ticket === 'INC0010004')?.message.en).toBe('Ticket INC0010004: "inquiry" (category) maps to none of repair, installation, renewal: it is left out.');
    const byPriority = parseTicketProfile({ ...TICKET_PROFILES['servicenow/broadband-field-ops/technician'], classes: { from: { field: 'priority' }, values: { repair: ['1', '2', '3'], installation: ['4'] } } });
    const unmapped = readServiceNow(data, byPriority).notices.filter((n) => n.code === 'ticketUnmappedClass');
    expect(unmapped.map((n) => [n.ticket, n.params['value']])).toEqual([['INC0010004', '5']]);
  });

  it('a time written without seconds is no glide date-time: read in the profile\'s zone and reported', () => {
    const notice = read.notices.find((n) => n.ticket === 'INC0010005');
    expect(notice?.code).toBe('ticketZoneAssumed');
    expect(order('INC0010005')?.onSiteAt).toBe('2026-10-08T09:55:00+08:00');
  });

  it('each notice, and each order\'s provenance, points to the incident\'s place in the export', () => {
    expect(read.notices.map((n) => [n.ticket, n.position])).toEqual([
      ['INC0010001', 1],
      ['INC0010002', 2],
      ['INC0010003', 3],
      ['INC0010004', 4],
      ['INC0010005', 5],
      ['INC0010005', 5],
    ]);
    expect(read.orders.map((o) => o.provenance.position)).toEqual([1, 2, 3, 5]);
  });

  it('refuses an export without ServiceNow\'s shapes', () => {
    expect(() => readServiceNow({ incident: [{ sys_id: 'x' }] }, profile)).toThrow(/incident/);
  });
});
