import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appraiseSync, compile, hasPlan, type Appraisal } from '../index';
import { compileScheme } from '../evaluate/compileScheme';
import { testItem, testScheme } from '../evaluate/testScheme';
import { resultJson, resultJsonParts } from './resultJson';

const scheme = testScheme(
  [
    testItem('A', { kind: 'ratio', value: { ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: 1 }, target: '0.7' }, { points: 60 }),
    testItem('B', { kind: 'rated', max: 40 }, { points: 40, provenance: { source: 'x.txt', clause: '“引号” \\ \n 换行' } }),
  ],
  { inputs: [{ name: 'won', type: 'count' }, { name: 'approved', type: 'count' }] },
);
const compiled = compile(scheme);
const input = (subject: string, name: string | undefined, won: number, rating: number): unknown => ({ subject, ...(name === undefined ? {} : { name }), period: '2026-Q3', facts: { won, approved: 10 }, ratings: { B: rating } });
const bare = (value: unknown): Appraisal => appraiseSync(compiled, value, { explain: false });

/** Whether `resultJson` made the JSON without handing the result itself to JSON.stringify. */
function madeFromPieces(result: Appraisal, space = 0): boolean {
  resultJson(compiled, bare(input('warm', undefined, 1, 1)), space);
  const spy = vi.spyOn(JSON, 'stringify');
  resultJson(compiled, result, space);
  const walked = spy.mock.calls.some(([value]) => typeof value === 'object' && value !== null);
  spy.mockRestore();
  return !walked;
}

afterEach(() => vi.restoreAllMocks());

describe('resultJson', () => {
  it('is JSON.stringify, compact and indented, for results without lines of any subject, made from pieces', () => {
    expect(hasPlan(compiled)).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), fc.string({ unit: 'binary', minLength: 1 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 40 }), (subject, name, extra, won, rating) => {
        // A subject with a lone surrogate or a quote, a name with control characters: JSON escapes them.
        const result = bare(input(`${subject}${extra}`, name, won, rating));
        for (const space of [0, 2]) {
          expect(resultJson(compiled, result, space)).toBe(JSON.stringify(result, null, space));
          expect(madeFromPieces(result, space)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('gives the evaluator’s own results without lines the same JSON', () => {
    const evaluatorOnly = { ...compiled };
    expect(hasPlan(evaluatorOnly)).toBe(false);
    const result = appraiseSync(evaluatorOnly, input('E-1', '张三', 9, 30), { explain: false });
    expect(resultJson(compiled, result)).toBe(JSON.stringify(result));
    expect(madeFromPieces(result)).toBe(true);
  });

  it('leaves any result it does not know to JSON.stringify, and still gives its JSON', () => {
    const changes: ReadonlyArray<(r: Record<string, unknown>) => void> = [
      (r) => (r.sources = [{ system: 'crm' }]),
      (r) => (r.total = 95),
      (r) => (r.band = { id: 'high', name: { en: 'other' } }),
      (r) => (r.band = { id: 'nowhere', name: { en: 'nowhere' } }),
      (r) => (r.scheme = { ...(r.scheme as object), version: '2' }),
      (r) => (r.warnings as unknown[]).push({ code: 'w' }),
      (r) => ((r.items as Record<string, unknown>[])[1] = { ...(r.items as Record<string, unknown>[])[1], name: { en: 'B' } }),
      (r) => (((r.items as Record<string, unknown>[])[0] as Record<string, unknown>).extra = true),
      (r) => ((r.items as unknown[]).length = 1),
      (r) => Object.defineProperty(r, 'toJSON', { value: () => 'replaced', enumerable: false }),
      (r) => {
        // The same keys in another order: JSON follows the order.
        const { subject } = r;
        delete r.subject;
        r.subject = subject;
      },
    ];
    for (const change of changes) {
      const result = bare(input('E-1', undefined, 9, 30)) as unknown as Record<string, unknown>;
      change(result);
      expect(resultJson(compiled, result as unknown as Appraisal)).toBe(JSON.stringify(result));
      expect(madeFromPieces(result as unknown as Appraisal)).toBe(false);
    }
    // A changed item's points are read from the result, as JSON.stringify reads them.
    const changed = bare(input('E-1', undefined, 9, 30));
    (changed.items[0] as { points: string }).points = '1.5"';
    expect(resultJson(compiled, changed)).toBe(JSON.stringify(changed));
  });

  it('gives a result with lines (read on demand) its lines, and a regime’s result as JSON.stringify does', () => {
    const lazy = appraiseSync(compiled, input('E-2', undefined, 3, 12));
    const eager = appraiseSync(compiled, input('E-2', undefined, 3, 12), { explain: 'eager' });
    expect(resultJson(compiled, lazy)).toBe(JSON.stringify(eager));
    const regime = compileScheme({
      schemaVersion: 1,
      kind: 'penaltyRegime',
      id: 'r',
      version: '1',
      name: { 'zh-CN': '罚', en: 'fines' },
      finePerPoint: 1,
      orders: { fact: 'tickets', kinds: [{ id: 'call', name: { 'zh-CN': '来电', en: 'call' } }], start: { name: 'openedAt', label: { 'zh-CN': '来电', en: 'call' } }, timestamps: [] },
      breaches: { kinds: [{ id: 'rude', name: { 'zh-CN': '态度', en: 'rudeness' } }] },
      offences: [{ id: 'B', name: { 'zh-CN': '态度', en: 'rude' }, on: { breaches: 'rude' }, fine: '30.5', provenance: { inferred: 'test' } }],
    });
    const fake = bare(input('E-3', undefined, 3, 12));
    expect(resultJson(regime, fake)).toBe(JSON.stringify(fake));
  });
});

describe('resultJsonParts', () => {
  it('gives the pieces’ parts: the scheme’s the same strings from result to result, at even places, the result’s own between', () => {
    const one = bare(input('E-1', '张三', 9, 30));
    const two = bare(input('E-2', undefined, 2, 11));
    const [first, second] = [resultJsonParts(compiled, one), resultJsonParts(compiled, two)];
    expect(first?.join('')).toBe(JSON.stringify(one));
    expect(second?.join('')).toBe(JSON.stringify(two));
    expect(first?.length).toBe(second?.length);
    first?.forEach((part, i) => {
      if (i % 2 === 0 && i > 0 && i < 8) expect(Object.is(part, second?.[i])).toBe(true);
    });
    expect(first?.filter((_, i) => i % 2 === 1)).toEqual(['"E-1"', '"张三"', '"2026-Q3"', JSON.stringify(one.total), JSON.stringify(one.outcome), ...one.items.map((item) => JSON.stringify(item.points))]);
    expect(resultJsonParts(compiled, { ...one, extra: 1 } as Appraisal)).toBeUndefined();
    expect(resultJsonParts(compiled, one, 2)?.join('')).toBe(JSON.stringify(one, null, 2));
  });
});

describe('resultJson of a result with records', () => {
  const name = (en: string) => ({ 'zh-CN': `“${en}”`, en });
  // A project scheme with every record a planned result carries: the review chain's, the panel's composite, a grade, a bonus, a sanction.
  const project = compile(
    testScheme([testItem('schedule', { kind: 'rated', min: 0, max: 40 }, { points: 40 }), testItem('quality', { kind: 'rated', min: 0, max: 60 }, { points: 60 })], {
      period: 'project',
      bands: [
        { id: 'A', name: name('A'), min: 80 },
        { id: 'B', name: name('B'), max: 80, maxInclusive: false },
      ],
      grades: [
        { id: 'A', name: name('A'), min: 80, factor: 1 },
        { id: 'B', name: name('B'), max: 80, maxInclusive: false, factor: '0.6' },
      ],
      panel: { raters: [{ id: 'self', name: name('self') }, { id: 'superior', name: name('superior'), weight: 2 }], combine: 'weighted' },
      bonus: { rate: '0.005', coefficients: [{ id: 'complexity', name: name('complexity'), fact: 'complexity', values: { simple: '0.8', technical: '1.1' } }], provenance: { inferred: 'test' } },
      sanction: { id: 'suspended', name: name('suspended'), grade: 'B', count: 2, fact: 'gradeHistory', provenance: { inferred: 'test' } },
      review: { levels: [{ id: 'supervisor', name: name('supervisor') }, { id: 'head', name: name('head') }] },
      inputs: [
        { name: 'contractValue', type: 'money', min: 0 },
        { name: 'complexity', type: 'enum', values: ['simple', 'technical'] },
        { name: 'gradeHistory', type: 'events', optional: true, fields: [{ name: 'grade', type: 'enum', values: ['A', 'B'] }] },
      ],
    } as Partial<Parameters<typeof testScheme>[1]>),
  );
  const subject = (id: string, quality: number, history: readonly string[]): Record<string, unknown> =>
    appraiseSync(
      project,
      {
        subject: id,
        name: '张三\n"',
        period: 'PRJ-2026-001',
        facts: { contractValue: '1234567.89', complexity: 'technical', gradeHistory: history.map((grade) => ({ grade })) },
        ratings: { schedule: { self: 35, superior: 33 }, quality: { self: quality, superior: quality - 3 } },
      },
      { explain: false },
    ) as unknown as Record<string, unknown>;
  /** Whether resultJson gave JSON.stringify's bytes compact and indented by 2 and 4, and made them without handing the result itself to JSON.stringify. */
  const fromPieces = (result: Record<string, unknown>): boolean => {
    resultJson(project, subject('warm', 50, []) as unknown as Appraisal, 2);
    const spy = vi.spyOn(JSON, 'stringify');
    const texts = [0, 2, 4].map((space) => resultJson(project, result as unknown as Appraisal, space));
    const walked = spy.mock.calls.some(([value]) => value === result);
    spy.mockRestore();
    expect(texts).toEqual([0, 2, 4].map((space) => JSON.stringify(result, null, space)));
    return !walked;
  };

  it('makes a planned project result from pieces, its records written whole, compact and indented', () => {
    expect(hasPlan(project)).toBe(true);
    for (const [quality, history] of [[55, []], [30, ['B']], [40, ['A', 'B']]] as const) {
      const result = subject('PRJ-1', quality, history);
      expect(Object.keys(result).slice(-5)).toEqual(['warnings', 'composite', 'grade', 'bonus', 'sanction']);
      expect((result.reviews as unknown[]).length).toBe(1);
      expect(fromPieces(result)).toBe(true);
    }
    // A sanction met: the record is an object, not null.
    expect(subject('PRJ-2', 30, ['B']).sanction).not.toBeNull();
    // A record's content is the result's own, read as JSON.stringify reads it (a toJSON inside included).
    const changed = subject('PRJ-3', 55, []);
    (changed.bonus as Record<string, unknown>).final = '1"\u2028';
    (changed.composite as Record<string, unknown>).extra = { toJSON: (key: string) => `key ${key}` };
    expect(fromPieces(changed)).toBe(true);
    const unreviewed = subject('PRJ-4', 55, []);
    unreviewed.reviews = [];
    expect(fromPieces(unreviewed)).toBe(true);
  });

  it('leaves a result with changed records to JSON.stringify, compact and indented', () => {
    const changes: ReadonlyArray<(r: Record<string, unknown>) => void> = [
      (r) => Object.defineProperty(r.reviews, 'toJSON', { value: () => 'replaced', enumerable: false }),
      (r) => ((r.bonus as Record<string, unknown>).toJSON = () => 'replaced'),
      (r) => (r.reviews = 'none'),
      (r) => (r.composite = '83.00'),
      (r) => (r.grade = undefined),
      (r) => (r.sanction = () => null),
      (r) => (r.extra = null),
      (r) => delete r.warnings,
      (r) => {
        // The records in another order: JSON follows the order.
        const { composite } = r;
        delete r.composite;
        r.composite = composite;
      },
    ];
    for (const change of changes) {
      const result = subject('PRJ-1', 55, []);
      change(result);
      expect(fromPieces(result)).toBe(false);
    }
    // Fewer records than the plan gives, in their order, are still written from pieces.
    const fewer = subject('PRJ-1', 55, []);
    delete fewer.composite;
    delete fewer.bonus;
    expect(fromPieces(fewer)).toBe(true);
  });
});
