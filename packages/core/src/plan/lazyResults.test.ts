import { describe, expect, it } from 'vitest';
import { appraiseSync, compile, hasPlan } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';
import { planOf } from './planOf';

const scheme = testScheme(
  [
    testItem('A', { kind: 'ratio', value: { ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: 1 }, target: '0.7' }, { points: 20 }),
    testItem('B', { kind: 'rated', min: 0, max: 10 }, { points: 10 }),
    testItem('C', { kind: 'choice', fact: 'quality', options: [{ value: 'good', points: 5 }, { value: 'fail', points: -5 }] }),
  ],
  { inputs: [{ name: 'won', type: 'count' }, { name: 'approved', type: 'count' }, { name: 'quality', type: 'enum', values: ['good', 'fail'] }] },
);
const input = { subject: 'E-1', period: '2026-Q3', facts: { won: 2, approved: 3, quality: 'good' }, ratings: { B: '7.125' } };

describe('a result of the plan, its lines read on demand', () => {
  const compiled = compile(scheme);
  const eager = appraiseSync({ ...compiled }, input);

  it('is the evaluator’s result through JSON, structuredClone, spread and toEqual', () => {
    expect(planOf(compiled)).toBeDefined();
    expect(hasPlan(compiled)).toBe(true);
    expect(hasPlan({ ...compiled })).toBe(false);
    const lazy = () => appraiseSync(compiled, input);
    expect(typeof Object.getOwnPropertyDescriptor(lazy(), 'lines')?.get).toBe('function');
    expect(JSON.stringify(lazy())).toBe(JSON.stringify(eager));
    expect(structuredClone(lazy())).toEqual(structuredClone(eager));
    expect({ ...lazy() }).toEqual({ ...eager });
    expect(lazy()).toEqual(eager);
    expect(Object.keys(lazy())).toEqual(Object.keys(eager));
    expect(Object.keys(lazy().items[0] as object)).toEqual(Object.keys(eager.items[0] as object));
    expect(Object.getPrototypeOf(lazy())).toBe(Object.prototype);
  });

  it('runs the evaluator once: lines read twice are the same array, and become plain data', () => {
    const result = appraiseSync(compiled, input);
    const itemLines = result.items[1]?.lines;
    expect(itemLines).toEqual(eager.items[1]?.lines);
    expect(result.items[1]?.lines).toBe(itemLines);
    expect(result.lines).toBe(result.lines);
    expect(Object.getOwnPropertyDescriptor(result, 'lines')).toMatchObject({ enumerable: true, writable: true });
    expect(Object.getOwnPropertyDescriptor(result.items[0], 'lines')?.get).toBeUndefined();
  });

  it('gives lines read or built for output messages of plain strings: serialising them calls no getter', () => {
    const messagesOf = (result: ReturnType<typeof appraiseSync>) => [...result.lines, ...result.items.flatMap((item) => item.lines)].map((line) => line.message);
    for (const result of [appraiseSync(compiled, input), appraiseSync(compiled, input, { explain: 'eager' })]) {
      const messages = messagesOf(result);
      expect(messages.length).toBeGreaterThan(2);
      for (const message of messages) {
        expect(Object.getOwnPropertyDescriptor(message, 'en')).toMatchObject({ value: expect.any(String), enumerable: true });
        expect(Object.getOwnPropertyDescriptor(message, 'zh-CN')).toMatchObject({ value: expect.any(String), enumerable: true });
      }
    }
    expect(messagesOf(appraiseSync(compiled, input))).toEqual(messagesOf(eager));
  });

  it('swaps its items for the evaluator\'s on the first read, and an item held from before still reads its lines', () => {
    const result = appraiseSync(compiled, input);
    const held = result.items[2] as object;
    const first = result.items[0] as { lines: unknown };
    expect(JSON.stringify(result)).toBe(JSON.stringify(eager));
    // The item whose lines the serialiser read first made the swap; read again, it turns plain too.
    expect(first.lines).toBe(result.items[0]?.lines);
    expect(Object.getOwnPropertyDescriptor(first, 'lines')?.get).toBeUndefined();
    // The items are now plain data objects: no accessor was turned into data, item by item.
    expect(Object.getOwnPropertyDescriptor(held, 'lines')?.get).toBeTypeOf('function');
    expect(result.items[2] === held).toBe(false);
    expect(result.items[2]).toEqual(held);
    expect((held as { lines: unknown }).lines).toBe(result.items[2]?.lines);
    expect(Object.getOwnPropertyDescriptor(held, 'lines')).toMatchObject({ value: result.items[2]?.lines, enumerable: true, writable: true });
  });

  it('refuses to explain figures an input changed after the appraisal no longer gives', () => {
    const mutable = { ...input, facts: { ...input.facts } };
    const result = appraiseSync(compiled, mutable, { locale: 'zh-CN' });
    mutable.facts.won = 0;
    expect(() => result.lines).toThrow(expect.objectContaining({ code: 'input_changed', locale: 'zh-CN' }));
    expect(() => JSON.stringify(result.items[0])).toThrow(/重新考核/);
    // Changed back, the lines explain the figures shown again.
    mutable.facts.won = 2;
    expect(result.lines).toEqual(eager.lines);
  });

  it("builds every line at once with explain: 'eager', through the evaluator, as the same JSON", () => {
    const built = appraiseSync(compiled, input, { explain: 'eager' });
    expect(Object.getOwnPropertyDescriptor(built, 'lines')?.get).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(built.items[0], 'lines')?.get).toBeUndefined();
    expect(JSON.stringify(built)).toBe(JSON.stringify(appraiseSync(compiled, input)));
  });

  it('keeps lines empty with explain: false, as the evaluator does', () => {
    const bare = appraiseSync(compiled, input, { explain: false });
    expect(JSON.stringify(bare)).toBe(JSON.stringify(appraiseSync({ ...compiled }, input, { explain: false })));
    expect(bare.items.every((item) => item.lines.length === 0)).toBe(true);
  });

  it('leaves a subject it is unsure of to the evaluator, which writes the warning or the error', () => {
    const warned = appraiseSync(compiled, { ...input, facts: { ...input.facts, extra: 1 } });
    expect(warned.warnings.map((w) => w.code)).toEqual(['undeclared_fact']);
    expect(() => appraiseSync(compiled, { ...input, ratings: { B: 11 } })).toThrow(/rating/);
  });

  it('has no plan for a scheme that reads a fact by a name plain objects inherit', () => {
    const inherited = compile(testScheme([testItem('C', { kind: 'choice', fact: 'valueOf', options: [{ value: 'x', points: 1 }] })], { inputs: [{ name: 'valueOf', type: 'string', optional: true }] }));
    expect(planOf(inherited)).toBeUndefined();
    expect(() => appraiseSync(inherited, { subject: 's', period: '2026-Q3', facts: {} })).toThrow(/valueOf/);
  });

  it('has no plan for a formula of days between instants (dated in the time zone), and appraises it as before', () => {
    const formula = compile(testScheme([testItem('F', { kind: 'formula', value: { daysBetween: ['from', 'to'] } })], { inputs: [{ name: 'from', type: 'datetime' }, { name: 'to', type: 'datetime' }] }));
    expect(planOf(formula)).toBeUndefined();
    expect(appraiseSync(formula, { subject: 's', period: '2026-Q3', facts: { from: '2026-07-01T10:00:00+08:00', to: '2026-07-04T23:30:00+08:00' } }).total).toBe('3.00');
  });

  it('has a plan for a formula of operators and choices, and gives the evaluator\'s result', () => {
    const value = { if: { fact: 'won', operator: 'greaterThan', value: 2 }, then: { op: 'min', args: [{ op: 'mul', args: [{ fact: 'won' }, '1.5'] }, 10] }, else: { op: 'neg', args: [{ fact: 'won' }] } } as const;
    const formula = compile(testScheme([testItem('F', { kind: 'formula', value })], { inputs: [{ name: 'won', type: 'count' }] }));
    expect(planOf(formula)).toBeDefined();
    for (const won of [0, 1, 3, 7]) {
      const input = { subject: 's', period: '2026-Q3', facts: { won } };
      expect(JSON.stringify(appraiseSync(formula, input))).toBe(JSON.stringify(appraiseSync({ ...formula }, input)));
    }
    expect(appraiseSync(formula, { subject: 's', period: '2026-Q3', facts: { won: 3 } }).total).toBe('4.50');
  });
});
