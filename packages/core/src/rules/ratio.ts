import * as z from 'zod';
import { Decimal } from '../decimal';
import type { EvaluationContext, RuleOutcome } from './context';
import { evaluateExpr } from './evaluateExpr';
import { DecimalLikeSchema, PositiveDecimal } from '../model/common';
import { Expr, exprFacts, exprItems } from '../model/expr';
import type { RuleItem } from './ruleKit';
import { fullScale, line, schemeDecimal, show } from './ruleKit';

/** `ratio`: pro rata against a target, capped — points × min(cap, value / target), never below 0. */
export const RatioRule = z.strictObject({
  kind: z.literal('ratio').describe('Pro rata against a target: points × min(cap, value / target), never below 0.'),
  value: Expr.describe('The measured value.'),
  target: PositiveDecimal.default(1).describe('The value that earns the full points (> 0: a share of 0 would divide by zero); 1 unless set.'),
  cap: DecimalLikeSchema.default(1).describe('The largest share of the points the item can earn; 1 unless set.'),
});
/** A ratio rule. */
export type RatioRule = z.infer<typeof RatioRule>;

/** Evaluates a ratio rule. */
export function evaluateRatio(rule: RatioRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const measured = evaluateExpr(rule.value, ctx);
  const target = schemeDecimal(rule.target);
  const cap = schemeDecimal(rule.cap);
  const scale = fullScale(item);
  const share = Decimal.max(0, Decimal.min(cap, measured.value.dividedBy(target)));
  const score = scale.times(share);
  const over = target.equals(1) ? measured.text : `(${measured.text}) / ${show(target)}`;
  const arithmetic = `${show(scale)} × min(${show(cap)}, ${over}) = ${show(score)}`;
  return {
    score,
    lines: ctx.explain === false ? [] : [line('ratio.share', 'score', score, arithmetic, { value: show(measured.value), target: show(target), scale: show(scale), share: show(share) })],
  };
}

/** Facts a ratio rule reads. */
export function ratioFacts(rule: RatioRule): Set<string> {
  return exprFacts(rule.value);
}

/** Items a ratio rule reads. */
export function ratioItems(rule: RatioRule): Set<string> {
  return exprItems(rule.value);
}
