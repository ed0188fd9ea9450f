import { describe, expect, it } from 'vitest';
import { KaoheError } from '../errors/KaoheError';
import { appraiseSync } from './appraise';
import { compile } from './compile';

const name = (en: string) => ({ 'zh-CN': en, en });

/** A project-like scheme: one computed item (the same for every rater) and two rated items. */
function scheme(panel: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    kind: 'scorecard',
    id: 'test/panel',
    version: '1',
    name: name('panel'),
    period: 'project',
    model: 'points',
    inputs: [{ name: 'days', type: 'count' }],
    items: [
      { id: 'computed', name: name('computed'), points: 40, rule: { kind: 'formula', value: { op: 'sub', args: [40, { fact: 'days' }] } }, provenance: { inferred: 'test' } },
      { id: 'q', name: name('q'), points: 50, rule: { kind: 'rated', max: 50 }, provenance: { inferred: 'test' } },
      { id: 'd', name: name('d'), points: 10, rule: { kind: 'rated', max: 10 }, provenance: { inferred: 'test' } },
    ],
    panel,
    ...extra,
  };
}

const raters = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const input = (ratings: Record<string, unknown>) => ({ subject: 'P-1', period: 'P-1', facts: { days: 5 }, ratings });
const full = { q: { a: 40, b: 45, c: 50 }, d: { a: 6, b: 8, c: 10 } };

describe('panel composite', () => {
  it('lists each rater\'s total and takes their mean: computed items count the same for every rater', () => {
    const result = appraiseSync(compile(scheme({ raters })), input(full));
    expect(result.composite?.raters.map((r) => [r.rater, r.total])).toEqual([['a', '81.00'], ['b', '88.00'], ['c', '95.00']]);
    expect(result.composite?.arithmetic).toBe('(81 + 88 + 95) / 3 = 88');
    expect(result.total).toBe('88.00');
    expect(result.items.map((i) => i.points)).toEqual(['35.00', '45.00', '8.00']);
    const line = result.lines.find((l) => l.code === 'total.composite');
    expect(line?.amount).toBe('0');
    expect(line?.message.en).toBe('composite of the totals of 3 rater(s) (a 81, b 88, c 95) by the mean: 88.00; the items add up to 88.00: 0');
  });

  it('takes the mean of the raters who rated, leaving out a rater who rated nothing', () => {
    const result = appraiseSync(compile(scheme({ raters })), input({ q: { a: 40, b: 45 }, d: { a: 6, b: 8 } }));
    expect(result.composite?.raters.map((r) => r.rater)).toEqual(['a', 'b']);
    expect(result.total).toBe('84.50');
  });

  it('rejects a rater who rated some rated items but not all', () => {
    const compiled = compile(scheme({ raters }));
    let error: unknown;
    try {
      appraiseSync(compiled, input({ q: { a: 40, b: 45 }, d: { a: 6 } }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KaoheError);
    expect((error as KaoheError).code).toBe('rater_incomplete');
    expect((error as KaoheError).path).toEqual(['ratings', 'd', 'b']);
  });

  it('weighs raters by their weights, renormalised over those who rated; rated items follow the weights too', () => {
    const weighted = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 2 }];
    const result = appraiseSync(compile(scheme({ raters: weighted, combine: 'weighted' })), input(full));
    // (81 × 1 + 88 × 1 + 95 × 2) / 4 = 89.75
    expect(result.total).toBe('89.75');
    expect(result.composite?.divisor).toBe('4');
    expect(result.items.map((i) => i.points)).toEqual(['35.00', '46.25', '8.50']);
    expect(result.composite?.raters.map((r) => r.weight)).toEqual(['1', '1', '2']);
  });

  it('divides by a fixed divisor, the literal option, and shows the difference from the items as a total line', () => {
    const result = appraiseSync(compile(scheme({ raters, combine: 'divisor', divisor: 2 })), input(full));
    // (81 + 88 + 95) / 2 = 132
    expect(result.total).toBe('132.00');
    expect(result.composite?.arithmetic).toBe('(81 + 88 + 95) / 2 = 132');
    expect(result.lines.find((l) => l.code === 'total.composite')?.amount).toBe('44');
    expect(result.items.map((i) => i.points)).toEqual(['35.00', '45.00', '8.00']);
  });

  it('falls back to the literal divisor when `divisor` is absent', () => {
    const result = appraiseSync(compile(scheme({ raters, combine: 'divisor', literalDivisor: 4 })), input(full));
    expect(result.total).toBe('66.00');
  });

  it('combines a rated item that names raters of its own within the item, the same for every panel rater', () => {
    const own = scheme({ raters: [{ id: 'a' }, { id: 'b' }] });
    own.items[2] = { id: 'd', name: name('d'), points: 10, rule: { kind: 'rated', max: 10, raters: [{ id: 'x' }, { id: 'y' }] } as never, provenance: { inferred: 'test' } };
    const result = appraiseSync(compile(own), input({ q: { a: 40, b: 50 }, d: { x: 6, y: 9 } }));
    expect(result.composite?.raters.map((r) => r.total)).toEqual(['82.50', '92.50']);
    expect(result.total).toBe('87.50');
  });

  it('shifts every rater\'s rating of an item a reviewer adjusted', () => {
    const reviewed = scheme({ raters }, { review: { levels: [{ id: 'first', name: name('first') }, { id: 'second', name: name('second'), mayAdjust: true }] } });
    const result = appraiseSync(compile(reviewed), input(full), { reviews: [{ level: 'second', adjustments: [{ item: 'q', points: 40, reason: 'recheck' }] }] });
    expect(result.composite?.raters.map((r) => r.total)).toEqual(['76.00', '83.00', '90.00']);
    expect(result.total).toBe('83.00');
  });

  it('adds no composite to a scheme without a panel', () => {
    const result = appraiseSync(compile({ ...scheme({ raters }), panel: undefined }), input({ q: 40, d: 6 }));
    expect(result.composite).toBeUndefined();
    expect(result.total).toBe('81.00');
  });
});
