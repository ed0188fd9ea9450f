import fc from 'fast-check';

/** Names no input can supply and no object should be keyed by. */
export const RESERVED_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** What careless data puts where a number belongs. */
export const BAD_NUMBERS: readonly unknown[] = [
  '1,000',
  'x',
  '1e5',
  '',
  ' 7 ',
  '0x10',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0.' + '0'.repeat(60) + '1',
  '1' + '0'.repeat(44),
  '12345678901234567890123456789012345678901.5',
  1e308,
  -1e308,
  9007199254740992,
  9007199254740993,
  5e-324,
  1e-7,
  -1,
  -0,
  0,
  0.1 + 0.2,
];

const OTHER_VALUES: readonly unknown[] = [null, true, false, [], {}, '', 'x', 0, -1, 1, '考核', [null], { '': 0 }];

/** One mutation of a JSON value, applied at the node chosen by `at` (an index into its nodes, modulo their count). */
export type Mutation =
  | { readonly kind: 'retype'; readonly at: number; readonly pick: number }
  | { readonly kind: 'badNumber'; readonly at: number; readonly pick: number }
  | { readonly kind: 'drop'; readonly at: number; readonly pick: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly pick: number }
  | { readonly kind: 'reserved'; readonly at: number; readonly pick: number }
  | { readonly kind: 'nest'; readonly at: number; readonly pick: number }
  | { readonly kind: 'longString'; readonly at: number; readonly pick: number }
  | { readonly kind: 'swap'; readonly at: number; readonly pick: number };

const KINDS = ['retype', 'badNumber', 'drop', 'duplicate', 'reserved', 'nest', 'longString', 'swap'] as const;

/** Mutations, weighted toward the ones that find most (numbers and types). */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.oneof(
    { weight: 3, arbitrary: fc.constant('badNumber' as const) },
    { weight: 3, arbitrary: fc.constant('retype' as const) },
    { weight: 1, arbitrary: fc.constantFrom(...KINDS) },
  ),
  at: fc.nat(),
  pick: fc.nat(),
});

/** Nesting depths drawn by `nest` (the deepest stays far below what JSON.stringify's recursion survives). */
export const NEST_DEPTHS = [3, 40, 400, 2000] as const;

type Container = Record<string, unknown> | unknown[];
interface Node {
  readonly parent: Container | undefined;
  readonly key: string | number | undefined;
  readonly value: unknown;
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every node of a JSON value, root first, in a fixed order (so that a seed gives the same case). */
function nodes(root: unknown): Node[] {
  const out: Node[] = [{ parent: undefined, key: undefined, value: root }];
  for (let i = 0; i < out.length && out.length < 20_000; i += 1) {
    const { value } = out[i] as Node;
    if (Array.isArray(value)) value.forEach((v, key) => out.push({ parent: value, key, value: v }));
    else if (isContainer(value)) for (const key of Object.keys(value)) out.push({ parent: value, key, value: (value as Record<string, unknown>)[key] });
  }
  return out;
}

function nested(value: unknown, depth: number, asObject: boolean): unknown {
  let out = value;
  for (let i = 0; i < depth; i += 1) out = asObject ? { n: out } : [out];
  return out;
}

/** Sets an own property, `__proto__` included (an assignment would change the prototype instead). */
function setOwn(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target) && typeof key === 'number') target[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** Copies plain JSON data, keeping `__proto__` keys as own keys. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Applies mutations to a copy of a JSON value: change a value's type, put a bad number where a
 * number was, drop a key or an element, duplicate an element or a key's value under a new name, add
 * or rename to a reserved key, nest deeply, lengthen a string, swap two siblings.
 *
 * @example
 * mutateJson({ a: 1 }, [{ kind: 'badNumber', at: 1, pick: 0 }]); // { a: '1,000' }
 */
export function mutateJson(value: unknown, mutations: readonly Mutation[]): unknown {
  const root = { root: cloneJson(value) } as Record<string, unknown>;
  for (const mutation of mutations) {
    const all = nodes(root['root']).map((node) => (node.parent === undefined ? { parent: root, key: 'root', value: node.value } : node));
    const node = at(all, mutation.at);
    const parent = node.parent as Container;
    const key = node.key as string | number;
    switch (mutation.kind) {
      case 'retype': {
        const v = node.value;
        const options = [...OTHER_VALUES, typeof v === 'number' ? String(v) : typeof v === 'string' ? Number(v) : v, [v], { value: v }];
        setOwn(parent, key, cloneJson(at(options, mutation.pick) ?? null));
        break;
      }
      case 'badNumber': {
        // Aim at a number when there is one: find the next numeric node from here.
        const numeric = all.filter((n) => typeof n.value === 'number' || (typeof n.value === 'string' && /^-?\d/.test(n.value)));
        const target = numeric.length > 0 ? at(numeric, mutation.at) : node;
        setOwn(target.parent as Container, target.key as string | number, at(BAD_NUMBERS, mutation.pick));
        break;
      }
      case 'drop':
        if (Array.isArray(node.value) && node.value.length > 0) node.value.splice(mutation.pick % node.value.length, 1);
        else if (isContainer(node.value) && !Array.isArray(node.value)) {
          const keys = Object.keys(node.value);
          if (keys.length > 0) delete node.value[at(keys, mutation.pick)];
        } else if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent !== root) delete (parent as Record<string, unknown>)[key];
        break;
      case 'duplicate':
        if (Array.isArray(node.value) && node.value.length > 0) node.value.push(cloneJson(at(node.value, mutation.pick)));
        else if (isContainer(node.value)) {
          const keys = Object.keys(node.value);
          if (keys.length > 0) {
            const source = at(keys, mutation.pick);
            setOwn(node.value, `${source}${mutation.pick % 2 === 0 ? '' : '_'}${keys.length}`, cloneJson((node.value as Record<string, unknown>)[source]));
          }
        } else if (Array.isArray(parent)) parent.push(cloneJson(node.value));
        break;
      case 'reserved': {
        const name = at(RESERVED_NAMES, mutation.pick);
        if (isContainer(node.value) && !Array.isArray(node.value)) {
          const keys = Object.keys(node.value);
          const source = keys.length > 0 ? at(keys, mutation.pick) : undefined;
          setOwn(node.value, name, source === undefined ? 1 : cloneJson((node.value as Record<string, unknown>)[source]));
          if (source !== undefined && mutation.pick % 3 === 0) delete node.value[source];
        } else if (typeof node.value === 'string') setOwn(parent, key, name);
        break;
      }
      case 'nest':
        setOwn(parent, key, nested(node.value, at(NEST_DEPTHS, mutation.pick), mutation.pick % 2 === 1));
        break;
      case 'longString': {
        const unit = typeof node.value === 'string' && node.value.length > 0 ? node.value : '考';
        setOwn(parent, key, unit.repeat(Math.ceil([1_000, 70_000][mutation.pick % 2] as number / unit.length)));
        break;
      }
      case 'swap':
        if (Array.isArray(node.value) && node.value.length > 1) node.value.reverse();
        else if (isContainer(node.value) && !Array.isArray(node.value)) {
          const keys = Object.keys(node.value);
          const a = at(keys, mutation.pick);
          const b = at(keys, mutation.pick + 1);
          if (a !== undefined && b !== undefined) {
            const va = node.value[a];
            setOwn(node.value, a, node.value[b]);
            setOwn(node.value, b, va);
          }
        }
        break;
    }
  }
  return root['root'];
}

/** A value with one to three mutations applied. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })).map(([value, mutations]) => mutateJson(value, mutations));
}
