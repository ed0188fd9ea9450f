import { testItem, testScheme } from './testScheme';

/** Outages of a quarter and a filter on them, read by the tests of shared event filters (the evaluator's and the plan's). */
const outageInputs = [{ name: 'outages', type: 'events' as const, fields: [{ name: 'at', type: 'datetime' as const }, { name: 'customers', type: 'count' as const }] }];

/** Three outages, two of them with more than one customer. */
export const outages = [
  { at: '2026-07-03T10:00:00+08:00', customers: 2 },
  { at: '2026-07-09T10:00:00+08:00', customers: 1 },
  { at: '2026-08-01T10:00:00+08:00', customers: 5 },
];

/** The filter of N1 and N2: more than one customer affected. */
const manyCustomers = { field: 'customers', operator: 'greaterThan' as const, value: 1 };

/** N1 and N2 count the same outages with filters written alike. */
export function filterReadTwice(): ReturnType<typeof testScheme> {
  return testScheme(
    [
      testItem('N1', { kind: 'perOccurrence', source: { events: 'outages', where: manyCustomers }, each: -10 }),
      testItem('N2', { kind: 'perOccurrence', source: { events: 'outages', where: { ...manyCustomers } }, each: -5 }),
    ],
    { model: 'deduction', base: 100, inputs: outageInputs },
  );
}

/** A and B count outages with a filter that reads A's points, which change from item to item. */
export function filterReadingAnItem(): ReturnType<typeof testScheme> {
  const readsItem = { all: [manyCustomers, { item: 'A', operator: 'lessThan' as const, value: 0 }] };
  return testScheme(
    [
      testItem('A', { kind: 'perOccurrence', source: { events: 'outages', where: readsItem }, each: -10 }),
      testItem('B', { kind: 'perOccurrence', source: { events: 'outages', where: readsItem }, each: -5 }),
    ],
    { model: 'deduction', base: 100, inputs: outageInputs },
  );
}
