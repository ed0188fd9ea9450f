import { describe, expect, it } from 'vitest';
import { compile, hasPlan, type ScorecardInput } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';
import { againstEvaluator } from './againstEvaluator';

/** 10, less a point a day the file is late after 7 days, and a point per outage with many customers. */
function scheme(dateType: 'date' | 'datetime'): ScorecardInput {
  return testScheme(
    [
      testItem('file', { kind: 'formula', value: { op: 'sub', args: [10, { op: 'max', args: [0, { op: 'sub', args: [{ daysBetween: ['acceptedOn', 'submittedOn'] }, 7] }] }] } }, { points: 10 }),
      testItem('outages', { kind: 'formula', value: { op: 'neg', args: [{ count: 'outages', where: { field: 'customers', operator: 'greaterThan', value: 1 } }] } }),
    ],
    {
      inputs: [
        { name: 'acceptedOn', type: dateType },
        { name: 'submittedOn', type: dateType },
        { name: 'outages', type: 'events', optional: true, fields: [{ name: 'customers', type: 'count' }] },
      ],
    },
  );
}

describe('days between dates and counts of events in a plan', () => {
  it('are planned for date facts, exactly as the evaluator counts them', () => {
    const compiled = compile(scheme('date'));
    expect(hasPlan(compiled)).toBe(true);
    const input = { subject: 'S', period: '2026-Q3', facts: { acceptedOn: '2026-09-10', submittedOn: '2026-09-19', outages: [{ customers: 3 }, { customers: 1 }, { customers: 2 }] } };
    const run = againstEvaluator(compiled, input);
    expect(run.planned).toBe(true);
    expect(run.got).toBe(run.expected);
    expect(run.result?.items.map((item) => item.points)).toEqual(['8.00', '-2.00']);
    // A missing date is the evaluator's error to write.
    const missing = againstEvaluator(compiled, { ...input, facts: { acceptedOn: '2026-09-10' } });
    expect([missing.planned, missing.got]).toEqual([false, missing.expected]);
  });

  it('leave days between instants, dated in the time zone, to the evaluator', () => {
    expect(hasPlan(compile(scheme('datetime')))).toBe(false);
  });
});
