import { readFileSync } from 'node:fs';
import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError';
import { compareVerdicts } from './compareVerdicts';
import { readZendesk } from './readZendesk';
import { parseTicketProfile, TicketProfileSchema } from './TicketProfile';
import { ticketFacts } from './ticketOrders';
import { TICKET_PROFILES, ticketProfile } from './ticketProfiles';

const edge: unknown = JSON.parse(readFileSync(new URL('../../fixtures/tickets/zendesk/edge-cases.json', import.meta.url), 'utf8'));
const profile = ticketProfile('zendesk', 'broadband-field-ops/technician');
const read = readZendesk(edge, profile);
const order = (id: string) => read.orders.find((o) => o.order.id === id)?.order;
const noticesOf = (id: string) => read.notices.filter((n) => n.ticket === id).map((n) => n.code);
const compiled = compileRegime(technician);
const result = appraiseRegime(compiled, { subject: 'T-002', period: '2026-10', facts: ticketFacts(read, 'T-002') });

describe('tickets that need a look, each reported by id', () => {
  it('leaves out exactly the tickets that cannot be orders, saying why', () => {
    expect(read.notices.filter((n) => n.leftOut).map((n) => [n.ticket, n.code])).toEqual([
      ['2005', 'ticketUnmappedClass'],
      ['2006', 'ticketStepBeforeStart'],
      ['2009', 'ticketNoSubject'],
      ['2010', 'ticketBadTimestamp'],
    ]);
    expect(read.orders.map((o) => o.order.id)).toEqual(['2001', '2002', '2003', '2004', '2007', '2008']);
  });

  it('steps out of order: kept, since each deadline counts from dispatch, and reported', () => {
    expect(noticesOf('2001')).toContain('ticketStepsOutOfOrder');
    const notice = read.notices.find((n) => n.ticket === '2001' && n.code === 'ticketStepsOutOfOrder');
    expect(notice?.message.en).toBe('Ticket 2001: onSiteAt 2026-10-20T10:15:00+08:00 comes before contactedAt 2026-10-20T02:20:00Z; kept, as each deadline counts from dispatchedAt.');
    expect(order('2001')).toMatchObject({ contactedAt: '2026-10-20T02:20:00Z', onSiteAt: '2026-10-20T10:15:00+08:00' });
  });

  it('a missing step: reported, and the regime checks it as absent', () => {
    expect(noticesOf('2002')).toEqual(['ticketMissingStep', 'ticketZoneAssumed']);
    expect(order('2002')).not.toHaveProperty('contactedAt');
    expect(result.lines.some((l) => l.ref === '2002' && l.code === 'regime.check.absent')).toBe(true);
    expect(result.fine.lines.some((l) => l.rule === 'F2' && l.ref === '2002')).toBe(true);
  });

  it('a reopened ticket: the last resolution counts, as the installation was not done until it held', () => {
    const notice = read.notices.find((n) => n.ticket === '2003' && n.code === 'ticketReopened');
    expect(notice?.params).toMatchObject({ step: 'completedAt', count: 2, times: '2026-10-21T08:00:00Z, 2026-10-24T03:00:00Z', counted: '2026-10-24T03:00:00Z', occurrence: 'last' });
    expect(order('2003')?.completedAt).toBe('2026-10-24T03:00:00Z');
    // Completed 74 hours after dispatch: late; the first resolution, 7 hours in, would have passed.
    expect(result.fine.lines.some((l) => l.rule === 'F1' && l.ref === '2003')).toBe(true);
  });

  it('a timestamp without a zone: read in the profile\'s zone, and reported', () => {
    expect(order('2004')?.dispatchedAt).toBe('2026-10-22T09:00:00+08:00');
    const notice = read.notices.find((n) => n.ticket === '2004' && n.params['from'] === 'metrics.assigned_at');
    expect(notice?.code).toBe('ticketZoneAssumed');
    expect(notice?.message['zh-CN']).toBe('工单 2004："2026-10-22 09:00:00"（metrics.assigned_at）未注明时区；按 Asia/Shanghai 读作 2026-10-22T09:00:00+08:00。');
  });

  it('a priority with no mapping: left out and named', () => {
    const byPriority = parseTicketProfile({ ...TICKET_PROFILES['zendesk/broadband-field-ops/technician'], classes: { from: { field: 'priority' }, values: { repair: ['urgent', 'high'], installation: ['normal'] } } });
    const notice = readZendesk(edge, byPriority).notices.find((n) => n.code === 'ticketUnmappedClass');
    expect(notice?.message.en).toBe('Ticket 2005: "low" (priority) maps to none of repair, installation: it is left out.');
    expect(read.notices.find((n) => n.ticket === '2005')?.params).toMatchObject({ value: '咨询' });
  });

  it('a timestamp that is none, a step before dispatch and a ticket without an assignee are left out by id', () => {
    const messages = read.notices.filter((n) => n.leftOut && n.ticket !== '2005').map((n) => n.message.en);
    expect(messages).toEqual([
      'Ticket 2006: contactedAt 2026-10-23T01:50:00Z comes before dispatchedAt 2026-10-23T02:00:00Z: it is left out.',
      'Ticket 2009 names no person to hold it against (assignee_id): it is left out.',
      'Ticket 2010: "下午三点" (custom_fields[360000000002]) is not a timestamp: it is left out.',
    ]);
  });
});

describe('the service desk\'s SLA verdicts against kaohe\'s', () => {
  it('reports each ticket where they differ, both ways, and applies kaohe\'s', () => {
    expect(read.verdicts.map((v) => [v.ticket, v.breached])).toEqual([['2007', true], ['2008', false]]);
    const notices = compareVerdicts(read, 'T-002', result);
    expect(notices.map((n) => [n.ticket, n.params['source'], n.params['kaohe']])).toEqual([
      ['2007', 'breached', 'met'],
      ['2008', 'met', 'late'],
    ]);
    expect(notices[0]?.message.en).toBe('Ticket 2007: the service desk says reply_time breached, kaohe finds contactedAt met by rule F2; kaohe\'s verdict is applied.');
    expect(result.fine.lines.some((l) => l.ref === '2007')).toBe(false);
    expect(result.fine.lines.some((l) => l.rule === 'F2' && l.ref === '2008')).toBe(true);
  });

  it('compares only the subject asked for', () => {
    expect(compareVerdicts(read, 'T-001', result)).toEqual([]);
  });
});

describe('ticket profiles', () => {
  it('every shipped profile is valid', () => {
    for (const input of Object.values(TICKET_PROFILES)) expect(TicketProfileSchema.safeParse(input).success).toBe(true);
  });

  it('refuses a profile with an unknown zone or a field given twice, naming the path', () => {
    const base = TICKET_PROFILES['zendesk/broadband-field-ops/technician'];
    const fail = (input: unknown): string => {
      try {
        parseTicketProfile(input);
      } catch (error) {
        if (isAdapterError(error)) return `${error.code} ${error.message}`;
      }
      return 'accepted';
    };
    expect(fail({ ...base, timeZone: 'Mars/Olympus' })).toBe('ticketProfileInvalid The ticket profile is not valid: timeZone: unknown time zone.');
    expect(fail({ ...base, people: [{ name: 'onSiteAt', from: { field: 'x' } }] })).toContain('order field "onSiteAt" is given twice');
    expect(fail('{"__proto__": {}}')).toContain('reserved key');
  });

  it('names the shipped profiles when asked for one that is not', () => {
    expect(() => ticketProfile('zendesk', 'tech-support-center/presales-engineer')).toThrow(/zendesk\/broadband-field-ops\/technician/);
  });

  it('refuses an export without Zendesk\'s shapes', () => {
    expect(() => readZendesk({ tickets: [{ id: 1 }] }, profile)).toThrow(/tickets\.0\.created_at/);
  });
});
