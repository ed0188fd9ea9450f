import * as z from 'zod';
import { Decimal, toDecimal } from '../decimal';
import type { EvaluationContext, LineDraft, RuleOutcome } from './context';
import { evaluateExpr } from './evaluateExpr';
import { DecimalLikeSchema, PositiveDecimal } from '../model/common';
import { Expr, exprFacts, exprItems } from '../model/expr';
import type { RuleItem } from './ruleKit';
import { changeKind, line, ownPoints, show } from './ruleKit';

/** How partial steps count: `floor` whole steps only, `ceil` a partial step counts whole, `linear` pro rata. */
export const StepRounding = z.enum(['floor', 'ceil', 'linear']).meta({ description: 'How a partial step counts: `floor` — whole steps only; `ceil` — a partial step counts whole; `linear` — pro rata.', examples: ['floor'] });
/** How partial steps count. */
export type StepRounding = z.infer<typeof StepRounding>;

/** Per `per` beyond the target, change the score by `change` (negative: a deduction). */
export const StepSpec = z.strictObject({
  per: PositiveDecimal.meta({ description: 'The size of one step beyond the target (> 0), e.g. 0.05 for "每低5个百分点".', examples: [0.05, 1] }),
  change: DecimalLikeSchema.meta({ description: 'The change of the score per step (negative: a deduction), e.g. -5 for "扣5分".', examples: [-5, 2] }),
  rounding: StepRounding.default('floor').describe('How a partial step counts; `floor` (whole steps only) unless set.'),
}).meta({ examples: [{ per: '0.05', change: -5 }, { per: 1, change: 2, rounding: 'ceil' }] });
/** One direction of a steps rule. */
export type StepSpec = z.infer<typeof StepSpec>;

/**
 * `steps`: "每低5个百分点扣5分" — per step below (or above) a target, change the score. The target
 * itself meets the standard; only a value strictly beyond it takes steps.
 */
export const StepsRule = z.strictObject({
  kind: z.literal('steps').describe('每低X扣Y分: per step below (or above) a target, change the score.'),
  value: Expr.describe('The measured value, e.g. `{ "fact": "availability" }`.'),
  target: DecimalLikeSchema.describe('The target; the target itself meets the standard, only a value strictly beyond it takes steps.'),
  start: DecimalLikeSchema.optional().describe('The score before steps; the item\'s points when absent, 0 for an item without points.'),
  below: StepSpec.optional().describe('The steps below the target; none unless set.'),
  above: StepSpec.optional().describe('The steps above the target; none unless set.'),
});
/** A steps rule. */
export type StepsRule = z.infer<typeof StepsRule>;

function countSteps(gap: Decimal, spec: StepSpec): Decimal {
  const raw = gap.dividedBy(toDecimal(spec.per));
  if (spec.rounding === 'floor') return raw.floor();
  if (spec.rounding === 'ceil') return raw.ceil();
  return raw;
}

const ROUNDING_TEXT = { floor: '⌊', ceil: '⌈', linear: '(' } as const;
const ROUNDING_END = { floor: '⌋', ceil: '⌉', linear: ')' } as const;

/** Evaluates a steps rule. */
export function evaluateSteps(rule: StepsRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const measured = evaluateExpr(rule.value, ctx);
  const target = toDecimal(rule.target);
  const start = rule.start === undefined ? (ownPoints(item) ?? new Decimal(0)) : toDecimal(rule.start);
  const lines: LineDraft[] = [];
  if (!start.isZero() && ctx.explain !== false) lines.push(line('steps.start', 'score', start, show(start), { start: show(start) }));
  let score = start;
  const value = measured.value;
  const direction = value.lessThan(target) ? 'below' : value.greaterThan(target) ? 'above' : undefined;
  const spec = direction === undefined ? undefined : rule[direction];
  if (direction === undefined || spec === undefined) {
    if (ctx.explain !== false) lines.push(line('steps.met', 'score', new Decimal(0), `${measured.text} = ${show(value)}; target ${show(target)}`, { value: show(value), target: show(target) }));
    return { score, lines };
  }
  const gap = direction === 'below' ? target.minus(value) : value.minus(target);
  const steps = countSteps(gap, spec);
  const change = toDecimal(spec.change);
  const amount = steps.times(change);
  score = score.plus(amount);
  const arithmetic =
    `${measured.text} = ${show(value)}; |${show(value)} − ${show(target)}| = ${show(gap)}; ` +
    `${ROUNDING_TEXT[spec.rounding]}${show(gap)} / ${show(toDecimal(spec.per))}${ROUNDING_END[spec.rounding]} = ${show(steps)} × ${show(change)} = ${show(amount)}`;
  if (ctx.explain !== false) lines.push(
    line(`steps.${direction}`, changeKind(amount), amount, arithmetic, {
      value: show(value),
      target: show(target),
      gap: show(gap),
      per: show(toDecimal(spec.per)),
      steps: show(steps),
      change: show(change),
      rounding: spec.rounding,
    }),
  );
  return { score, lines };
}

/** Facts a steps rule reads. */
export function stepsFacts(rule: StepsRule): Set<string> {
  return exprFacts(rule.value);
}

/** Items a steps rule reads. */
export function stepsItems(rule: StepsRule): Set<string> {
  return exprItems(rule.value);
}
