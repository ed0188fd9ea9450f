import { describe, expect, it } from 'vitest';
import { KaoheError } from '../errors/KaoheError';
import { readFacts } from './readInput';

const specs = [
  {
    name: 'outages',
    type: 'events' as const,
    fields: [
      { name: 'at', type: 'datetime' as const },
      { name: 'customersAffected', type: 'count' as const },
      { name: 'restoredMinutes', type: 'number' as const, min: 0 },
    ],
  },
  { name: 'lateSubmissions', type: 'count' as const },
];

function issuePaths(facts: Record<string, unknown>): unknown[] {
  try {
    readFacts(specs, facts, 'Asia/Shanghai');
  } catch (error) {
    if (error instanceof KaoheError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

describe('paths of bad facts, built only when a check fails', () => {
  it('name the event and field of each failure, however many events pass between them', () => {
    const good = { at: '2026-07-03T10:00:00+08:00', customersAffected: 2, restoredMinutes: 12 };
    const outages = [good, { ...good, restoredMinutes: -1 }, good, { ...good, at: '2026-07-03', customersAffected: 1.5 }, 'x', { at: good.at, restoredMinutes: 3 }];
    expect(issuePaths({ outages, lateSubmissions: 'two' })).toEqual([
      ['facts', 'outages', 1, 'restoredMinutes'],
      ['facts', 'outages', 3, 'at'],
      ['facts', 'outages', 3, 'customersAffected'],
      ['facts', 'outages', 4],
      ['facts', 'outages', 5, 'customersAffected'],
      ['facts', 'lateSubmissions'],
    ]);
  });

  it('read a valid input without issues', () => {
    expect(issuePaths({ outages: [{ at: '2026-07-03T10:00:00+08:00', customersAffected: 2, restoredMinutes: 12 }], lateSubmissions: 0 })).toEqual([]);
  });
});
