import type { Expr } from '../model/expr';
import { divide, EXACT_ONE, EXACT_ZERO, Exact } from './Exact';
import { exactConstant } from './exactConstant';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/** An expression of a plan: a closure over one subject's state. */
export type PlanExpr = (s: SubjectState) => Exact;

/** A numeric fact as `numericFact` reads it: a number, or a boolean as 1 or 0; anything else gives up. */
export function numericOf(s: SubjectState, name: string): Exact {
  const value = s.facts[name];
  if (value instanceof Exact) return value;
  if (typeof value === 'boolean') return value ? EXACT_ONE : EXACT_ZERO;
  return giveUp();
}

/**
 * An expression made into a closure once, at compile; `undefined` for the kinds a plan leaves to
 * the evaluator (operators, conditions, dates, counts), which then leaves the scheme without a plan.
 *
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileExpr(expr: Expr, itemIndex: ReadonlyMap<string, number>): PlanExpr | undefined {
  if (typeof expr === 'number' || typeof expr === 'string') {
    const value = exactConstant(expr);
    return () => value;
  }
  if ('fact' in expr) {
    const name = expr.fact;
    return (s) => numericOf(s, name);
  }
  if ('item' in expr) {
    const index = itemIndex.get(expr.item);
    if (index === undefined) return undefined;
    return (s) => s.points[index] ?? giveUp();
  }
  if ('value' in expr) return (s) => s.value ?? giveUp();
  if ('ratio' in expr) {
    const num = compileExpr(expr.ratio[0], itemIndex);
    const den = compileExpr(expr.ratio[1], itemIndex);
    const ifZero = expr.ifZero === undefined ? undefined : compileExpr(expr.ifZero, itemIndex);
    if (num === undefined || den === undefined || (expr.ifZero !== undefined && ifZero === undefined)) return undefined;
    return (s) => {
      const n = num(s);
      const d = den(s);
      if (d.n === 0) return ifZero === undefined ? giveUp() : ifZero(s);
      return divide(n, d);
    };
  }
  return undefined;
}
