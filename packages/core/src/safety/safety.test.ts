import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { parseOrgChart } from '../org/parseOrgChart';
import { compileRegime } from '../regimes/compileRegime';
import { parseWorkingCalendar } from '../time/workingDays';
import { KaoheError } from '../errors/KaoheError';
import { assertSafeJson, parseJsonSafely } from './assertSafeJson';
import { canonicalJson, contentHash, sha256Hex } from './contentHash';

describe('untrusted schemes', () => {
  it('rejects a __proto__ key with a KaoheError naming its path, and pollutes nothing', () => {
    const text = '{"schemaVersion":1,"kind":"scorecard","id":"x","items":[{"id":"A","rule":{"kind":"rated","__proto__":{"polluted":true}}}]}';
    let caught: unknown;
    try {
      compile(JSON.parse(text));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KaoheError);
    expect((caught as KaoheError).code).toBe('unsafe_key');
    expect((caught as KaoheError).path).toEqual(['items', 0, 'rule', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects constructor and prototype keys, functions, and class instances', () => {
    expect(() => parseJsonSafely('{"a":{"constructor":{"prototype":{}}}}')).toThrow(/constructor/);
    expect(() => assertSafeJson({ prototype: 1 })).toThrow(KaoheError);
    expect(() => assertSafeJson({ f: () => 1 })).toThrow(KaoheError);
    expect(() => assertSafeJson({ d: new Date() })).toThrow(KaoheError);
    expect(() => parseJsonSafely('{not json')).toThrow(KaoheError);
    expect(parseJsonSafely('{"a":[1,{"b":null}]}')).toEqual({ a: [1, { b: null }] });
  });
});

describe('content hash', () => {
  it('is SHA-256 of canonical JSON, the same in any key order', () => {
    for (const text of ['', 'abc', '考核', 'x'.repeat(1000)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
    expect(contentHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('inputs that are not plain data', () => {
  const compiled = compile({
    schemaVersion: 1,
    kind: 'scorecard',
    id: 'test/plain',
    version: '1',
    name: { 'zh-CN': '测试', en: 'test' },
    period: 'quarter',
    model: 'points',
    items: [{ id: 'X', name: { 'zh-CN': '甲', en: 'x' }, points: 100, rule: { kind: 'rated' }, provenance: { inferred: 'test' } }],
  });
  class Facts {
    count = 1;
  }
  const base = { subject: 's', period: '2026-Q3', ratings: { X: 90 } };

  it.each([
    ['a Map as the input', new Map([['subject', 's']]), []],
    ['a Map as facts', { ...base, facts: new Map([['count', 1]]) }, ['facts']],
    ['a class instance as facts', { ...base, facts: new Facts() }, ['facts']],
    ['a Date as a fact', { ...base, facts: { at: new Date(0) } }, ['facts', 'at']],
    ['an array as facts', { ...base, facts: [1, 2] }, ['facts']],
    ['an array as the ratings', { ...base, ratings: [90] }, ['ratings']],
    ['a function as a rating', { ...base, ratings: { X: () => 90 } }, ['ratings', 'X']],
  ])('%s is input_invalid at its path, not scheme_invalid', (_label, input, path) => {
    let caught: unknown;
    try {
      appraiseSync(compiled, input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KaoheError);
    expect([(caught as KaoheError).code, (caught as KaoheError).path]).toEqual(['input_invalid', path]);
  });

  it('a calendar or an org chart that is not plain data is input_invalid or org_invalid', () => {
    expect(() => parseWorkingCalendar({ holidays: new Set(['2026-10-01']) })).toThrow(expect.objectContaining({ code: 'input_invalid', path: ['holidays'] }));
    expect(() => parseOrgChart(new Map())).toThrow(expect.objectContaining({ code: 'org_invalid', path: [] }));
  });
});

describe('scheme hash', () => {
  const name = { 'zh-CN': '测试', en: 'test' };
  const card = (points: unknown, min: unknown, keyOrder = false) => {
    const item = { id: 'X', name, points, rule: { kind: 'steps', value: { fact: 'rate' }, target: points, below: { per: points, change: -5 } }, provenance: { inferred: 'test' } };
    const scheme = { schemaVersion: 1, kind: 'scorecard', id: 'test/hash', version: '1', name, period: 'quarter', model: 'points', base: points, items: [item], bands: [{ id: 'a', name, min }] };
    return keyOrder ? Object.fromEntries(Object.entries(scheme).reverse()) : scheme;
  };

  it('hashes 30, "30", "30.0" and "+30.00" alike in every decimal position, in any key order', () => {
    const hashes = new Set([30, '30', '30.0', '+30.00', ' 30 '].flatMap((v) => [compile(card(v, v)).hash, compile(card(v, v, true)).hash]));
    expect(hashes.size).toBe(1);
    expect(compile(card('0.50', 0)).hash).toBe(compile(card(0.5, '-0')).hash);
  });

  it('follows decimals into nested expressions and grades', () => {
    const withFormula = (a: unknown, factor: unknown) => ({
      ...card(30, 0),
      items: [{ id: 'F', name, points: 10, rule: { kind: 'formula', value: { op: 'add', args: [a, { fact: 'x' }] } }, provenance: { inferred: 'test' } }],
      grades: [{ id: 'A', name, min: 0, factor }],
    });
    expect(compile(withFormula(1, '0.80')).hash).toBe(compile(withFormula('1.0', 0.8)).hash);
    expect(compile(withFormula(1, '0.8')).hash).not.toBe(compile(withFormula(2, '0.8')).hash);
  });

  it('tells different numbers and different texts apart', () => {
    const hash = compile(card(30, 0)).hash;
    expect(compile(card('30.01', 0)).hash).not.toBe(hash);
    expect(compile(card(30, 1)).hash).not.toBe(hash);
    expect(compile({ ...card(30, 0), name: { 'zh-CN': '测试', en: 'renamed' } }).hash).not.toBe(hash);
  });

  it('canonicalises decimals in a regime too: fines, points and durations', () => {
    const regime = (fine: unknown, minutes: unknown) => ({
      schemaVersion: 1,
      kind: 'penaltyRegime',
      id: 'test/hash-regime',
      version: '1',
      name,
      finePerPoint: fine,
      orders: { kinds: [{ id: 'repair', name }], timestamps: [{ name: 'contactedAt', label: name }] },
      offences: [{ id: 'late', name, on: { orders: ['repair'], when: { missed: { step: 'contactedAt', within: { minutes } } } }, points: fine, provenance: { inferred: 'test' } }],
    });
    expect(compileRegime(regime(100, 10)).hash).toBe(compileRegime(regime('100.00', '10.0')).hash);
    expect(compileRegime(regime(100, 10)).hash).not.toBe(compileRegime(regime(100, 11)).hash);
  });
});
