import * as z from 'zod';
import type { EvaluationContext, RuleOutcome } from './context';
import { evaluateExpr } from './evaluateExpr';
import { Expr, exprFacts, exprItems } from '../model/expr';
import type { RuleItem } from './ruleKit';
import { awardKind, line, show } from './ruleKit';

/** `formula`: points computed by an expression of facts (dates, money), bounded by the item's points. */
export const FormulaRule = z.strictObject({
  kind: z.literal('formula').describe('Points computed by an expression, bounded by the item\'s points.'),
  value: Expr.describe('The expression that gives the points.'),
});
/** A formula rule. */
export type FormulaRule = z.infer<typeof FormulaRule>;

/** Evaluates a formula rule. */
export function evaluateFormula(rule: FormulaRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const result = evaluateExpr(rule.value, ctx);
  return {
    score: result.value,
    lines: ctx.explain === false ? [] : [line('formula.value', awardKind(item, result.value), result.value, `${result.text} = ${show(result.value)}`, { expression: result.text })],
  };
}

/** Facts a formula rule reads. */
export function formulaFacts(rule: FormulaRule): Set<string> {
  return exprFacts(rule.value);
}

/** Items a formula rule reads. */
export function formulaItems(rule: FormulaRule): Set<string> {
  return exprItems(rule.value);
}
