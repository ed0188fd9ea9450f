import { appraiseSync, compileScheme, Decimal, type CompiledScorecard, type SchemeResult } from '@kaohe/core';
import { presetSchemes } from '@kaohe/presets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import type { Comparison } from './comparison';
import { compareResults } from './compareResults';
import { appraiseFile, compiledPreset, EXAMPLES, readJson } from './testKit';

const NETWORK_OPS = 'tech-support-center/network-ops-supervisor';
const PROPOSED = 'examples/schemes/network-ops-supervisor.proposed.json';
const TEAM = 'examples/subjects/network-ops-team.json';

const sum = (values: ReadonlyArray<string | null>): Decimal => values.reduce((acc: Decimal, v) => acc.plus(v ?? 0), new Decimal(0));
const lineSum = (r: SchemeResult): Decimal => (r.kind === 'scorecard' ? sum(r.lines.map((l) => l.amount)) : new Decimal(0));

/** The identities every comparison keeps, whatever the schemes. */
function expectIdentities(comparison: Comparison, before: readonly SchemeResult[], after: readonly SchemeResult[]): void {
  const { subjects, totals } = comparison;
  // Every subject is matched or listed on its side only.
  expect(subjects.length + comparison.onlyBefore.length).toBe(before.length);
  expect(subjects.length + comparison.onlyAfter.length).toBe(after.length);
  // The sum of the subjects' changes is the change of the sums.
  const deltas = sum(subjects.map((s) => s.total.delta));
  expect(deltas.toString()).toBe(new Decimal(totals.total.after).minus(totals.total.before).toString());
  expect(new Decimal(totals.total.delta).equals(deltas)).toBe(true);
  expect(totals.total.up + totals.total.down + totals.total.same).toBe(subjects.length);
  expect(totals.total.histogram.reduce((n, b) => n + b.count, 0)).toBe(subjects.length);
  // Each transition matrix counts every subject matched once: its rows are the subjects' befores, its columns their afters.
  for (const [name, matrix] of Object.entries(totals.transitions)) {
    if (matrix === null) continue;
    const pick = (s: Comparison['subjects'][number]) => (name === 'band' ? s.band : name === 'grade' ? s.grade : s.outcome);
    const counted = subjects.filter((s) => pick(s) !== null);
    expect(matrix.counts.flat().reduce((a, b) => a + b, 0), name).toBe(counted.length);
    matrix.categories.forEach((c, i) => {
      expect(matrix.counts[i]?.reduce((a, b) => a + b, 0), `${name} row ${c.id}`).toBe(counted.filter((s) => pick(s)?.before.id === c.id).length);
      expect(matrix.counts.reduce((n, row) => n + (row[i] ?? 0), 0), `${name} column ${c.id}`).toBe(counted.filter((s) => pick(s)?.after.id === c.id).length);
    });
    const stayed = matrix.categories.reduce((n, _, i) => n + (matrix.counts[i]?.[i] ?? 0), 0);
    expect(stayed).toBe(counted.length - totals.moved[name as 'band' | 'grade' | 'outcome']);
  }
  // The items behind a change add up to it, but for what the total's own lines (a base, a floor) carry.
  const resultOf = (side: readonly SchemeResult[], subject: string) => side.find((r) => r.subject === subject) as SchemeResult;
  for (const s of subjects) {
    const itemsDelta = sum(s.items.map((i) => i.delta));
    expect(itemsDelta.plus(s.rest).equals(s.total.delta), s.subject).toBe(true);
    for (const item of s.items) expect(new Decimal(item.delta).equals(new Decimal(item.after ?? 0).minus(item.before ?? 0))).toBe(true);
    const b = resultOf(before, s.subject);
    const a = resultOf(after, s.subject);
    if (a.kind === 'scorecard' && b.kind === 'scorecard') expect(new Decimal(s.rest).equals(lineSum(a).minus(lineSum(b))), s.subject).toBe(true);
    if (lineSum(a).isZero() && lineSum(b).isZero() && a.kind === 'scorecard' && b.kind === 'scorecard') expect(s.rest).toBe('0.00');
  }
  // Item totals sum the subjects' item changes.
  expect(sum(totals.items.map((i) => i.delta)).equals(sum(subjects.flatMap((s) => s.items.map((i) => i.delta))))).toBe(true);
  if (totals.money !== null) {
    const money = subjects.flatMap((s) => (s.money === null ? [] : [s.money]));
    expect(new Decimal(totals.money.delta).equals(sum(money.map((m) => m.delta)))).toBe(true);
    expect(new Decimal(totals.money.delta).equals(new Decimal(totals.money.after).minus(totals.money.before))).toBe(true);
  }
}

async function proposedScheme(): Promise<CompiledScorecard> {
  return compileScheme(await readJson(PROPOSED), { schemes: presetSchemes }) as CompiledScorecard;
}

describe('compareResults', () => {
  it('finds exactly who moves when the good band starts at 85 and a late report costs 5 points instead of 10', async () => {
    const current = compiledPreset(NETWORK_OPS);
    const proposed = await proposedScheme();
    const before = await appraiseFile(current, TEAM);
    const after = await appraiseFile(proposed, TEAM);
    const comparison = compareResults(before, after, { schemes: [current, proposed], after: { label: 'proposed' } });
    const movers = comparison.subjects.filter((s) => s.moved).map((s) => [s.subject, s.band.before.id, s.band.after.id, s.total.before, s.total.after, s.items.map((i) => `${i.id} ${i.delta}`)]);
    // 85 → good by the edge alone; 75 with 3 late reports → 90; 80 with one → 85; 95 with one → 100.
    expect(movers).toEqual([
      ['N-0000005', 'qualified', 'good', '75.00', '90.00', ['N4 15.00']],
      ['N-0000007', 'qualified', 'good', '85.00', '85.00', []],
      ['N-0000009', 'good', 'excellent', '95.00', '100.00', ['N4 5.00']],
      ['N-0000019', 'qualified', 'good', '85.00', '85.00', []],
      ['N-0000020', 'qualified', 'good', '80.00', '85.00', ['N4 5.00']],
    ]);
    expect(comparison.totals.moved).toEqual({ band: 5, grade: 0, outcome: 5, any: 5 });
    expect(comparison.totals.transitions.grade).toBeNull();
    const { categories, counts } = comparison.totals.transitions.band;
    expect(categories.map((c) => c.id)).toEqual(['excellent', 'good', 'qualified', 'needs-improvement']);
    const at = (from: string, to: string): number => counts[categories.findIndex((c) => c.id === from)]?.[categories.findIndex((c) => c.id === to)] ?? -1;
    expect([at('qualified', 'good'), at('good', 'excellent'), at('qualified', 'qualified'), at('needs-improvement', 'needs-improvement')]).toEqual([4, 1, 3, 2]);
    // Eight people had late reports: 1+1+3+2+1+1+2+1 = 12 of them, 5 points back each.
    expect(comparison.totals.total).toMatchObject({ delta: '60.00', up: 8, down: 0, same: 16 });
    expect(comparison.totals.items).toEqual([{ id: 'N4', name: expect.objectContaining({ en: 'Documents, reports and proposals on time' }), delta: '60.00', up: 8, down: 0 }]);
    expect(comparison.before.schemes).toEqual([{ id: NETWORK_OPS, version: '1.0.0', hash: current.hash, name: current.scheme.name, subjects: 24 }]);
    expect(comparison.after).toMatchObject({ label: 'proposed', subjects: 24, periods: ['2026-Q3'] });
    expect(comparison.totals.money).toBeNull();
    expectIdentities(comparison, before, after);
  });

  it('keeps its identities over the examples, each subject set against another example’s result', async () => {
    const before: SchemeResult[] = [];
    for (const [preset, file, org] of EXAMPLES) before.push(...(await appraiseFile(compiledPreset(preset), `examples/subjects/${file}`, org)));
    // Shifted by one, every subject meets another scheme's result: totals, bands, grades, items, vetoes and money all change.
    const after = before.map((r, i) => ({ ...(before[(i + 1) % before.length] as SchemeResult), subject: r.subject, period: r.period }));
    const comparison = compareResults(before, after);
    expect(comparison.subjects).toHaveLength(before.length);
    expect(comparison.totals.moved.any).toBeGreaterThan(0);
    expect(comparison.totals.transitions.grade).not.toBeNull();
    expect(comparison.subjects.some((s) => s.vetoes.added.length + s.vetoes.removed.length > 0)).toBe(true);
    expect(comparison.totals.money).not.toBeNull();
    expectIdentities(comparison, before, after);
  });

  it('keeps its identities over generated teams under the preset and the proposal', async () => {
    const current = compiledPreset(NETWORK_OPS) as CompiledScorecard;
    const proposed = await proposedScheme();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (seed, count, swap) => {
        const inputs = subjectArray(NETWORK_OPS, count, seed);
        const a = inputs.map((input) => appraiseSync(current, input));
        const b = inputs.map((input) => appraiseSync(proposed, input));
        const [before, after] = swap ? [b, a] : [a, b];
        const comparison = compareResults(before, after.slice(1));
        expect(comparison.onlyBefore.map((s) => s.subject)).toEqual([before[0]?.subject]);
        expectIdentities(comparison, before, after.slice(1));
        // Only N4 changes, by 5 a late report, and never the other way than the step moved.
        for (const s of comparison.subjects) for (const item of s.items) expect([item.id, new Decimal(item.delta).abs().modulo(5).isZero()]).toEqual(['N4', true]);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });

  it('reads no message of a result, since the core renders them only when first read', async () => {
    const [b] = await appraiseFile(compiledPreset(NETWORK_OPS), 'examples/subjects/example-b.json');
    const result = b as SchemeResult & { kind: 'scorecard' };
    const untouchable = <T extends object>(line: T): T =>
      Object.defineProperty({ ...line }, 'message', {
        enumerable: true,
        get: () => {
          throw new Error('a message was read');
        },
      });
    const trapped = { ...result, lines: result.lines.map(untouchable), items: result.items.map((i) => ({ ...i, lines: i.lines.map(untouchable) })) } as SchemeResult;
    expect(compareResults([trapped], [trapped]).subjects).toHaveLength(1);
  });

  it('lists subjects on one side only, matches by period when a side repeats a subject, and refuses what is not a result', async () => {
    const [b] = await appraiseFile(compiledPreset(NETWORK_OPS), 'examples/subjects/example-b.json');
    const result = b as SchemeResult;
    const other = { ...result, subject: 'X-1', name: null };
    const comparison = compareResults([result, other], [result, { ...result, subject: 'Y-1' }]);
    expect(comparison.onlyBefore.map((s) => s.subject)).toEqual(['X-1']);
    expect(comparison.onlyAfter.map((s) => s.subject)).toEqual(['Y-1']);
    const q2 = { ...result, period: '2026-Q2' };
    expect(compareResults([result, q2], [q2]).subjects.map((s) => s.period)).toEqual(['2026-Q2']);
    expect(() => compareResults([result, result], [result])).toThrow(expect.objectContaining({ code: 'input_invalid', path: ['before', 1, 'subject'] }));
    expect(() => compareResults([result], [{ ...result, total: 'ninety' } as unknown as SchemeResult])).toThrow(expect.objectContaining({ code: 'input_invalid', path: ['after', 0, 'total'] }));
    expect(() => compareResults([result], [{ ...result, total: 'ninety' } as unknown as SchemeResult], { locale: 'zh-CN' })).toThrow(/不是 kaohe 的考核结果/);
  });
});
