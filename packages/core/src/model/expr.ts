import * as z from 'zod';
import { DecimalLikeSchema } from './common';
import { FactName, Predicate, predicateFacts, predicateItems, type PredicateInput } from './predicate';

/** Operators of {@link Expr} that take any number of arguments. */
export const VariadicOperator = z.enum(['add', 'sub', 'mul', 'div', 'min', 'max']).describe('An operator on any number of arguments: add, sub, mul, div, min, max.');
/** Operators of {@link Expr} that take one argument. */
export const UnaryOperator = z.enum(['abs', 'neg', 'floor', 'ceil']).describe('An operator on one argument: abs, neg, floor, ceil.');

/**
 * An arithmetic expression as data, evaluated exactly with decimals. Schemes never carry code: what
 * a formula can do is what this type lists.
 *
 * - a number or decimal string: a constant;
 * - `{ fact }`: a numeric fact (a boolean fact reads as 1 or 0);
 * - `{ item }`: the points of an item evaluated earlier;
 * - `{ value: true }`: the value a `tiers` rule measured;
 * - `{ ratio: [a, b], ifZero }`: a / b, or `ifZero` when b is 0;
 * - `{ op, args }`: add, sub, mul, div, min, max, abs, neg, floor, ceil;
 * - `{ if, then, else }`: a choice on a {@link Predicate};
 * - `{ daysBetween: [from, to] }`: calendar days between two date facts, in the organisation's time zone;
 * - `{ count, where }`: how many events of an event fact fall in the period (and match `where`).
 */
export type Expr =
  | number
  | string
  | { fact: string }
  | { item: string }
  | { value: true }
  | { ratio: [Expr, Expr]; ifZero?: Expr }
  | { op: z.infer<typeof VariadicOperator>; args: Expr[] }
  | { op: z.infer<typeof UnaryOperator>; args: [Expr] }
  | { if: Predicate; then: Expr; else: Expr }
  | { daysBetween: [string, string] }
  | { count: string; where?: Predicate };

/**
 * An expression as written: {@link Expr}, with read-only arrays and tuples allowed, so that an
 * expression kept in an `as const` object is accepted as it is.
 */
export type ExprInput =
  | number
  | string
  | { fact: string }
  | { item: string }
  | { value: true }
  | { ratio: readonly [ExprInput, ExprInput]; ifZero?: ExprInput }
  | { op: z.infer<typeof VariadicOperator>; args: readonly ExprInput[] }
  | { op: z.infer<typeof UnaryOperator>; args: readonly [ExprInput] }
  | { if: PredicateInput; then: ExprInput; else: ExprInput }
  | { daysBetween: readonly [string, string] }
  | { count: string; where?: PredicateInput };

/**
 * Schema of {@link Expr}. Annotated with both sides: a recursive zod schema typed by its output
 * alone would leave its input `unknown`, and every expression of a scheme written in TypeScript
 * unchecked.
 */
export const Expr: z.ZodType<Expr, ExprInput> = z.lazy(() =>
  z.union([
    DecimalLikeSchema,
    z.strictObject({ fact: FactName.describe('A numeric fact (a boolean fact reads as 1 or 0).') }),
    z.strictObject({ item: z.string().min(1).meta({ description: 'The points of an item evaluated earlier.', examples: ['availability'] }) }),
    z.strictObject({ value: z.literal(true).describe('The value a `tiers` rule measured.') }),
    z.strictObject({ ratio: z.tuple([Expr, Expr]).describe('a / b.'), ifZero: Expr.optional().describe('The value when b is 0; an error unless set.') }),
    z.strictObject({ op: VariadicOperator, args: z.array(Expr).min(1).describe('The arguments, in order.') }),
    z.strictObject({ op: UnaryOperator, args: z.tuple([Expr]).describe('The one argument.') }),
    // Recursive references stay bare (a described copy of a lazy schema would recurse without end); their definitions carry the description.
    z.strictObject({ if: Predicate, then: Expr, else: Expr }),
    z.strictObject({ daysBetween: z.tuple([FactName, FactName]).describe('Two date facts: the calendar days from the first to the second, in the organisation\'s time zone.') }),
    z.strictObject({ count: FactName.describe('An event fact: how many of its events fall in the period.'), where: Predicate.optional().describe('Only events that match; all unless set.') }),
  ]),
).meta({
  description: 'An arithmetic expression, evaluated exactly: a number, a fact, an item\'s points, a ratio, an operation, a choice, days between dates, or a count of events.',
  examples: [{ fact: 'availability' }, { ratio: [{ fact: 'resolved' }, { fact: 'tickets' }], ifZero: 1 }, { op: 'min', args: [20, { item: 'uptime' }] }],
});

/** The names of facts an expression reads. */
export function exprFacts(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (typeof expr !== 'object') return into;
  if ('fact' in expr) into.add(expr.fact);
  else if ('ratio' in expr) {
    exprFacts(expr.ratio[0], into);
    exprFacts(expr.ratio[1], into);
    if (expr.ifZero !== undefined) exprFacts(expr.ifZero, into);
  } else if ('op' in expr) expr.args.forEach((arg: Expr) => exprFacts(arg, into));
  else if ('if' in expr) {
    predicateFacts(expr.if, into);
    exprFacts(expr.then, into);
    exprFacts(expr.else, into);
  } else if ('daysBetween' in expr) expr.daysBetween.forEach((name) => into.add(name));
  else if ('count' in expr) into.add(expr.count);
  return into;
}

/** The ids of items an expression reads. */
export function exprItems(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (typeof expr !== 'object') return into;
  if ('item' in expr) into.add(expr.item);
  else if ('ratio' in expr) {
    exprItems(expr.ratio[0], into);
    exprItems(expr.ratio[1], into);
    if (expr.ifZero !== undefined) exprItems(expr.ifZero, into);
  } else if ('op' in expr) expr.args.forEach((arg: Expr) => exprItems(arg, into));
  else if ('if' in expr) {
    predicateItems(expr.if, into);
    exprItems(expr.then, into);
    exprItems(expr.else, into);
  }
  return into;
}
