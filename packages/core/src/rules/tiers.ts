import * as z from 'zod';
import { Decimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import type { EvaluationContext, RuleOutcome } from './context';
import { evaluateExpr } from './evaluateExpr';
import { intervalEnds, LocalizedText } from '../model/common';
import { Expr, exprFacts, exprItems } from '../model/expr';
import { HitPolicy } from '../model/bands';
import { formatInterval, intervalContains, toInterval } from '../model/interval';
import type { RuleItem } from './ruleKit';
import { awardKind, line, show } from './ruleKit';

/** A tier: an interval of the measured value and the points it gives (a constant or an expression of `{ value: true }`). */
export const Tier = z.strictObject({
  ...intervalEnds,
  points: Expr.describe('The points the tier gives: a constant, or an expression of `{ "value": true }`.'),
  label: LocalizedText.optional().describe('The tier\'s label, e.g. 良好 / Good.'),
}).meta({ examples: [{ min: 0, max: 15, maxInclusive: true, points: 0 }, { min: 15, minInclusive: false, points: -5 }] });
/** A tier. */
export type Tier = z.infer<typeof Tier>;

/** `tiers`: value bands → points, with a DMN hit policy (`unique` tiers must not overlap). */
export const TiersRule = z.strictObject({
  kind: z.literal('tiers').describe('Value bands → points.'),
  value: Expr.describe('The measured value.'),
  hitPolicy: HitPolicy.default('unique').describe('How tiers are matched; `unique` (tiers must not overlap) unless set.'),
  tiers: z.array(Tier).min(1).describe('The tiers, in order.'),
});
/** A tiers rule. */
export type TiersRule = z.infer<typeof TiersRule>;

/** The tier a value falls in under a hit policy, with its index. */
export function matchTier(tiers: readonly Tier[], hitPolicy: HitPolicy, value: Decimal, path: ReadonlyArray<string | number>): { tier: Tier; index: number } {
  const matches: number[] = [];
  tiers.forEach((tier, index) => {
    if (intervalContains(toInterval(tier), value)) matches.push(index);
  });
  const first = matches[0];
  const tier = first === undefined ? undefined : tiers[first];
  if (first === undefined || tier === undefined) throw new KaoheError({ code: 'no_tier_matched', path, params: { value: show(value) } });
  if (hitPolicy === 'unique' && matches.length > 1) {
    throw new KaoheError({ code: 'tiers_overlap', path, params: { value: show(value), tiers: matches.join(', ') } });
  }
  return { tier, index: first };
}

/** Evaluates a tiers rule. */
export function evaluateTiers(rule: TiersRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const measured = evaluateExpr(rule.value, ctx);
  const { tier, index } = matchTier(rule.tiers, rule.hitPolicy, measured.value, ['items', item.id, 'rule', 'tiers']);
  const points = evaluateExpr(tier.points, { ...ctx, value: measured.value });
  const interval = formatInterval(toInterval(tier));
  const arithmetic = `${measured.text} = ${show(measured.value)} ∈ ${interval} → ${points.text} = ${show(points.value)}`;
  return {
    score: points.value,
    lines: ctx.explain === false ? [] : [
      line('tiers.match', awardKind(item, points.value), points.value, arithmetic, {
        value: show(measured.value),
        tier: index + 1,
        interval,
        label: tier.label ?? '',
      }),
    ],
  };
}

/** Facts a tiers rule reads. */
export function tiersFacts(rule: TiersRule): Set<string> {
  const facts = exprFacts(rule.value);
  rule.tiers.forEach((tier) => exprFacts(tier.points, facts));
  return facts;
}

/** Items a tiers rule reads. */
export function tiersItems(rule: TiersRule): Set<string> {
  const items = exprItems(rule.value);
  rule.tiers.forEach((tier) => exprItems(tier.points, items));
  return items;
}
