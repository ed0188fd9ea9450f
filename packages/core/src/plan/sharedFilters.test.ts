import { describe, expect, it, vi } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { filterReadingAnItem, filterReadTwice, outages } from '../evaluate/sharedFilterFixtures';

// Counts every test of a compiled `where` against an event, to see which filters the plan shares.
const counter = vi.hoisted(() => ({ tests: 0 }));
vi.mock('./compilePredicate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./compilePredicate')>();
  return {
    ...actual,
    compilePredicate: (...args: Parameters<typeof actual.compilePredicate>) => {
      const test = actual.compilePredicate(...args);
      return (s: Parameters<typeof test>[0]) => {
        counter.tests += 1;
        return test(s);
      };
    },
  };
});

const isLazy = (result: object): boolean => typeof Object.getOwnPropertyDescriptor(result, 'lines')?.get === 'function';

describe('event filters of a plan', () => {
  it('tests a filter two items write alike once per event (N1 and N2 read the same outages)', () => {
    const scheme = filterReadTwice();
    const compiled = compile(scheme);
    counter.tests = 0;
    const result = appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { outages } });
    expect(isLazy(result)).toBe(true);
    expect(counter.tests).toBe(3);
    expect(result.items.map((item) => item.points)).toEqual(['-20.00', '-10.00']);
    appraiseSync(compiled, { subject: 't', period: '2026-Q3', facts: { outages: outages.slice(0, 1) } }, { explain: false });
    expect(counter.tests).toBe(4);
  });

  it('tests a filter that reads an item’s points for each item, as the evaluator does', () => {
    const scheme = filterReadingAnItem();
    counter.tests = 0;
    const result = appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts: { outages } }, { explain: false });
    expect(counter.tests).toBe(6);
    expect(result.items.map((item) => item.points)).toEqual(['0.00', '0.00']);
  });
});
