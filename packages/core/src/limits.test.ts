import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal';
import { appraiseSync } from './evaluate/appraise';
import { compile } from './evaluate/compile';
import { quarterlyFee } from './fees/quarterlyFee';
import { parseAppraisalInput } from './evaluate/readInput';
import { testItem, testScheme, kaoheErrorOf } from './evaluate/testScheme';
import { LIMITS, numberBreach } from './limits';
import { lint } from './lint/lint';
import { assertSafeJson, parseJsonSafely } from './safety/assertSafeJson';


/** Arrays nested `depth` deep, each level counting how often its element is read. */
function countedNest(depth: number): { value: unknown; reads: () => number } {
  let reads = 0;
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) {
    value = new Proxy([value], {
      get(target, key, receiver) {
        if (key === '0') reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
  return { value, reads: () => reads };
}

const input = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ subject: 's', period: '2026-Q3', facts, ...extra });

describe('LIMITS', () => {
  it('names every limit with its value', () => {
    expect(LIMITS).toEqual({ depth: 64, stringLength: 10_000, entries: 100_000, integerDigits: 12, decimalPlaces: 8 });
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });

  it('refuses an input nested past the depth in an unused fact after reading only the levels it allows', () => {
    const nest = countedNest(40_000);
    const error = kaoheErrorOf(() => parseAppraisalInput(input({ unused: nest.value })));
    expect(error.code).toBe('limit_exceeded');
    expect(error.params).toMatchObject({ limit: 'depth', max: 64, value: 65 });
    expect(error.path.slice(0, 2)).toEqual(['facts', 'unused']);
    expect(error.path).toHaveLength(LIMITS.depth);
    // The walk stops at the limit: 40,000 levels cost no more than 64.
    expect(nest.reads()).toBe(LIMITS.depth - 2);
    expect(error.format('zh-CN')).toContain('嵌套深度为 65,超过上限 64(LIMITS.depth)');
    expect(error.message).toContain('nesting depth is 65, over the limit of 64 (LIMITS.depth)');
  });

  it('refuses a scheme nested past the depth before zod reads it, and so does lint', () => {
    const nest = countedNest(40_000);
    const scheme = { ...testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: -1 })]), description: nest.value };
    const error = kaoheErrorOf(() => compile(scheme));
    expect(error.code).toBe('limit_exceeded');
    expect(error.path[0]).toBe('description');
    expect(nest.reads()).toBeLessThanOrEqual(LIMITS.depth);
    const findings = lint(scheme);
    expect(findings.map((f) => [f.code, f.path[0]])).toEqual([['scheme_invalid', 'description']]);
    expect(findings[0]?.message.en).toContain('LIMITS.depth');
  });

  it('reads JSON text 40,000 levels deep once, refusing it at the depth a file may have', () => {
    const text = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    const error = kaoheErrorOf(() => parseJsonSafely(text));
    expect(error.code).toBe('limit_exceeded');
    expect(error.params['value']).toBe(LIMITS.depth + 2);
    expect(parseJsonSafely(`${'['.repeat(LIMITS.depth + 1)}${']'.repeat(LIMITS.depth + 1)}`)).toBeInstanceOf(Array);
  });

  it('accepts a value at the depth limit, reading each node once', () => {
    const nest = countedNest(LIMITS.depth - 3);
    expect(() => parseAppraisalInput(input({ deep: nest.value }))).not.toThrow();
    expect(nest.reads()).toBe(LIMITS.depth - 3);
  });

  it('reports every bad event of a list at the entries limit as a KaoheError, one issue per bad field', () => {
    const scheme = compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { events: 'orders' }, each: -1 })], { inputs: [{ name: 'orders', type: 'events', fields: [{ name: 'minutes', type: 'number' }, { name: 'at', type: 'date' }] }] }));
    const error = kaoheErrorOf(() => appraiseSync(scheme, input({ orders: new Array(LIMITS.entries).fill({ minutes: 'x', at: 'y' }) })));
    expect([error.code, error.issues.length, error.issues.at(-1)?.path]).toEqual(['input_invalid', 2 * LIMITS.entries, ['facts', 'orders', LIMITS.entries - 1, 'at']]);
  });

  it('refuses long strings and keys, and too many entries, naming the path', () => {
    const long = 'x'.repeat(LIMITS.stringLength + 1);
    expect(kaoheErrorOf(() => parseAppraisalInput(input({ note: long }))).params).toMatchObject({ limit: 'stringLength', value: LIMITS.stringLength + 1 });
    expect(kaoheErrorOf(() => parseAppraisalInput(input({ [long]: 1 }))).path).toEqual(['facts', long]);
    expect(() => parseAppraisalInput(input({ note: 'x'.repeat(LIMITS.stringLength) }))).not.toThrow();
    const events = kaoheErrorOf(() => parseAppraisalInput(input({ outages: new Array(LIMITS.entries + 1).fill(null) })));
    expect([events.code, events.path, events.params['limit'], events.params['value']]).toEqual(['limit_exceeded', ['facts', 'outages'], 'entries', LIMITS.entries + 1]);
    expect(() => assertSafeJson({ list: new Array(LIMITS.entries).fill(0) })).not.toThrow();
  });
});

describe('number limits', () => {
  it('measure numbers by their value, as JSON numbers and decimal strings', () => {
    expect(numberBreach('999999999999.99999999')).toBeUndefined();
    expect(numberBreach('-999999999999.99999999')).toBeUndefined();
    expect(numberBreach('1.500000000000')).toBeUndefined();
    expect(numberBreach('0.123456789')).toEqual({ limit: 'decimalPlaces', value: 9, number: '0.123456789' });
    expect(numberBreach('1000000000000')).toEqual({ limit: 'integerDigits', value: 13, number: '1000000000000' });
    expect(numberBreach(0.1 + 0.2)).toEqual({ limit: 'decimalPlaces', value: 17, number: '0.30000000000000004' });
    expect(numberBreach(1e-7)).toBeUndefined();
    expect(numberBreach(1e-9)).toMatchObject({ limit: 'decimalPlaces', value: 9 });
    expect(numberBreach(1e21)).toMatchObject({ limit: 'integerDigits', value: 22 });
    expect(numberBreach(Number.NaN)).toBeUndefined();
    expect(numberBreach('1,000')).toBeUndefined();
  });

  it('measure a JSON number as its shortest numeral does, on the quick path too', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i += 1) {
      const places = Math.floor(next() * 12);
      const value = Number((next() * 10 ** Math.floor(next() * 14)).toFixed(places)) * (next() < 0.5 ? -1 : 1);
      const text = new Decimal(value).toFixed();
      const [whole = '', fraction = ''] = text.replace('-', '').split('.');
      const expected = whole.replace(/^0+/, '').length > LIMITS.integerDigits ? 'integerDigits' : fraction.length > LIMITS.decimalPlaces ? 'decimalPlaces' : undefined;
      expect([value, numberBreach(value)?.limit]).toEqual([value, expected]);
    }
  });

  it('refuse input numbers past them where they are read, keep long numerals of undeclared fields as text', () => {
    const scheme = compile(
      testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: -1 })], {
        inputs: [{ name: 'n', type: 'count' }, { name: 'rate', type: 'number', optional: true }],
      }),
    );
    const rate = kaoheErrorOf(() => appraiseSync(scheme, input({ n: 1, rate: '0.123456789' })));
    expect([rate.code, rate.path, rate.params['limit']]).toEqual(['limit_exceeded', ['facts', 'rate'], 'decimalPlaces']);
    expect(rate.format('en')).toContain('decimal places of 0.123456789 is 9, over the limit of 8');
    expect(kaoheErrorOf(() => appraiseSync(scheme, input({ n: 1e12 }))).path).toEqual(['facts', 'n']);
    expect(kaoheErrorOf(() => appraiseSync(scheme, input({ n: 1 }, { ratings: { A: '1.0000000001' } }))).path).toEqual(['ratings', 'A']);
    const undeclared = compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: -1 })]));
    expect(kaoheErrorOf(() => appraiseSync(undeclared, input({ n: '1.000000001' }))).path).toEqual(['facts', 'n']);
    const loose = compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { events: 'orders', where: { field: 'id', operator: 'equal', value: '2026100100001234567' } }, each: -1 })], {
      inputs: [{ name: 'orders', type: 'events', fields: [{ name: 'kind', type: 'string' }] }],
    }));
    expect(appraiseSync(loose, input({ orders: [{ kind: 'x', id: '2026100100001234567' }, { kind: 'x', id: '2026100100001234568' }] })).items[0]?.points).toBe('-1.00');
  });

  it('refuse scheme numbers past them (F5: 1e40 no longer prints with an exponent)', () => {
    const huge = kaoheErrorOf(() => compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: `1${'0'.repeat(40)}` })])));
    expect([huge.code, huge.path, huge.params['limit']]).toEqual(['limit_exceeded', ['items', 0, 'rule', 'each'], 'integerDigits']);
    const fine = kaoheErrorOf(() => compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: 0.1 + 0.2 })])));
    expect([fine.code, fine.path, fine.params['limit']]).toEqual(['limit_exceeded', ['items', 0, 'rule', 'each'], 'decimalPlaces']);
    const finding = lint(testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: '0.123456789' })]))[0];
    expect([finding?.code, finding?.path, finding?.message.en]).toEqual(['scheme_invalid', ['items', 0, 'rule', 'each'], expect.stringContaining('decimal places of 0.123456789 is 9, over the limit of 8')]);
  });

  it('compute the largest accepted values exactly: the lines add up and nothing prints with an exponent (F5)', () => {
    const max = '999999999999.99999999';
    const scheme = compile(testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: max, start: max }), testItem('B', { kind: 'perOccurrence', source: { fact: 'n' }, each: `-${max}` })]));
    const result = appraiseSync(scheme, input({ n: 999_999_999_999 }));
    for (const item of result.items) {
      const sum = item.lines.reduce((acc, l) => acc.plus(l.amount), new Decimal(0));
      expect(sum.toFixed(2)).toBe(item.points);
      expect(sum.equals(item.points)).toBe(true);
      for (const l of item.lines) expect(l.amount).not.toMatch(/e/i);
    }
    expect(result.items.map((i) => i.points)).toEqual(['999999999999999999990000.00', '-999999999998999999990000.00']);
    expect(result.total).toBe('1000000000000.00');
  });

  it('refuse review adjustments and quarterly fee arguments past them', () => {
    const reviewed = compile(
      testScheme([testItem('A', { kind: 'perOccurrence', source: { fact: 'n' }, each: 1 })], { review: { levels: [{ id: 'head', name: { 'zh-CN': '负责人', en: 'head' } }] } }),
    );
    const adjusted = kaoheErrorOf(() => appraiseSync(reviewed, input({ n: 1 }), { reviews: [{ level: 'head', adjustments: [{ item: 'A', points: `1${'0'.repeat(40)}`, reason: 'x' }] }] }));
    expect([adjusted.code, adjusted.path, adjusted.params['limit']]).toEqual(['limit_exceeded', ['reviews', 0, 'adjustments', 0, 'points'], 'integerDigits']);
    const mapping = { tiers: [{ min: 0, factor: 1 }] };
    const fee = kaoheErrorOf(() => quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 90, '2026-08': 90, '2026-09': 90 }, fee: '0.123456789', mapping }));
    expect([fee.code, fee.path]).toEqual(['limit_exceeded', ['fee']]);
    const score = kaoheErrorOf(() => quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 90, '2026-08': 1e13, '2026-09': 90 }, fee: 100, mapping }));
    expect([score.code, score.path]).toEqual(['limit_exceeded', ['scores', '2026-08']]);
  });
});
