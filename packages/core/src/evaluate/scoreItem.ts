import { Decimal, formatFixed2, roundPoints, toDecimal } from '../decimal';
import { factToJson } from '../rules/factValue';
import { renderBoth, renderBothLazily, type MessageParams } from '../locales/render';
import type { LocalizedText } from '../model/common';
import type { Item } from '../model/item';
import type { ScoringModel } from '../model/scorecard';
import { ruleFacts } from '../rules/registry';
import { line, schemeDecimal, show } from '../rules/ruleKit';
import type { AppraisalLine, ItemResult } from './Appraisal';
import type { EvaluationContext, LineDraft, RuleOutcome } from '../rules/context';

/**
 * A line's message in both locales: plain strings when the lines are built to be read (`explain:
 * 'eager'`, which reading a planned result's lines also runs), so serialising them calls no getter;
 * otherwise rendered on first read, as most lines of a bulk run are never read.
 *
 * @example
 * lineMessage('line.total.base', { base: '100' }, 'eager'); // { 'zh-CN': '基础分 100 分', en: 'base of 100 points' }
 */
export function lineMessage(code: string, params: MessageParams, explain: EvaluationContext['explain']): LocalizedText {
  return explain === 'eager' ? renderBoth(code, params) : renderBothLazily(code, params);
}

/** Renders a rule's line drafts into explained lines for an item. */
export function renderLines(drafts: readonly LineDraft[], item: Item, rule: string, sharedFacts: Readonly<Record<string, unknown>>, explain: EvaluationContext['explain']): AppraisalLine[] {
  const label = itemLabel(item);
  return drafts.map((draft) => ({
    code: draft.code,
    kind: draft.kind,
    item: item.id,
    rule,
    amount: draft.amount.toString(),
    facts: Object.keys(draft.facts).length > 0 ? draft.facts : sharedFacts,
    arithmetic: draft.arithmetic,
    message: lineMessage(`line.${draft.code}`, { ...draft.params, item: label }, explain),
    provenance: item.provenance,
  }));
}

/** "N1 Outages affecting …" in both locales, once per item and name (a message parameter, never handed out). */
const labels = new WeakMap<Item, { readonly name: Item['name']; readonly label: LocalizedText }>();
function itemLabel(item: Item): LocalizedText {
  const known = labels.get(item);
  if (known !== undefined && known.name === item.name) return known.label;
  const label = { en: `${item.id} ${item.name.en}`, 'zh-CN': `${item.id} ${item.name['zh-CN']}` };
  labels.set(item, { name: item.name, label });
  return label;
}

/** The fact names of each rule, in order, listed once per rule object. */
const ruleFactNames = new WeakMap<Item['rule'], readonly string[]>();
function factNamesOf(rule: Item['rule']): readonly string[] {
  let names = ruleFactNames.get(rule);
  if (names === undefined) {
    names = [...ruleFacts(rule)];
    ruleFactNames.set(rule, names);
  }
  return names;
}

/** The facts an item's rule read, as plain JSON (event lists are left to the lines that read them). */
export function factsReadBy(item: Item, ctx: EvaluationContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of factNamesOf(item.rule)) {
    const value = ctx.facts[name];
    if (!Array.isArray(value)) out[name] = factToJson(value);
  }
  return out;
}

/**
 * The 扣完为止 line of an item whose rule went below 0: the deductions (the rule's negative lines)
 * against what the item had to lose (its start and any points added), so the reader sees where the
 * number comes from: deductions 25 against 20 points give −5, and the floor adds 5 back.
 */
function floorLine(ruleLines: readonly LineDraft[], value: Decimal): LineDraft {
  const deductions = ruleLines.reduce((sum, draft) => (draft.amount.isNegative() ? sum.minus(draft.amount) : sum), new Decimal(0));
  const available = value.plus(deductions);
  const restored = value.negated();
  return line('item.floor', 'floor', restored, `${show(available)} − ${show(deductions)} = ${show(value)}; max(0, ${show(value)}) = 0`, {
    deductions: show(deductions),
    available: show(available),
    amount: `+${show(restored)}`,
  });
}

/**
 * Bounds a rule's raw score by the item (扣完为止 at 0, capped at its points, or weighted), rounds it
 * to two places, and explains each step, so that an item's lines add up to its points exactly.
 */
export function scoreItem(item: Item, outcome: RuleOutcome, model: ScoringModel, ctx: EvaluationContext): { points: Decimal; result: ItemResult } {
  const explain = ctx.explain !== false;
  // Without an explanation the drafts stay empty and nothing below writes one.
  const drafts: LineDraft[] = explain ? [...outcome.lines] : [];
  let value = outcome.score;
  const max = item.points === undefined ? undefined : schemeDecimal(item.points);
  const bounded = max ?? (model === 'weighted' ? new Decimal(100) : undefined);
  if (bounded !== undefined) {
    if (value.isNegative() && !value.isZero()) {
      if (explain) drafts.push(floorLine(outcome.lines, value));
      value = new Decimal(0);
    } else if (value.greaterThan(bounded) && item.allowAbovePoints !== true) {
      if (explain) drafts.push(line('item.cap', 'cap', bounded.minus(value), `min(${show(bounded)}, ${show(value)}) = ${show(bounded)}`, { points: show(bounded), value: show(value) }));
      value = bounded;
    }
  }
  if (model === 'weighted' && item.weight !== undefined) {
    const weight = toDecimal(item.weight);
    const contribution = value.times(weight).dividedBy(100);
    if (explain) {
      const arithmetic = `${show(weight)}% × ${show(value)} = ${show(contribution)}`;
      drafts.push(line('item.weight', 'weight', contribution.minus(value), arithmetic, { weight: show(weight), achievement: show(value), amount: show(contribution) }));
    }
    value = contribution;
  }
  const rounded = roundPoints(value);
  if (explain && !rounded.equals(value)) drafts.push(line('item.rounding', 'rounding', rounded.minus(value), `${show(value)} → ${formatFixed2(rounded)}`, { amount: formatFixed2(rounded) }));
  return {
    points: rounded,
    result: {
      id: item.id,
      name: item.name,
      points: formatFixed2(rounded),
      max: max === undefined ? null : formatFixed2(max),
      weight: item.weight === undefined ? null : toDecimal(item.weight).toString(),
      rule: item.rule.kind,
      lines: explain ? renderLines(drafts, item, item.rule.kind, factsReadBy(item, ctx), ctx.explain) : [],
      provenance: item.provenance,
    },
  };
}
