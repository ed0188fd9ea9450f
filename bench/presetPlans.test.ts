// Which presets the plan takes, and that it gives their worked examples exactly as the decimal evaluator does.
import { appraiseSync, hasPlan } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { exampleB, exampleD, exampleE, exampleH, exampleI, exampleJ } from '../packages/presets/src/fixtures';
import { compilePreset } from './harness.mjs';

const quiet = { contractStaff: 20, staffChanges: 4, unapprovedStaffChanges: 1, spotCheckFindings: 0, keyManagementFindings: 2 };

/** A vendor's month with a late response, a restore never done, a late report and a part sent late. */
const vendorMonth = {
  subject: 'vendor-A',
  period: '2026-09',
  facts: {
    tickets: [
      { id: 'T1', faultClass: 'critical', dispatchedAt: '2026-09-03T10:00:00+08:00', respondedAt: '2026-09-03T10:31:00+08:00', restoredAt: '2026-09-03T13:59:00+08:00' },
      { id: 'T2', faultClass: 'minor', dispatchedAt: '2026-09-10T01:00:00Z', respondedAt: '2026-09-10T03:00:00Z' },
    ],
    reports: [{ kind: 'monthly', covers: '2026-08', submittedOn: '2026-09-04' }, { kind: 'weekly', covers: '2026-W36', submittedOn: '2026-09-07' }],
    faultyParts: [{ removedOn: '2026-09-01', sentOn: '2026-09-07' }],
    ...quiet,
  },
};

const isLazy = (result: object): boolean => typeof Object.getOwnPropertyDescriptor(result, 'lines')?.get === 'function';

/** The example through the plan (its lines on demand) and through a copy without one, as JSON, with and without explanations. */
function bothWays(id: string, input: object): void {
  const compiled = compilePreset(id);
  const result = appraiseSync(compiled, input);
  expect(isLazy(result), id).toBe(true);
  expect(JSON.stringify(result), id).toBe(JSON.stringify(appraiseSync({ ...compiled }, input)));
  expect(JSON.stringify(appraiseSync(compiled, input, { explain: false })), id).toBe(JSON.stringify(appraiseSync({ ...compiled }, input, { explain: false })));
}

const projects = [
  ['tech-department/presales-project', { subject: 'PRJ-H', period: 'PRJ-2026-001', ...exampleH }],
  ['tech-department/after-sales-project', { subject: 'PRJ-J', period: '2026-Q3', ...exampleJ }],
  ['tech-department/implementation-project', { subject: 'PRJ-I', period: 'PRJ-2026-001', ...exampleI }],
] as const;

describe('project schemes with a plan', () => {
  it('include the presales, after-sales and implementation projects, in both readings', () => {
    for (const [base] of projects) for (const id of [base, `${base}.literal`]) expect(hasPlan(compilePreset(id)), id).toBe(true);
  });

  it('appraise examples H, J and I — composite, grade, bonus, sanction — exactly as the decimal evaluator does', () => {
    for (const [base, input] of projects) for (const id of [base, `${base}.literal`]) bothWays(id, input);
    const h = appraiseSync(compilePreset('tech-department/presales-project'), projects[0][1]);
    expect([h.composite?.value, h.grade?.id, h.bonus?.final, h.bonus?.shares?.leader]).toEqual(['83.00', 'B', '9680.00', '3872.00']);
  });

  it('keep money exact past the safe integer range, collected payments and grade streaks as the evaluator does', () => {
    const [id, input] = projects[0];
    const variants = [
      { contractValue: '999999999999.99', complexity: 'mission-critical', timeDifficulty: 'high', leaderShare: '0.33333333' },
      { contractValue: 123_456_789_012.34, finalPaymentCollectedOn: '2026-09-24' },
      { contractValue: '0.01', finalPaymentCollectedOn: '2026-12-31', leaderShare: '0.6' },
    ];
    for (const facts of variants) bothWays(id, { ...input, facts: { ...input.facts, ...facts } });
    // A third D in a row: 27 + 35 = 62.
    const third = { ...input, facts: { ...input.facts, actualDays: 40, gradeHistory: [{ grade: 'D' }, { grade: 'D' }] }, ratings: { quality: { self: 35, superior: 35 } } };
    bothWays(id, third);
    expect(appraiseSync(compilePreset(id), third).sanction?.streak).toBe(3);
    const big = appraiseSync(compilePreset(id), { ...input, facts: { ...input.facts, ...variants[0] } }, { explain: false });
    // 999,999,999,999.99 × 0.005 × 1.3 × 1.2, exactly: past 2^53 in hundredths of a thousandth.
    expect([big.bonus?.lines[0]?.amount, big.bonus?.lines[2]?.amount, big.bonus?.full]).toEqual(['4999999999.99995', '7799999999.999922', '7800000000.00']);
  });
});

describe('presets with a plan', () => {
  it('include the implementation engineer (a formula) and the maintenance vendor (deadlines)', () => {
    for (const id of ['tech-support-center/implementation-engineer', 'outsourced-maintenance/vendor']) expect(hasPlan(compilePreset(id)), id).toBe(true);
  });

  it('include the engineers appraised through a review chain, in both readings', () => {
    for (const base of ['tech-support-center/network-admin-engineer', 'tech-support-center/after-sales-engineer']) {
      for (const id of [base, `${base}.literal`]) expect(hasPlan(compilePreset(id)), id).toBe(true);
    }
  });

  it('appraise the review chain presets\' examples through the plan exactly as the decimal evaluator does', () => {
    for (const [id, example] of [['tech-support-center/network-admin-engineer', exampleB], ['tech-support-center/after-sales-engineer', exampleE]] as const) {
      const compiled = compilePreset(id);
      const input = { subject: 'engineer-R', period: '2026-Q3', ...example };
      const result = appraiseSync(compiled, input);
      expect(typeof Object.getOwnPropertyDescriptor(result, 'lines')?.get, id).toBe('function');
      expect(result.reviews.map((review) => [review.level, review.reviewer, review.total]), id).toEqual([['direct-supervisor', null, result.total]]);
      expect(JSON.stringify(result), id).toBe(JSON.stringify(appraiseSync({ ...compiled }, input)));
      expect(JSON.stringify(appraiseSync(compiled, input, { explain: false })), id).toBe(JSON.stringify(appraiseSync({ ...compiled }, input, { explain: false })));
    }
  });

  it('appraise their examples through the plan exactly as the decimal evaluator does', () => {
    for (const [id, input] of [['tech-support-center/implementation-engineer', { subject: 'engineer-D', period: '2026-Q3', ...exampleD }], ['outsourced-maintenance/vendor', vendorMonth]] as const) {
      const compiled = compilePreset(id);
      const result = appraiseSync(compiled, input);
      // Read through the plan: its lines are on demand until serialised.
      expect(typeof Object.getOwnPropertyDescriptor(result, 'lines')?.get, id).toBe('function');
      expect(JSON.stringify(result), id).toBe(JSON.stringify(appraiseSync({ ...compiled }, input)));
    }
    expect(appraiseSync(compilePreset('outsourced-maintenance/vendor'), vendorMonth, { explain: false }).items.map((item) => item.points)).toEqual(['-2.00', '-5.00', '-2.00', '-2.00', '-10.00', '-5.00', '0.00', '-4.00']);
  });
});
