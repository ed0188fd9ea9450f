import { describe, expect, it } from 'vitest';
import { resolveScorecard } from '../evaluate/resolveScorecard';
import { defineScorecard } from '../model/defineScorecard';
import type { ScorecardInput } from '../model/scorecard';
import { lint } from './lint';
import { maximumTotal } from './maximumTotal';

const name = (en: string) => ({ 'zh-CN': en, en });
const provenance = { inferred: 'test' };
const band = (id: string, min: number, minInclusive = true) => ({ id, name: name(id), min, minInclusive });

const points = defineScorecard({
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'test/reach',
  version: '1',
  name: name('Reach'),
  period: 'quarter',
  model: 'points',
  items: [
    { id: 'A', name: name('A'), points: 40, rule: { kind: 'rated' }, provenance },
    { id: 'B', name: name('B'), points: 50, rule: { kind: 'rated' }, provenance },
    { id: 'bonus', name: name('Bonus'), rule: { kind: 'choice', fact: 'award', options: [{ value: 'none', points: 0 }, { value: 'prize', points: 5 }] }, provenance },
  ],
  bands: [band('excellent', 100), band('good', 80), { id: 'poor', name: name('poor'), max: 80 }],
  bandPolicy: 'first',
});

const reach = (scheme: ScorecardInput) => lint(scheme).filter((f) => f.code === 'band_above_maximum');

describe('maximumTotal', () => {
  it('adds the items\' points and what bonus items can add', () => {
    expect(maximumTotal(resolveScorecard(points))?.toString()).toBe('95');
  });

  it('takes the base of a deduction scheme, its bonuses, and nothing from deductions', () => {
    const deduction = defineScorecard({
      ...points,
      model: 'deduction',
      base: 100,
      items: [
        { id: 'late', name: name('Late'), rule: { kind: 'perOccurrence', source: { fact: 'late' }, each: -2 }, provenance },
        { id: 'sla', name: name('SLA'), rule: { kind: 'steps', value: { fact: 'sla' }, target: 0.99, below: { per: 0.01, change: -5 } }, provenance },
        points.items[2],
      ],
    });
    expect(maximumTotal(resolveScorecard(deduction))?.toString()).toBe('105');
  });

  it('gives a weighted scheme 100', () => {
    const weighted = defineScorecard({ ...points, model: 'weighted', items: [{ ...points.items[0], points: undefined, weight: 60 }, { ...points.items[1], points: undefined, weight: 40 }] });
    expect(maximumTotal(resolveScorecard(weighted))?.toString()).toBe('100');
  });

  it('knows no maximum when an item has no bound to read (a formula, a bonus per occurrence)', () => {
    const open = defineScorecard({ ...points, items: [...points.items, { id: 'extra', name: name('Extra'), rule: { kind: 'perOccurrence', source: { fact: 'praise' }, each: 1 }, provenance }] });
    expect(maximumTotal(resolveScorecard(open))).toBeUndefined();
    expect(reach(open)).toEqual([]);
  });
});

describe('lint: a band above the greatest possible total', () => {
  it('is reported, in both languages, and only for the band that cannot be reached', () => {
    const [finding, ...others] = reach(points);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: ['bands', 0], params: { band: 'excellent', min: '100', max: '95' } });
    expect(finding?.message.en).toBe('band excellent can never be reached: it starts at 100, and the greatest possible total is 95');
    expect(finding?.message['zh-CN']).toBe('等级 excellent 永远无法达到:其下限为 100,而可能的最高总分为 95');
  });

  it('counts a band starting at the maximum as reachable, unless its lower end is open', () => {
    expect(reach({ ...points, bands: [band('top', 95), { id: 'rest', name: name('rest'), max: 95 }] })).toEqual([]);
    expect(reach({ ...points, bands: [band('top', 95, false), { id: 'rest', name: name('rest'), max: 95, maxInclusive: true }] }).map((f) => f.params['band'])).toEqual(['top']);
  });
});
