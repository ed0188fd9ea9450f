import { describe, expect, it, vi } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { filterReadingAnItem, filterReadTwice, outages } from '../evaluate/sharedFilterFixtures';

// Counts every test of a `where` predicate against an event, to see which filters are shared.
const counter = vi.hoisted(() => ({ tests: 0 }));
vi.mock('./evaluatePredicate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./evaluatePredicate')>();
  return {
    ...actual,
    predicateTest: (predicate: Parameters<typeof actual.predicateTest>[0]) => {
      const test = actual.predicateTest(predicate);
      return (ctx: Parameters<typeof test>[0]) => {
        counter.tests += 1;
        return test(ctx);
      };
    },
  };
});


/**
 * The scheme compiled, copied without its plan: these tests count the decimal evaluator's filter
 * tests, and a scheme with a plan sends such subjects through the plan (plan/sharedFilters.test.ts
 * counts those).
 */
const compileForEvaluator = (scheme: Parameters<typeof compile>[0]) => ({ ...compile(scheme) });

describe('perOccurrence filters shared within a subject', () => {
  it('tests a filter two items write alike once per event, and both items count its events', () => {
    const scheme = filterReadTwice();
    const compiled = compileForEvaluator(scheme);
    counter.tests = 0;
    const result = appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { outages } });
    expect(counter.tests).toBe(3);
    expect(result.items.map((item) => item.points)).toEqual(['-20.00', '-10.00']);
    // A second subject filters its own events.
    appraiseSync(compiled, { subject: 't', period: '2026-Q3', facts: { outages: outages.slice(0, 1) } });
    expect(counter.tests).toBe(4);
  });

  it('tests a filter that reads an item’s points for each item, since the points change', () => {
    const scheme = filterReadingAnItem();
    counter.tests = 0;
    const result = appraiseSync(compileForEvaluator(scheme), { subject: 's', period: '2026-Q3', facts: { outages } });
    // While A's own rule runs A has no points, and B sees A at 0: neither counts an outage.
    expect(counter.tests).toBe(6);
    expect(result.items.map((item) => item.points)).toEqual(['0.00', '0.00']);
  });
});
