import { describe, expect, it, vi } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { testItem, testScheme } from '../evaluate/testScheme';

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

const inputs = [{ name: 'outages', type: 'events' as const, fields: [{ name: 'at', type: 'datetime' as const }, { name: 'customers', type: 'count' as const }] }];
const outages = [
  { at: '2026-07-03T10:00:00+08:00', customers: 2 },
  { at: '2026-07-09T10:00:00+08:00', customers: 1 },
  { at: '2026-08-01T10:00:00+08:00', customers: 5 },
];
const manyCustomers = { field: 'customers', operator: 'greaterThan' as const, value: 1 };

describe('perOccurrence filters shared within a subject', () => {
  it('tests a filter two items write alike once per event, and both items count its events', () => {
    const scheme = testScheme(
      [
        testItem('N1', { kind: 'perOccurrence', source: { events: 'outages', where: manyCustomers }, each: -10 }),
        testItem('N2', { kind: 'perOccurrence', source: { events: 'outages', where: { ...manyCustomers } }, each: -5 }),
      ],
      { model: 'deduction', base: 100, inputs },
    );
    const compiled = compile(scheme);
    counter.tests = 0;
    const result = appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { outages } });
    expect(counter.tests).toBe(3);
    expect(result.items.map((item) => item.points)).toEqual(['-20.00', '-10.00']);
    // A second subject filters its own events.
    appraiseSync(compiled, { subject: 't', period: '2026-Q3', facts: { outages: outages.slice(0, 1) } });
    expect(counter.tests).toBe(4);
  });

  it('tests a filter that reads an item’s points for each item, since the points change', () => {
    const readsItem = { all: [manyCustomers, { item: 'A', operator: 'lessThan' as const, value: 0 }] };
    const scheme = testScheme(
      [
        testItem('A', { kind: 'perOccurrence', source: { events: 'outages', where: readsItem }, each: -10 }),
        testItem('B', { kind: 'perOccurrence', source: { events: 'outages', where: readsItem }, each: -5 }),
      ],
      { model: 'deduction', base: 100, inputs },
    );
    counter.tests = 0;
    const result = appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts: { outages } });
    // While A's own rule runs A has no points, and B sees A at 0: neither counts an outage.
    expect(counter.tests).toBe(6);
    expect(result.items.map((item) => item.points)).toEqual(['0.00', '0.00']);
  });
});
