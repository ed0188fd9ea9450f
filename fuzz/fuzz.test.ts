import { describe, expect, it } from 'vitest';
import { runFuzz, type Tally } from './runFuzz';

/**
 * The bounded run of the fuzzer: a fixed seed and a few thousand cases. Every failure category is an
 * error that is not ours escaping, a NaN, a broken invariant, or a read that never settles; the
 * message names each with its count and smallest case. Times are counted by `pnpm fuzz`, not here.
 */
const SEED = 2026;

function failures(tally: Tally): Record<string, string> {
  return Object.fromEntries(Object.entries(tally.failures).map(([category, f]) => [category, `${f.count} × ${f.detail.slice(0, 300)} — repro: ${f.repro.slice(0, 800)}`]));
}

const FAMILIES = [
  { family: 'schemes', count: 800, what: 'schemes from the JSON Schemas and mutated presets: only KaoheErrors, and results keep every invariant' },
  { family: 'inputs', count: 1200, what: "inputs drawn from and mutated from every preset's inputs: only KaoheErrors, and results keep every invariant" },
  { family: 'files', count: 100, what: "the adapters' fixtures, damaged, through readInputs: only KaoheErrors and AdapterErrors, every read settles" },
] as const;

describe('fuzz (bounded, seeded)', () => {
  for (const { family, count, what } of FAMILIES) {
    it(what, async () => {
      const tallies = await runFuzz({ seed: SEED, schemes: 0, inputs: 0, files: 0, [family]: count, repoRoot: process.cwd(), pendingLimit: 1 });
      const tally = tallies[family];
      expect(tally.accepted).toBeGreaterThan(0);
      expect(failures(tally)).toEqual({});
      // A family stops early only after a read that never settled, which the line above reports.
      expect(tally.cases).toBe(count);
    }, 120_000);
  }
});
