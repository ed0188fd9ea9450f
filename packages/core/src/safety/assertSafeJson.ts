import type { KaoheErrorCode } from '../errors/codes';
import { KaoheError, type IssuePath } from '../errors/KaoheError';
import { UNSAFE_KEYS } from './unsafeKeys';

/** The codes a value that is not plain data is reported with, by what it was read as. */
export type NotJsonCode = Extract<KaoheErrorCode, 'scheme_invalid' | 'input_invalid' | 'org_invalid'>;

/**
 * Checks that a value parsed from untrusted JSON is plain data: no `__proto__`, `constructor` or
 * `prototype` key at any depth, no functions, no objects other than plain ones and arrays.
 *
 * @param code What a value that is not plain data is (a Map, a Date, a class instance, a function):
 * `scheme_invalid` for a scheme, `input_invalid` for a subject's input, `org_invalid` for an org chart.
 * @example
 * assertSafeJson(JSON.parse('{"__proto__": {"polluted": true}}')); // throws KaoheError 'unsafe_key'
 * assertSafeJson({ facts: new Map() }, [], 'input_invalid'); // throws KaoheError 'input_invalid' at facts
 * @throws {KaoheError} `unsafe_key` naming the path of the first offending key; `code` naming the path of the first value that is not plain data.
 */
export function assertSafeJson(value: unknown, path: IssuePath = [], code: NotJsonCode = 'scheme_invalid'): void {
  const stack: Array<{ value: unknown; path: IssuePath }> = [{ value, path }];
  while (stack.length > 0) {
    const { value: current, path: at } = stack.pop() as { value: unknown; path: IssuePath };
    if (typeof current === 'function' || typeof current === 'symbol' || typeof current === 'bigint') {
      throw new KaoheError({ code, path: at, params: { reason: { en: `a ${typeof current} is not JSON`, 'zh-CN': `${typeof current} 不是 JSON 数据` } } });
    }
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((element, index) => stack.push({ value: element, path: [...at, index] }));
      continue;
    }
    const proto = Object.getPrototypeOf(current) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new KaoheError({ code, path: at, params: { reason: { en: 'not a plain object: only plain objects and arrays are JSON', 'zh-CN': '不是普通对象:JSON 只有普通对象和数组' } } });
    }
    for (const key of Reflect.ownKeys(current)) {
      if (typeof key === 'symbol') throw new KaoheError({ code, path: at, params: { reason: { en: 'symbol keys are not JSON', 'zh-CN': 'symbol 键不是 JSON 数据' } } });
      if (UNSAFE_KEYS.has(key)) throw new KaoheError({ code: 'unsafe_key', path: [...at, key], params: { key } });
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...at, key] });
    }
  }
}

/**
 * Parses JSON text from an untrusted source into plain data, refusing prototype keys.
 *
 * @example
 * parseJsonSafely('{"id": "x"}'); // { id: 'x' }
 * @throws {KaoheError} `scheme_invalid` for text that is not JSON; `unsafe_key` for a prototype key.
 */
export function parseJsonSafely(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KaoheError({ code: 'scheme_invalid', path: [], params: { reason: error instanceof Error ? error.message : 'not JSON' } });
  }
  assertSafeJson(parsed);
  return parsed;
}
