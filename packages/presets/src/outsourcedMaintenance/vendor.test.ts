import { appraiseSync, compile, quarterlyFee, type Appraisal } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../catalogue';
import { dutyDesk } from './dutyDesk';
import { exampleVendorFeeMapping, vendor, vendorScorecard } from './vendor';

/** National Day 2026 as a user would enter it: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
const calendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
};

const quiet = { contractStaff: 20, staffChanges: 0, unapprovedStaffChanges: 0, spotCheckFindings: 0, keyManagementFindings: 0 };
const compiled = compile(vendorScorecard({ calendar }));
const appraise = (period: string, facts: Record<string, unknown>): Appraisal => appraiseSync(compiled, { subject: 'vendor-A', period, facts: { tickets: [], reports: [], faultyParts: [], ...quiet, ...facts } });
const item = (result: Appraisal, id: string): string | undefined => result.items.find((i) => i.id === id)?.points;

describe('outsourced-maintenance/vendor', () => {
  it('is in the catalogue and compiles with its defaults', () => {
    expect(getPreset('outsourced-maintenance/vendor')?.scheme).toBe(vendor);
    expect(compile(vendor).scheme.items.map((i) => i.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8']);
  });

  it('checks the 3-working-day deadline across a public holiday and a make-up Saturday from the user calendar', () => {
    // Removed Wednesday 30 September: working days 1 = Thu 8 Oct, 2 = Fri 9 Oct, 3 = Sat 10 Oct (make-up).
    expect(item(appraise('2026-09', { faultyParts: [{ id: 'P1', removedOn: '2026-09-30', sentOn: '2026-10-10' }] }), 'V4')).toBe('0.00');
    const late = appraise('2026-09', { faultyParts: [{ id: 'P1', removedOn: '2026-09-30', sentOn: '2026-10-12' }] });
    expect(item(late, 'V4')).toBe('-2.00');
    expect(late.total).toBe('98.00');
    expect(late.items.find((i) => i.id === 'V4')?.lines[0]?.message.en).toContain('due 2026-10-10: late');
    // Without the calendar, 3 working days from 30 September end on Monday 5 October.
    const plain = appraiseSync(compile(vendor), { subject: 'vendor-A', period: '2026-09', facts: { tickets: [], reports: [], faultyParts: [{ removedOn: '2026-09-30', sentOn: '2026-10-08' }], ...quiet } });
    expect(item(plain, 'V4')).toBe('-2.00');
  });

  it('leaves a part not yet sent alone while its deadline is after the period', () => {
    const result = appraise('2026-09', { faultyParts: [{ id: 'P2', removedOn: '2026-09-30' }] });
    expect(item(result, 'V4')).toBe('0.00');
    expect(result.items.find((i) => i.id === 'V4')?.lines[0]?.code).toBe('deadline.pending');
  });

  it('counts a monthly report submitted on the 4th as late, on the 3rd as on time', () => {
    const report = (submittedOn: string) => ({ reports: [{ kind: 'monthly', covers: '2026-09', submittedOn }] });
    expect(item(appraise('2026-10', report('2026-10-03')), 'V3')).toBe('0.00');
    const late = appraise('2026-10', report('2026-10-04'));
    expect(item(late, 'V3')).toBe('-2.00');
    expect(late.items.find((i) => i.id === 'V3')?.lines[0]?.message['zh-CN']).toContain('期限 2026-10-03:超时');
  });

  it('checks weekly and quarterly reports', () => {
    const result = appraise('2026-10', {
      reports: [
        { kind: 'weekly', covers: '2026-W40', submittedOn: '2026-10-05' },
        { kind: 'weekly', covers: '2026-10-07', submittedOn: '2026-10-13' },
        { kind: 'quarterly', covers: '2026-Q3', submittedOn: '2026-10-03' },
      ],
    });
    expect(item(result, 'V3')).toBe('-2.00');
  });

  it('measures tickets against the SLA table of their fault class', () => {
    const ticket = { faultClass: 'critical', dispatchedAt: '2026-10-05T10:00:00+08:00' };
    const result = appraise('2026-10', {
      tickets: [
        { id: 'K1', ...ticket, respondedAt: '2026-10-05T10:30:00+08:00', restoredAt: '2026-10-05T14:00:00+08:00' },
        { id: 'K2', ...ticket, respondedAt: '2026-10-05T10:30:01+08:00', restoredAt: '2026-10-05T14:00:01+08:00' },
        { id: 'K3', faultClass: 'minor', dispatchedAt: '2026-10-05T10:00:00+08:00', respondedAt: '2026-10-05T12:00:00+08:00' },
      ],
    });
    expect([item(result, 'V1'), item(result, 'V2')]).toEqual(['-2.00', '-10.00']);
    expect(result.total).toBe('88.00');
  });

  it('takes a user SLA table', () => {
    const own = compile(vendorScorecard({ sla: [{ id: 'P1', name: { 'zh-CN': '一级', en: 'P1' }, response: { minutes: 15 }, restore: { hours: 2 } }] }));
    const result = appraiseSync(own, { subject: 'v', period: '2026-10', facts: { ...quiet, reports: [], faultyParts: [], tickets: [{ faultClass: 'P1', dispatchedAt: '2026-10-05T10:00:00+08:00', respondedAt: '2026-10-05T10:16:00+08:00', restoredAt: '2026-10-05T11:00:00+08:00' }] } });
    expect(item(result, 'V1')).toBe('-2.00');
    expect(() => appraiseSync(own, { subject: 'v', period: '2026-10', facts: { ...quiet, reports: [], faultyParts: [], tickets: [{ faultClass: 'critical', dispatchedAt: '2026-10-05T10:00:00+08:00' }] } })).toThrow(/faultClass/);
  });

  it('deducts staff changes over 15% of the contract staff, not at exactly 15%', () => {
    expect(item(appraise('2026-10', { staffChanges: 3 }), 'V5')).toBe('0.00');
    expect(item(appraise('2026-10', { staffChanges: 4 }), 'V5')).toBe('-10.00');
  });

  it('deducts unapproved changes, spot-check and key findings', () => {
    const result = appraise('2026-10', { unapprovedStaffChanges: 1, spotCheckFindings: 2, keyManagementFindings: 1 });
    expect([item(result, 'V6'), item(result, 'V7'), item(result, 'V8'), result.total]).toEqual(['-5.00', '-4.00', '-2.00', '89.00']);
  });

  it('pays the quarter by its scores through the user mapping, in the first month of the next quarter', () => {
    const fee = quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 92, '2026-08': 88, '2026-09': 95 }, fee: '30000', mapping: exampleVendorFeeMapping });
    expect([fee.score, fee.payable, fee.payIn]).toEqual(['91.67', '30000.00', '2026-10']);
    const lower = quarterlyFee({ quarter: '2026-Q4', scores: { '2026-10': 85, '2026-11': 80, '2026-12': 90 }, fee: 30000, mapping: exampleVendorFeeMapping });
    expect([lower.score, lower.payable, lower.payIn]).toEqual(['85.00', '28500.00', '2027-01']);
    const perMonth = quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 92, '2026-08': 78, '2026-09': 95 }, fee: 30000, mapping: { ...exampleVendorFeeMapping, combine: 'perMonth' } });
    expect(perMonth.payable).toBe('29000.00');
    expect(() => quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 92 }, fee: 1, mapping: exampleVendorFeeMapping })).toThrow(/2026-08/);
  });
});

describe('outsourced-maintenance/duty-desk', () => {
  it('weighs its four indicators equally', () => {
    const result = appraiseSync(compile(dutyDesk), { subject: 'D-1', period: '2026-10', ratings: { W1: 80, W2: 90, W3: 70, W4: 100 } });
    expect(result.items.map((i) => i.points)).toEqual(['20.00', '22.50', '17.50', '25.00']);
    expect(result.total).toBe('85.00');
  });
});
