import { KaoheError, type IssuePath } from '../errors/KaoheError';
import { UNSAFE_KEYS } from './unsafeKeys';

/**
 * Checks that a value parsed from untrusted JSON is plain data: no `__proto__`, `constructor` or
 * `prototype` key at any depth, no functions, no objects other than plain ones and arrays.
 *
 * @example
 * assertSafeJson(JSON.parse('{"__proto__": {"polluted": true}}')); // throws KaoheError 'unsafe_key'
 * @throws {KaoheError} `unsafe_key` naming the path of the first offending key.
 */
export function assertSafeJson(value: unknown, path: IssuePath = []): void {
  const stack: Array<{ value: unknown; path: IssuePath }> = [{ value, path }];
  while (stack.length > 0) {
    const { value: current, path: at } = stack.pop() as { value: unknown; path: IssuePath };
    if (typeof current === 'function' || typeof current === 'symbol' || typeof current === 'bigint') {
      throw new KaoheError({ code: 'scheme_invalid', path: at, params: { reason: `a ${typeof current} is not JSON` } });
    }
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((element, index) => stack.push({ value: element, path: [...at, index] }));
      continue;
    }
    const proto = Object.getPrototypeOf(current) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new KaoheError({ code: 'scheme_invalid', path: at, params: { reason: 'only plain objects are JSON' } });
    }
    for (const key of Reflect.ownKeys(current)) {
      if (typeof key === 'symbol') throw new KaoheError({ code: 'scheme_invalid', path: at, params: { reason: 'symbol keys are not JSON' } });
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
