import { describe, expect, it } from 'vitest';
import { appraiseSync, compile, type CompiledScorecard } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';
import { appraiseByPlan } from './appraiseByPlan';
import { planOf } from './planOf';

/** Outages by restore time after one free a month, a choice, a count, a ratio and a rating: the kinds of the bench schemes. */
const scheme = testScheme(
  [
    testItem('N1', { kind: 'perOccurrence', source: { events: 'outages', where: { field: 'customers', operator: 'greaterThan', value: 1 } }, each: -10, allowance: 1, per: 'month' }),
    testItem('N2', { kind: 'perOccurrence', source: { events: 'outages' }, each: { field: 'minutes', tiers: [{ max: 15, points: 0 }, { min: 15, minInclusive: false, points: '-2.5' }] } }, { points: 10 }),
    testItem('N3', { kind: 'choice', fact: 'quality', options: [{ value: 'good', points: 5 }, { value: 'fail', points: -5 }] }),
    testItem('N4', { kind: 'perOccurrence', source: { fact: 'late' }, each: -60 }),
    testItem('N5', { kind: 'ratio', value: { ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: 1 }, target: '0.7' }, { points: 20 }),
    testItem('N6', { kind: 'rated', min: 0, max: 10 }, { points: 10 }),
  ],
  {
    model: 'deduction',
    base: 100,
    totalFloor: 0,
    inputs: [
      { name: 'outages', type: 'events', dateField: 'at', fields: [{ name: 'at', type: 'datetime' }, { name: 'customers', type: 'count' }, { name: 'minutes', type: 'number', min: 0 }] },
      { name: 'quality', type: 'enum', values: ['good', 'fail'] },
      { name: 'late', type: 'count' },
      { name: 'won', type: 'count' },
      { name: 'approved', type: 'count' },
    ],
  },
);
const outages = [
  { at: '2026-07-03T10:00:00+08:00', customers: 3, minutes: '15.50' },
  { at: '2026-06-30T16:30:00Z', customers: 5, minutes: 12 },
  { at: '2026-07-20T09:00:00+08:00', customers: 1, minutes: 40 },
  { at: '2026-08-02T09:00:00+08:00', customers: 2, minutes: 0.25 },
];
const input = { subject: 'E-1', period: '2026-Q3', facts: { outages, quality: 'fail', late: 2, won: 2, approved: 3 }, ratings: { N6: '7.125' } };

const evaluatorMustNotRun = (): never => {
  throw new Error('the decimal evaluator ran');
};

function planned(compiled: CompiledScorecard, subject: unknown, explainer: (same: unknown) => ReturnType<typeof appraiseSync>) {
  const plan = planOf(compiled);
  if (plan === undefined) throw new Error('no plan');
  return appraiseByPlan(plan, compiled, subject, true, explainer);
}

describe('lines of a planned result, read', () => {
  const compiled = compile(scheme);
  const reference = JSON.stringify(appraiseSync({ ...compiled }, input));

  it('come from the plan, not from the evaluator, and are the evaluator’s byte for byte (floor line included)', () => {
    const result = planned(compiled, input, evaluatorMustNotRun);
    expect(result).toBeDefined();
    expect(JSON.stringify(result)).toBe(reference);
    expect(result?.total).toBe('0.00');
    expect(result?.lines.map((line) => line.code)).toEqual(['total.base', 'total.floor']);
    expect(result?.items[0]?.lines.map((line) => line.code)).toEqual(['perOccurrence.allowed', 'perOccurrence.event', 'perOccurrence.allowed']);
  });

  it('keep the input_changed guard: an input changed to other figures is refused, as before', () => {
    const mutable = { ...input, facts: { ...input.facts } };
    const result = appraiseSync(compiled, mutable);
    mutable.facts.late = 0;
    expect(() => JSON.stringify(result)).toThrow(expect.objectContaining({ code: 'input_changed' }));
    mutable.facts.late = 2;
    expect(JSON.stringify(result)).toBe(reference);
  });

  it('are left to the evaluator for a rule the plan does not describe (a deadline), once', () => {
    const deadline = compile(testScheme([testItem('D', { kind: 'deadline', events: 'tickets', checks: [{ id: 'c', name: { 'zh-CN': '响应', en: 'response' }, from: 'openedAt', to: 'answeredAt', limit: { minutes: 30 }, each: -2 }] } as never)], {
      inputs: [{ name: 'tickets', type: 'events', dateField: 'openedAt', fields: [{ name: 'openedAt', type: 'datetime' }, { name: 'answeredAt', type: 'datetime' }] }],
    }));
    const tickets = { subject: 's', period: '2026-Q3', facts: { tickets: [{ openedAt: '2026-07-01T10:00:00+08:00', answeredAt: '2026-07-01T11:00:00+08:00' }] } };
    let runs = 0;
    const result = planned(deadline, tickets, (same) => {
      runs += 1;
      return appraiseSync({ ...deadline }, same);
    });
    expect(JSON.stringify(result)).toBe(JSON.stringify(appraiseSync({ ...deadline }, tickets)));
    expect(runs).toBe(1);
  });
});
