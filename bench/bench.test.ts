// The benchmark's comparison harness on a few hundred subjects: every implementation must give
// kaohe's totals and bands. Times are never asserted here; `pnpm bench` measures them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectArray } from './generate.mjs';
import { checkEquivalence, loadImplementations, SCHEME_IDS, type Implementation } from './harness.mjs';

let loaded: Awaited<ReturnType<typeof loadImplementations>>;

beforeAll(async () => {
  loaded = await loadImplementations();
});
afterAll(() => loaded.dispose());

describe('benchmark harness', () => {
  it('generates the same subjects from the same seed', () => {
    const id = SCHEME_IDS[0] as string;
    expect(subjectArray(id, 50)).toEqual(subjectArray(id, 50));
    expect(subjectArray(id, 50, 1)).not.toEqual(subjectArray(id, 50));
  });

  it('loads zen-engine, or says why not', () => {
    if (loaded.zenError !== null) expect(loaded.zenError).toMatch(/zen-engine/);
    else expect(Object.values(loaded.byScheme).every((list) => list.some((impl: Implementation) => impl.key === 'zen'))).toBe(true);
  });

  it.each(SCHEME_IDS)('%s: every implementation gives kaohe’s totals and bands', async (id) => {
    const implementations = loaded.byScheme[id] as readonly Implementation[];
    const { subjects, report } = await checkEquivalence(implementations, subjectArray(id, 200));
    expect(subjects).toBe(200);
    expect(report.map((r) => r.key)).toEqual(implementations.slice(1).map((impl) => impl.key));
    for (const entry of report) expect({ name: entry.name, mismatches: entry.mismatches, examples: entry.examples }).toEqual({ name: entry.name, mismatches: 0, examples: [] });
  });

  it('covers outages across months and the UTC month boundary', () => {
    const subjects = subjectArray(SCHEME_IDS[0] as string, 2000);
    const outages = subjects.flatMap((s) => s.facts.outages as Array<{ at: string }>);
    expect(new Set(outages.map((o) => o.at.slice(0, 7)))).toEqual(new Set(['2026-06', '2026-07', '2026-08', '2026-09']));
    expect(outages.some((o) => o.at.endsWith('Z'))).toBe(true);
  });
});
