import type { KaoheErrorCode } from '../errors/codes';
import { KaoheError, type IssuePath } from '../errors/KaoheError';
import { limitError } from '../errors/limitExceeded';
import { LIMITS, numberBreach, type LimitBreach } from '../limits';
import type { MessageParams } from '../locales/render';

import { UNSAFE_KEYS } from './unsafeKeys';

/** The codes a value that is not plain data is reported with, by what it was read as. */
export type NotJsonCode = Extract<KaoheErrorCode, 'scheme_invalid' | 'input_invalid' | 'org_invalid'>;

/**
 * What is wrong with a value. The path is collected on the way back up, innermost key first, so a
 * walk that finds nothing builds no path at all and one that finds something builds one path once:
 * copying the path at every level would make a deep value cost the square of its depth.
 */
interface Problem {
  readonly issue:
    | { readonly code: 'unsafe_key'; readonly params: MessageParams }
    | { readonly notJson: { readonly en: string; readonly 'zh-CN': string } }
    | { readonly breach: LimitBreach };
  readonly reversedPath: Array<string | number>;
}

const notJson = (en: string, zh: string): Problem => ({ issue: { notJson: { en, 'zh-CN': zh } }, reversedPath: [] });
const over = (breach: LimitBreach): Problem => ({ issue: { breach }, reversedPath: [] });

interface WalkLimits {
  /** Deepest nesting allowed: the value itself is at depth 1. */
  readonly depth: number;
  /** Whether strings, entries and numbers are held to {@link LIMITS} too. */
  readonly sizes: boolean;
}

const ENTRY: WalkLimits = { depth: LIMITS.depth, sizes: true };
// A file may list many subjects or schemes, one level above each; each is held to every limit by
// the entry that reads it, so the file is only kept shallow enough to walk.
const FILE: WalkLimits = { depth: LIMITS.depth + 1, sizes: false };

/**
 * One walk over a value, recursive and so bounded by `limits.depth` before it goes deeper: every
 * node is visited once, and the first problem found ends the walk.
 */
function inspect(value: unknown, depth: number, limits: WalkLimits): Problem | undefined {
  switch (typeof value) {
    case 'string':
      return limits.sizes && value.length > LIMITS.stringLength ? over({ limit: 'stringLength', value: value.length }) : undefined;
    case 'number': {
      const breach = limits.sizes ? numberBreach(value) : undefined;
      return breach === undefined ? undefined : over(breach);
    }
    case 'function':
    case 'symbol':
    case 'bigint':
      return notJson(`a ${typeof value} is not JSON`, `${typeof value} 不是 JSON 数据`);
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return undefined;
  if (depth > limits.depth) return over({ limit: 'depth', value: depth });
  if (Array.isArray(value)) {
    if (limits.sizes && value.length > LIMITS.entries) return over({ limit: 'entries', value: value.length });
    for (let index = 0; index < value.length; index += 1) {
      const problem = inspect(value[index], depth + 1, limits);
      if (problem !== undefined) {
        problem.reversedPath.push(index);
        return problem;
      }
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return notJson('not a plain object: only plain objects and arrays are JSON', '不是普通对象:JSON 只有普通对象和数组');
  const keys = Reflect.ownKeys(value);
  if (limits.sizes && keys.length > LIMITS.entries) return over({ limit: 'entries', value: keys.length });
  for (const key of keys) {
    if (typeof key === 'symbol') return notJson('symbol keys are not JSON', 'symbol 键不是 JSON 数据');
    let problem: Problem | undefined;
    if (UNSAFE_KEYS.has(key)) problem = { issue: { code: 'unsafe_key', params: { key } }, reversedPath: [] };
    else if (limits.sizes && key.length > LIMITS.stringLength) problem = over({ limit: 'stringLength', value: key.length });
    else problem = inspect((value as Record<string, unknown>)[key], depth + 1, limits);
    if (problem !== undefined) {
      problem.reversedPath.push(key);
      return problem;
    }
  }
  return undefined;
}

function check(value: unknown, path: IssuePath, limits: WalkLimits, code: NotJsonCode): void {
  const problem = inspect(value, 1, limits);
  if (problem === undefined) return;
  const at = [...path, ...problem.reversedPath.reverse()];
  if ('breach' in problem.issue) throw limitError(problem.issue.breach, at);
  if ('notJson' in problem.issue) throw new KaoheError({ code, path: at, params: { reason: problem.issue.notJson } });
  throw new KaoheError({ code: problem.issue.code, path: at, params: problem.issue.params });
}

/**
 * Checks that a value from an untrusted source is plain data within {@link LIMITS}: no `__proto__`,
 * `constructor` or `prototype` key at any depth, no functions, no objects other than plain ones
 * and arrays, no nesting, string, array or number past its limit. Time is linear in the value's
 * size, and the walk stops at the depth limit before going deeper.
 *
 * @param code What a value that is not plain data is (a Map, a Date, a class instance, a function):
 * `scheme_invalid` for a scheme, `input_invalid` for a subject's input, `org_invalid` for an org chart.
 * @example
 * assertSafeJson(JSON.parse('{"__proto__": {"polluted": true}}')); // throws KaoheError 'unsafe_key'
 * assertSafeJson({ facts: new Map() }, [], 'input_invalid'); // throws KaoheError 'input_invalid' at facts
 * @throws {KaoheError} `unsafe_key` naming the path of the first offending key; `limit_exceeded`
 * naming the limit and the path; `code` naming the path of the first value that is not plain data.
 */
export function assertSafeJson(value: unknown, path: IssuePath = [], code: NotJsonCode = 'scheme_invalid'): void {
  check(value, path, ENTRY, code);
}

/**
 * Parses JSON text from an untrusted source into plain data, refusing prototype keys and nesting
 * deeper than {@link LIMITS} allows (one level more, for a file listing subjects or schemes); the
 * other limits are checked by whatever reads the data (compile, appraise).
 *
 * @example
 * parseJsonSafely('{"id": "x"}'); // { id: 'x' }
 * @throws {KaoheError} `scheme_invalid` for text that is not JSON; `unsafe_key` for a prototype key;
 * `limit_exceeded` for nesting too deep.
 */
export function parseJsonSafely(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KaoheError({ code: 'scheme_invalid', path: [], params: { reason: error instanceof Error ? error.message : 'not JSON' } });
  }
  check(parsed, [], FILE, 'scheme_invalid');
  return parsed;
}
