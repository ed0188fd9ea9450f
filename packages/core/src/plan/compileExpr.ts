import type { Expr } from '../model/expr';
import { add, divide, EXACT_ONE, EXACT_ZERO, Exact, maximum, minimum, multiply, negate, subtract, wholePart } from './Exact';
import { exactConstant } from './exactConstant';
import { compilePredicate } from './compilePredicate';
import { compileCount } from './compileCount';
import { compileDaysBetween } from './compileDaysBetween';
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

/** A variadic operator folded over its arguments from the first, as `evaluateOperator` folds it. */
const FOLD: Record<'add' | 'sub' | 'mul' | 'div' | 'min' | 'max', (a: Exact, b: Exact) => Exact> = {
  add,
  sub: subtract,
  mul: multiply,
  // A zero divisor is the evaluator's error to write.
  div: (a, b) => (b.n === 0 ? giveUp() : divide(a, b)),
  min: minimum,
  max: maximum,
};

/** A unary operator. decimal.js keeps a sign on zero (−0) where these give 0: results print both as 0.00. */
const UNARY: Record<'abs' | 'neg' | 'floor' | 'ceil', (a: Exact) => Exact> = {
  abs: (a) => (a.n < 0 ? negate(a) : a),
  neg: negate,
  floor: (a) => wholePart(a, false),
  ceil: (a) => wholePart(a, true),
};

function compileOperator(expr: Extract<Expr, { op: string }>, itemIndex: ReadonlyMap<string, number>): PlanExpr | undefined {
  const args: PlanExpr[] = [];
  for (const arg of expr.args as readonly Expr[]) {
    const compiled = compileExpr(arg, itemIndex);
    if (compiled === undefined) return undefined;
    args.push(compiled);
  }
  const first = args[0];
  if (first === undefined) return undefined;
  const op = expr.op;
  if (op === 'abs' || op === 'neg' || op === 'floor' || op === 'ceil') {
    const unary = UNARY[op];
    return (s) => unary(first(s));
  }
  const fold = FOLD[op];
  const rest = args.slice(1);
  return (s) => {
    let value = first(s);
    for (const arg of rest) value = fold(value, arg(s));
    return value;
  };
}

/**
 * An expression made into a closure once, at compile; `undefined` when it reads an item that is
 * not in the scheme, which then leaves the scheme without a plan. Days between dates read facts
 * declared as dates only (see `compilePlan`).
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
  if ('op' in expr) return compileOperator(expr, itemIndex);
  if ('if' in expr) {
    const test = compilePredicate(expr.if, itemIndex);
    const then = compileExpr(expr.then, itemIndex);
    const otherwise = compileExpr(expr.else, itemIndex);
    if (then === undefined || otherwise === undefined) return undefined;
    return (s) => (test(s) ? then(s) : otherwise(s));
  }
  if ('daysBetween' in expr) return compileDaysBetween(expr.daysBetween);
  return compileCount(expr, itemIndex);
}
