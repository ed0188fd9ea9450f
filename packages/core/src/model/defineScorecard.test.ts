import { describe, expect, expectTypeOf, it } from 'vitest';
import { compile } from '../evaluate/compile';
import { appraiseSync } from '../evaluate/appraise';
import { defineRegime } from '../regimes/defineRegime';
import { compileRegime } from '../regimes/compileRegime';
import { parseOrgChart } from '../org/parseOrgChart';
import { defineOrgChart } from './defineOrgChart';
import { defineScorecard } from './defineScorecard';
import type { Expr, ExprInput } from './expr';
import { Expr as ExprSchema } from './expr';
import { Predicate as PredicateSchema, type Predicate, type PredicateInput } from './predicate';
import type { ScorecardInput } from './scorecard';
import type { OrgChartInput } from './orgChart';
import type { PenaltyRegimeInput } from '../regimes/PenaltyRegime';
import type { z } from 'zod';

/** Whether `unknown` (or `any`) appears anywhere in a type, down to a depth that covers every field of a scheme. */
type HasUnknown<T, Depth extends unknown[] = []> = Depth['length'] extends 12
  ? false
  : unknown extends T
    ? true
    : T extends readonly (infer Element)[]
      ? HasUnknown<Element, [...Depth, 0]>
      : T extends object
        ? true extends { [K in keyof T]-?: HasUnknown<T[K], [...Depth, 0]> }[keyof T]
          ? true
          : false
        : false;

const name = (en: string) => ({ 'zh-CN': en, en });
const provenance = { inferred: 'test' };

const scheme = defineScorecard({
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'test/define',
  version: '1',
  name: name('Defined'),
  period: 'quarter',
  model: 'points',
  items: [
    {
      id: 'availability',
      name: name('Availability'),
      points: 20,
      rule: { kind: 'steps', value: { fact: 'availability' }, target: '0.999', below: { per: '0.001', change: -2, rounding: 'ceil' } },
      provenance,
    },
    {
      id: 'tickets',
      name: name('Tickets'),
      points: 80,
      rule: {
        kind: 'formula',
        value: { op: 'min', args: [80, { if: { fact: 'closed', operator: 'greaterThan', value: 10 }, then: { item: 'availability' }, else: 0 }] },
      },
      provenance,
    },
  ],
  bands: [{ id: 'good', name: name('Good'), min: 60 }, { id: 'poor', name: name('Poor'), max: 60 }],
});

describe('defineScorecard', () => {
  it('returns the scheme unchanged, with its literal ids and kinds', () => {
    expectTypeOf(scheme.items[0].id).toEqualTypeOf<'availability'>();
    expectTypeOf(scheme.items[1].rule.kind).toEqualTypeOf<'formula'>();
    expectTypeOf(scheme).toExtend<ScorecardInput>();
    const result = appraiseSync(compile(scheme), { subject: 'E-1', period: '2026-Q3', facts: { availability: '0.9975', closed: 12 } });
    expect(result.total).toBe('32.00');
  });

  it('types expressions and predicates on both sides, never as unknown', () => {
    expectTypeOf<z.input<typeof ExprSchema>>().toEqualTypeOf<ExprInput>();
    expectTypeOf<z.output<typeof ExprSchema>>().toEqualTypeOf<Expr>();
    expectTypeOf<z.input<typeof PredicateSchema>>().toEqualTypeOf<PredicateInput>();
    expectTypeOf<z.output<typeof PredicateSchema>>().toEqualTypeOf<Predicate>();
    type StepsValue = Extract<NonNullable<ScorecardInput['items']>[number]['rule'], { kind: 'steps' }>['value'];
    expectTypeOf<StepsValue>().toEqualTypeOf<ExprInput>();
    expectTypeOf<HasUnknown<{ a: [{ b?: unknown }] }>>().toEqualTypeOf<true>();
    expectTypeOf<HasUnknown<ScorecardInput>>().toEqualTypeOf<false>();
    expectTypeOf<HasUnknown<PenaltyRegimeInput>>().toEqualTypeOf<false>();
    expectTypeOf<HasUnknown<OrgChartInput>>().toEqualTypeOf<false>();
    // An expression or predicate kept in an `as const` object is accepted as written.
    expectTypeOf({ all: [{ fact: 'a', operator: 'in', value: ['x', 'y'] }] } as const).toExtend<PredicateInput>();
    expectTypeOf({ op: 'add', args: [1, { ratio: [{ fact: 'a' }, 2] }] } as const).toExtend<ExprInput>();
  });

  it('makes typos compile errors', () => {
    const base = { ...scheme, id: 'typo' } as const;
    const item = { id: 'x', name: name('X'), points: 10, provenance } as const;
    // Each call is a compile error; at run time compile() refuses the same scheme, at the same place.
    const attempts: Array<[() => unknown, RegExp]> = [
      // @ts-expect-error a misspelt fact reference
      [() => defineScorecard({ ...base, items: [{ ...item, rule: { kind: 'ratio', value: { fakt: 'availability' } } }] }), /items\[0\]\.rule\.value/],
      // @ts-expect-error an unknown rule kind
      [() => defineScorecard({ ...base, items: [{ ...item, rule: { kind: 'stepz', value: 1, target: 1 } }] }), /items\[0\]\.rule\.kind/],
      // @ts-expect-error a wrong option value
      [() => defineScorecard({ ...base, items: [{ ...item, rule: { kind: 'steps', value: 1, target: 1, below: { per: 1, change: -1, rounding: 'flor' } } }] }), /below\.rounding/],
      // @ts-expect-error a misspelt option key
      [() => defineScorecard({ ...base, items: [{ ...item, rule: { kind: 'steps', value: 1, target: 1, below: { per: 1, change: -1, roundng: 'floor' } } }] }), /roundng/],
      // @ts-expect-error an unknown key at the top
      [() => defineScorecard({ ...base, bandPolicey: 'first' }), /bandPolicey/],
      // @ts-expect-error a misspelt predicate operator inside an expression
      [() => defineScorecard({ ...base, items: [{ ...item, rule: { kind: 'formula', value: { if: { fact: 'a', operator: 'greater', value: 1 }, then: 1, else: 0 } } }] }), /items\[0\]\.rule\.value/],
    ];
    for (const [attempt, where] of attempts) expect(() => compile(attempt())).toThrow(where);
  });

  it('composes schemes from parts: an item written after a spread keeps its literal types', () => {
    const extended = defineScorecard({
      ...scheme,
      id: 'test/extended',
      items: [...scheme.items, { id: 'extra', name: name('Extra'), rule: { kind: 'choice', fact: 'award', options: [{ value: 'prize', points: 5 }] }, provenance }],
    });
    expectTypeOf(extended.items[2].rule.fact).toEqualTypeOf<'award'>();
    expect(compile(extended).scheme.items.map((i) => i.id)).toEqual(['availability', 'tickets', 'extra']);
  });

  it('accepts $schema at the top', () => {
    const withSchema = defineScorecard({ $schema: './scorecard.schema.json', ...scheme });
    expect(compile(withSchema).hash).toBe(compile(scheme).hash);
  });
});

describe('defineRegime and defineOrgChart', () => {
  it('check regimes and charts and keep their literal types', () => {
    const regime = defineRegime({
      schemaVersion: 1,
      kind: 'penaltyRegime',
      id: 'test/regime',
      version: '1',
      name: name('Regime'),
      finePerPoint: 100,
      orders: { kinds: [{ id: 'repair', name: name('Repair') }], timestamps: [{ name: 'arrivedAt', label: name('arrival') }] },
      offences: [{ id: 'late', name: name('Late'), on: { orders: ['repair'], when: { missed: { step: 'arrivedAt', within: { hours: 4 } } } }, points: 1, provenance }],
    });
    expectTypeOf(regime.offences[0].id).toEqualTypeOf<'late'>();
    expect(compileRegime(regime).scheme.id).toBe('test/regime');
    // `$schema` is accepted, and is no part of the content hash.
    expect(compileRegime(defineRegime({ $schema: './regime.schema.json', ...regime })).hash).toBe(compileRegime(regime).hash);
    const chart = defineOrgChart({ schemaVersion: 1, kind: 'orgChart', id: 'acme', name: name('Acme'), roles: [{ id: 'head', name: name('Head'), reportsTo: null }] });
    expectTypeOf(chart.roles[0].id).toEqualTypeOf<'head'>();
    expect(parseOrgChart(chart).roles[0]?.id).toBe('head');
    expect(parseOrgChart({ $schema: './org-chart.schema.json', ...chart }).id).toBe('acme');
    // @ts-expect-error a misspelt deadline key in an order condition
    const bad = () => defineRegime({ ...regime, offences: [{ ...regime.offences[0], on: { orders: ['repair'], when: { missed: { step: 'arrivedAt', withn: { hours: 4 } } } } }] });
    expect(() => compileRegime(bad())).toThrow();
    // @ts-expect-error a misspelt role key
    const badChart = () => defineOrgChart({ ...chart, roles: [{ id: 'head', name: name('Head'), reportTo: null }] });
    expect(() => parseOrgChart(badChart())).toThrow();
  });
});
