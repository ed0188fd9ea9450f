import { Decimal, formatFixed2, toDecimal, type CompiledScheme, type LocalizedText } from '@kaohe/core';
import type { Category, CategoryChange, ComparisonTotals, DecimalChange, DeltaSummary, ItemTotal, SubjectComparison, TransitionMatrix } from './comparison';
import { decimalText } from './compareSubject';
import { histogram } from './histogram';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bands (or grades) in order: as the given schemes list them, then those the results name
 * that no scheme given lists, highest lowest score first — bands partition the totals, so that is
 * their order too.
 */
function rankOf(schemeOrder: readonly string[], lowest: ReadonlyMap<string, Decimal>): string[] {
  const rest = [...lowest].filter(([id]) => !schemeOrder.includes(id)).sort(([a, x], [b, y]) => y.comparedTo(x) || byId(a, b));
  return [...new Set([...schemeOrder, ...rest.map(([id]) => id)])];
}

/** The lowest score seen in each category on either side. */
function lowestScores(subjects: readonly SubjectComparison[], pick: (s: SubjectComparison) => CategoryChange | null): Map<string, Decimal> {
  const lowest = new Map<string, Decimal>();
  const see = (category: Category, score: string): void => {
    if (category.id === null) return;
    const seen = lowest.get(category.id);
    const value = toDecimal(score);
    if (seen === undefined || value.lessThan(seen)) lowest.set(category.id, value);
  };
  for (const s of subjects) {
    const change = pick(s);
    if (change === null) continue;
    see(change.before, s.total.before);
    see(change.after, s.total.after);
  }
  return lowest;
}

function transitionMatrix(subjects: readonly SubjectComparison[], pick: (s: SubjectComparison) => CategoryChange, order: readonly string[]): TransitionMatrix {
  const names = new Map<string | null, LocalizedText | null>();
  for (const s of subjects) {
    const { before, after } = pick(s);
    for (const c of [before, after]) if (names.get(c.id) == null) names.set(c.id, c.name);
  }
  const rank = (id: string | null): number => (id === null ? Number.MAX_SAFE_INTEGER : order.includes(id) ? order.indexOf(id) : order.length);
  const ids = [...names.keys()].sort((a, b) => rank(a) - rank(b) || byId(a ?? '', b ?? ''));
  const counts = ids.map(() => ids.map(() => 0));
  for (const s of subjects) {
    const { before, after } = pick(s);
    const row = counts[ids.indexOf(before.id)] as number[];
    const column = ids.indexOf(after.id);
    row[column] = (row[column] ?? 0) + 1;
  }
  return { categories: ids.map((id) => ({ id, name: names.get(id) ?? null })), counts };
}

function deltaSummary(changes: readonly DecimalChange[]): DeltaSummary {
  const deltas = changes.map((c) => toDecimal(c.delta));
  const sum = (values: ReadonlyArray<string | null>): Decimal => values.reduce((acc: Decimal, v) => acc.plus(v ?? 0), new Decimal(0));
  const before = sum(changes.map((c) => c.before));
  const after = sum(changes.map((c) => c.after));
  const delta = deltas.reduce((acc, d) => acc.plus(d), new Decimal(0));
  const zero = new Decimal(0);
  return {
    before: decimalText(before),
    after: decimalText(after),
    delta: decimalText(delta),
    mean: formatFixed2(deltas.length === 0 ? zero : delta.dividedBy(deltas.length)),
    min: decimalText(deltas.length === 0 ? zero : Decimal.min(...deltas)),
    max: decimalText(deltas.length === 0 ? zero : Decimal.max(...deltas)),
    up: deltas.filter((d) => d.isPositive() && !d.isZero()).length,
    down: deltas.filter((d) => d.isNegative() && !d.isZero()).length,
    same: deltas.filter((d) => d.isZero()).length,
    histogram: histogram(deltas.map((d) => d.toString())),
  };
}

function itemTotals(subjects: readonly SubjectComparison[]): ItemTotal[] {
  const totals = new Map<string, { name: LocalizedText; delta: Decimal; up: number; down: number }>();
  for (const s of subjects) {
    for (const item of s.items) {
      const entry = totals.get(item.id) ?? { name: item.name, delta: new Decimal(0), up: 0, down: 0 };
      const delta = toDecimal(item.delta);
      totals.set(item.id, { name: entry.name, delta: entry.delta.plus(delta), up: entry.up + (delta.isPositive() ? 1 : 0), down: entry.down + (delta.isNegative() ? 1 : 0) });
    }
  }
  return [...totals]
    .sort(([a, x], [b, y]) => y.delta.abs().comparedTo(x.delta.abs()) || byId(a, b))
    .map(([id, t]) => ({ id, name: t.name, delta: decimalText(t.delta), up: t.up, down: t.down }));
}

/** The band ids (`grades` false) or grade ids of the schemes, in their order. */
function schemeOrder(schemes: readonly CompiledScheme[], grades: boolean): string[] {
  return schemes.flatMap((c) => (c.kind !== 'compiledScorecard' ? [] : grades ? (c.scheme.grades ?? []).map((g) => g.id) : c.scheme.bands.map((b) => b.id)));
}

/** What changes for the population: who moves band, grade or outcome, and the changes of total, money and items summed. */
export function comparisonTotals(subjects: readonly SubjectComparison[], schemes: readonly CompiledScheme[]): ComparisonTotals {
  const bandOrder = rankOf(schemeOrder(schemes, false), lowestScores(subjects, (s) => s.band));
  const graded = subjects.filter((s) => s.grade !== null);
  const withMoney = subjects.flatMap((s) => (s.money === null ? [] : [s.money]));
  const kind = withMoney[0]?.kind;
  return {
    matched: subjects.length,
    moved: {
      band: subjects.filter((s) => s.band.changed).length,
      grade: graded.filter((s) => s.grade?.changed).length,
      outcome: subjects.filter((s) => s.outcome.changed).length,
      any: subjects.filter((s) => s.moved).length,
    },
    transitions: {
      band: transitionMatrix(subjects, (s) => s.band, bandOrder),
      grade: graded.length === 0 ? null : transitionMatrix(graded, (s) => s.grade as CategoryChange, rankOf(schemeOrder(schemes, true), lowestScores(graded, (s) => s.grade))),
      // Outcomes that are bands keep the bands' order; a veto's `fail`, `unrated` or a sanction come after, by their lowest score.
      outcome: transitionMatrix(subjects, (s) => s.outcome, [...bandOrder, ...rankOf([], lowestScores(subjects, (s) => s.outcome)).filter((id) => !bandOrder.includes(id))]),
    },
    total: deltaSummary(subjects.map((s) => s.total)),
    money: kind === undefined ? null : { kind, ...deltaSummary(withMoney) },
    items: itemTotals(subjects),
  };
}
