import type { FactSpec, Item, LocalizedText, Rater, SchemeSource } from '@kaohe/core';
import { AdapterError } from './AdapterError.js';

/** What a mapping is generated from: the parts of a scorecard, its `extends` resolved, that say what it reads. */
export interface SchemeContract {
  readonly id: string;
  readonly name: LocalizedText | undefined;
  readonly timeZone: string | undefined;
  readonly inputs: readonly FactSpec[];
  readonly items: readonly Item[];
  /** The raters of the scheme's panel, if it has one. */
  readonly panelRaters: readonly Rater[] | undefined;
}

type Scheme = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Scheme {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lookup(source: SchemeSource | undefined, id: string): unknown {
  if (source === undefined) return undefined;
  if (typeof source === 'function') return source(id);
  if (source instanceof Map) return (source as ReadonlyMap<string, unknown>).get(id);
  for (const scheme of source as Iterable<unknown>) if (isObject(scheme) && scheme.id === id) return scheme;
  return undefined;
}

/**
 * The declared inputs, items, panel, name and zone of a scorecard, each taken from the
 * scheme or, when it leaves it out, from the nearest parent along `extends` (as
 * `resolveScorecard` of `@kaohe/core` does). Reads the data without loading the
 * evaluator, so that reading a file stays light; the scheme itself is validated when
 * it is compiled.
 *
 * @example
 * schemeContract(getPreset('tech-support-center/network-admin-engineer')!.scheme, presetSchemes).inputs
 * @throws AdapterError `mappingUnavailable` for what is not a scorecard, an unknown parent or a cycle.
 */
export function schemeContract(scheme: unknown, schemes?: SchemeSource): SchemeContract {
  const id = isObject(scheme) && typeof scheme.id === 'string' ? scheme.id : '';
  if (!isObject(scheme) || scheme.kind !== 'scorecard') {
    const kind = isObject(scheme) ? String(scheme.kind) : typeof scheme;
    throw new AdapterError('mappingUnavailable', { id, reason: `a ${kind} is not a scorecard` }, ['kind']);
  }
  const chain: Scheme[] = [scheme];
  const seen = new Set<string>([id]);
  for (let current: Scheme = scheme; typeof current.extends === 'string'; ) {
    const parentId = current.extends;
    if (seen.has(parentId)) throw new AdapterError('mappingUnavailable', { id, reason: `extends cycle at ${parentId}` }, ['extends']);
    const parent = lookup(schemes, parentId);
    if (!isObject(parent)) throw new AdapterError('mappingUnavailable', { id, reason: `parent scheme ${parentId} not found` }, ['extends']);
    seen.add(parentId);
    chain.push(parent);
    current = parent;
  }
  const pick = (key: string): unknown => chain.find((s) => s[key] !== undefined)?.[key];
  const list = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value.filter(isObject) as unknown as T[]) : []);
  const panel = pick('panel');
  const name = pick('name');
  const timeZone = pick('timeZone');
  return {
    id,
    name: isObject(name) ? (name as unknown as LocalizedText) : undefined,
    timeZone: typeof timeZone === 'string' ? timeZone : undefined,
    inputs: list<FactSpec>(pick('inputs')),
    items: list<Item>(pick('items')),
    panelRaters: isObject(panel) ? list<Rater>(panel.raters) : undefined,
  };
}
