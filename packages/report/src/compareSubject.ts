import { Decimal, formatFixed2, toDecimal, type LocalizedText, type SchemeResult } from '@kaohe/core';
import type { Category, CategoryChange, DecimalChange, ItemChange, MoneyKind, SubjectComparison } from './comparison';

/** No band, grade or outcome. */
export const NONE: Category = { id: null, name: null };

/**
 * A decimal as a result writes it: two places, unless it is more exact than that (a penalty
 * regime's points per offence may be `0.125`), so that no change is ever rounded away.
 */
export function decimalText(value: Decimal): string {
  return value.decimalPlaces() <= 2 ? formatFixed2(value) : value.toString();
}

/** What a result is scored by: the total, or a penalty regime's points. */
export const scoreOf = (result: SchemeResult): string => (result.kind === 'penaltyRegime' ? result.points : result.total);

function change(before: string | null, after: string | null): DecimalChange {
  return { before, after, delta: decimalText(toDecimal(after ?? 0).minus(before ?? 0)) };
}

function bandOf(result: SchemeResult): Category {
  return result.kind === 'scorecard' && result.band !== null ? { id: result.band.id, name: result.band.name } : NONE;
}

function gradeOf(result: SchemeResult): Category {
  return result.kind === 'scorecard' && result.grade != null ? { id: result.grade.id, name: result.grade.name } : NONE;
}

/** The outcome, named by the band or the sanction it is, where it is one. */
function outcomeOf(result: SchemeResult): Category {
  if (result.kind === 'penaltyRegime') return { id: result.outcome, name: result.sanctions.find((s) => s.id === result.outcome)?.name ?? null };
  return { id: result.outcome, name: result.band?.id === result.outcome ? result.band.name : null };
}

const categoryChange = (before: Category, after: Category): CategoryChange => ({ before, after, changed: before.id !== after.id });

function moneyOf(result: SchemeResult): { kind: MoneyKind; amount: string } | null {
  if (result.kind === 'penaltyRegime') return { kind: 'fine', amount: result.fine.total };
  return result.bonus == null ? null : { kind: 'bonus', amount: result.bonus.final };
}

/** Each item's points: a scorecard's items, or a regime's offences with the points their lines charge. */
function itemPoints(result: SchemeResult): Map<string, { name: LocalizedText; points: Decimal }> {
  const items = new Map<string, { name: LocalizedText; points: Decimal }>();
  if (result.kind === 'scorecard') {
    for (const item of result.items) items.set(item.id, { name: item.name, points: toDecimal(item.points) });
    return items;
  }
  for (const line of result.lines) {
    if (line.code !== 'regime.offence.points') continue;
    const entry = items.get(line.rule) ?? { name: { 'zh-CN': line.rule, en: line.rule }, points: new Decimal(0) };
    items.set(line.rule, { name: entry.name, points: entry.points.plus(line.amount) });
  }
  return items;
}

function itemChanges(before: SchemeResult, after: SchemeResult): ItemChange[] {
  const was = itemPoints(before);
  const is = itemPoints(after);
  const changes: Array<ItemChange & { readonly size: Decimal }> = [];
  for (const id of new Set([...was.keys(), ...is.keys()])) {
    const from = was.get(id);
    const to = is.get(id);
    const delta = (to?.points ?? new Decimal(0)).minus(from?.points ?? 0);
    if (delta.isZero()) continue;
    const name = (to ?? from)?.name ?? { 'zh-CN': id, en: id };
    changes.push({ id, name, before: from === undefined ? null : decimalText(from.points), after: to === undefined ? null : decimalText(to.points), delta: decimalText(delta), size: delta.abs() });
  }
  changes.sort((a, b) => b.size.comparedTo(a.size) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return changes.map(({ size: _size, ...item }) => item);
}

function vetoIds(result: SchemeResult): Map<string, Category> {
  return new Map(result.kind === 'scorecard' ? result.vetoes.map((v) => [v.id, { id: v.id, name: v.name }] as const) : []);
}

/**
 * One subject's results under both sides: the change of total, band, grade, outcome and money, the
 * items behind it and the vetoes met on one side only.
 */
export function compareSubject(before: SchemeResult, after: SchemeResult): SubjectComparison {
  const total = change(scoreOf(before), scoreOf(after));
  const items = itemChanges(before, after);
  const carried = items.reduce((sum, item) => sum.plus(item.delta), new Decimal(0));
  const band = categoryChange(bandOf(before), bandOf(after));
  const graded = (r: SchemeResult): boolean => r.kind === 'scorecard' && r.grade !== undefined;
  const grade = graded(before) || graded(after) ? categoryChange(gradeOf(before), gradeOf(after)) : null;
  const outcome = categoryChange(outcomeOf(before), outcomeOf(after));
  const wasMoney = moneyOf(before);
  const isMoney = moneyOf(after);
  const kind = isMoney?.kind ?? wasMoney?.kind;
  const wasVetoes = vetoIds(before);
  const isVetoes = vetoIds(after);
  return {
    subject: after.subject,
    name: after.name ?? before.name,
    period: after.period,
    total: { before: scoreOf(before), after: scoreOf(after), delta: total.delta },
    band,
    grade,
    outcome,
    moved: band.changed || outcome.changed || (grade?.changed ?? false),
    money: kind === undefined ? null : { kind, ...change(wasMoney?.amount ?? null, isMoney?.amount ?? null) },
    items,
    rest: decimalText(toDecimal(total.delta).minus(carried)),
    vetoes: { added: [...isVetoes].filter(([id]) => !wasVetoes.has(id)).map(([, v]) => v), removed: [...wasVetoes].filter(([id]) => !isVetoes.has(id)).map(([, v]) => v) },
  };
}
