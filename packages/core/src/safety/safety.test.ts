import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compile } from '../evaluate/compile';
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
