import { issuesFromZod } from '../errors/fromZod';
import { KaoheError } from '../errors/KaoheError';
import { Scorecard, type ResolvedScorecard } from '../model/scorecard';
import { assertSafeJson } from '../safety/assertSafeJson';
import { DEFAULT_TIME_ZONE } from '../time/zonedDate';

/** Where `extends` looks parent schemes up: a list, a map by id, or a function. */
export type SchemeSource = Iterable<unknown> | ReadonlyMap<string, unknown> | ((id: string) => unknown);

/** Looks a scheme up by id in a scheme source. */
export function lookupScheme(source: SchemeSource | undefined, id: string): unknown {
  if (source === undefined) return undefined;
  if (typeof source === 'function') return source(id);
  if (source instanceof Map) return source.get(id);
  for (const candidate of source as Iterable<unknown>) {
    if (typeof candidate === 'object' && candidate !== null && (candidate as { id?: unknown }).id === id) return candidate;
  }
  return undefined;
}

/**
 * Validates a scorecard written as JSON: plain data, no prototype keys, and the shape of {@link Scorecard}.
 *
 * @throws {KaoheError} `unsafe_key`, or `scheme_invalid` with one issue per bad field.
 */
export function parseScorecard(data: unknown): Scorecard {
  assertSafeJson(data);
  const parsed = Scorecard.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'scheme_invalid'));
  return parsed.data;
}

/**
 * Resolves a scorecard's `extends` chain: every field a child leaves out comes from its parent.
 *
 * @throws {KaoheError} `scheme_not_found` for an unknown parent, `extends_cycle` for a cycle,
 * `scheme_invalid` when the resolved scheme still lacks items, period or model.
 */
export function resolveScorecard(data: unknown, schemes?: SchemeSource): ResolvedScorecard {
  const chain: Scorecard[] = [parseScorecard(data)];
  const seen = new Set<string>([(chain[0] as Scorecard).id]);
  for (let current = chain[0] as Scorecard; current.extends !== undefined; ) {
    const parentId = current.extends;
    if (seen.has(parentId)) {
      throw new KaoheError({ code: 'extends_cycle', path: ['extends'], params: { cycle: [...chain.map((s) => s.id), parentId].join(' → ') } });
    }
    const raw = lookupScheme(schemes, parentId);
    if (raw === undefined) throw new KaoheError({ code: 'scheme_not_found', path: ['extends'], params: { id: parentId } });
    let parent: Scorecard;
    try {
      parent = parseScorecard(raw);
    } catch (error) {
      if (error instanceof KaoheError) throw error.withContext(parentId);
      throw error;
    }
    seen.add(parentId);
    chain.push(parent);
    current = parent;
  }
  const [own, ...ancestors] = chain as [Scorecard, ...Scorecard[]];
  const pick = <K extends keyof Scorecard>(key: K): Scorecard[K] => {
    for (const scheme of chain) if (scheme[key] !== undefined) return scheme[key];
    return undefined as Scorecard[K];
  };
  const items = pick('items');
  const period = pick('period');
  const model = pick('model');
  const missing = [items === undefined ? 'items' : '', period === undefined ? 'period' : '', model === undefined ? 'model' : ''].filter(Boolean);
  if (missing.length > 0 || items === undefined || period === undefined || model === undefined) {
    throw new KaoheError(missing.map((key) => ({ code: 'scheme_invalid' as const, path: [key], params: { reason: { en: 'required (here or in a parent scheme)', 'zh-CN': '必填(本方案或其父方案中)' } } })));
  }
  const resolved: ResolvedScorecard = {
    ...own,
    period,
    model,
    items,
    vetoes: pick('vetoes') ?? [],
    bands: pick('bands') ?? [],
    bandPolicy: pick('bandPolicy') ?? 'unique',
    inputs: pick('inputs') ?? [],
    timeZone: pick('timeZone') ?? DEFAULT_TIME_ZONE,
    readings: pick('readings') ?? [],
    sources: pick('sources') ?? [],
    lineage: ancestors.map((s) => s.id),
  };
  for (const key of ['base', 'declaredTotal', 'totalFloor', 'panel', 'grades', 'bonus', 'sanction', 'review', 'description', 'organisation'] as const) {
    if (resolved[key] === undefined) {
      const inherited = pick(key);
      if (inherited !== undefined) (resolved as unknown as Record<string, unknown>)[key] = inherited;
    }
  }
  return resolved;
}
