import { describe, expect, it } from 'vitest';
import { appraiseSync, compile, hasPlan } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';

const isLazy = (result: object): boolean => typeof Object.getOwnPropertyDescriptor(result, 'lines')?.get === 'function';

describe('allowances per window in a plan', () => {
  it('counts each window alike with a few windows and with more than sixteen (a project over two years)', () => {
    const scheme = testScheme([testItem('N', { kind: 'perOccurrence', source: { events: 'outages' }, each: -1, allowance: 1, per: 'month' }, { points: 100 })], {
      period: 'project',
      inputs: [{ name: 'outages', type: 'events', dateField: 'at', fields: [{ name: 'at', type: 'datetime' }] }],
    });
    const compiled = compile(scheme);
    expect(hasPlan(compiled)).toBe(true);
    // Months 1..n, each with one or three outages, out of order: only the second and third of a month are charged.
    for (const months of [3, 16, 17, 24]) {
      const outages = [];
      for (let m = months; m >= 1; m -= 1) {
        const year = 2025 + Math.floor((m - 1) / 12);
        const month = String(((m - 1) % 12) + 1).padStart(2, '0');
        const times = m % 2 === 0 ? 3 : 1;
        for (let t = 0; t < times; t += 1) outages.push({ at: `${year}-${month}-1${t}T08:00:00Z` });
      }
      const input = { subject: 's', period: 'P-1', facts: { outages } };
      const result = appraiseSync(compiled, input);
      expect(isLazy(result), `${months} months`).toBe(true);
      expect(JSON.stringify(result), `${months} months`).toBe(JSON.stringify(appraiseSync({ ...compiled }, input)));
      expect(result.total).toBe(`${100 - 2 * Math.floor(months / 2)}.00`);
    }
  });
});
