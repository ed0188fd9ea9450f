import { Decimal, isDecimalString, toDecimal } from '../decimal';
import type { ComparisonOperator, Predicate, PredicateValue } from '../model/predicate';
import type { EvaluationContext } from './context';
import type { FactValue } from './factValue';

type Comparable = Decimal | boolean | string | null;

function comparableOf(value: FactValue | undefined): Comparable {
  if (value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Decimal) return value;
  if (Array.isArray(value)) return new Decimal(value.length);
  const dated = value as { type: string; iso: string };
  return dated.iso;
}

/** Numbers of predicates as decimals, converted once (decimals are immutable). */
const numbers = new Map<number, Decimal>();

function scalarOf(value: number | string | boolean | null): Comparable {
  if (typeof value !== 'number') return value;
  let decimal = numbers.get(value);
  if (decimal === undefined) {
    decimal = new Decimal(value);
    if (numbers.size >= 10_000) numbers.clear();
    numbers.set(value, decimal);
  }
  return decimal;
}

function same(left: Comparable, right: Comparable): boolean {
  if (left instanceof Decimal) {
    if (right instanceof Decimal) return left.equals(right);
    if (typeof right === 'string' && isDecimalString(right)) return left.equals(toDecimal(right));
    return false;
  }
  if (right instanceof Decimal) return same(right, left);
  return left === right;
}

function order(left: Comparable, right: Comparable): number | undefined {
  if (left === null || right === null) return undefined;
  const l = typeof left === 'string' && isDecimalString(left) ? toDecimal(left) : left;
  const r = typeof right === 'string' && isDecimalString(right) ? toDecimal(right) : right;
  if (l instanceof Decimal && r instanceof Decimal) return l.comparedTo(r);
  if (typeof l === 'string' && typeof r === 'string') return l < r ? -1 : l > r ? 1 : 0;
  return undefined;
}

/** A predicate's right-hand side, converted once: a list for `in`/`notIn`, else one value. */
type Right = { readonly list: readonly Comparable[] } | { readonly one: Comparable } | undefined;

function rightOf(operator: ComparisonOperator, right: PredicateValue): Right {
  if (operator === 'in' || operator === 'notIn') return { list: (Array.isArray(right) ? right : [right]).map(scalarOf) };
  return Array.isArray(right) ? undefined : { one: scalarOf(right) };
}

function compareComparable(l: Comparable, operator: ComparisonOperator, right: Right): boolean {
  if (right === undefined) return false;
  if ('list' in right) {
    const found = right.list.some((candidate) => same(l, candidate));
    return operator === 'in' ? found : !found;
  }
  const r = right.one;
  switch (operator) {
    case 'equal':
      return same(l, r);
    case 'notEqual':
      return !same(l, r);
    default: {
      const cmp = order(l, r);
      if (cmp === undefined) return false;
      if (operator === 'lessThan') return cmp < 0;
      if (operator === 'lessThanInclusive') return cmp <= 0;
      if (operator === 'greaterThan') return cmp > 0;
      return cmp >= 0;
    }
  }
}

/** Compares a fact value with a predicate value, exactly (decimals as decimals, never as strings or floats). */
export function compareValues(left: FactValue | undefined, operator: ComparisonOperator, right: PredicateValue): boolean {
  return compareComparable(comparableOf(left), operator, rightOf(operator, right));
}

/** A predicate made into a function of the context, once: its values converted, its tree walked. */
export type PredicateTest = (ctx: EvaluationContext) => boolean;

const compiledPredicates = new WeakMap<Predicate, PredicateTest>();

function buildTest(predicate: Predicate): PredicateTest {
  if ('all' in predicate) {
    const parts = predicate.all.map(buildTest);
    return (ctx) => parts.every((part) => part(ctx));
  }
  if ('any' in predicate) {
    const parts = predicate.any.map(buildTest);
    return (ctx) => parts.some((part) => part(ctx));
  }
  if ('not' in predicate) {
    const inner = buildTest(predicate.not);
    return (ctx) => !inner(ctx);
  }
  const { operator } = predicate;
  const right = rightOf(operator, predicate.value);
  if ('fact' in predicate) {
    const name = predicate.fact;
    return (ctx) => compareComparable(comparableOf(ctx.facts[name]), operator, right);
  }
  if ('item' in predicate) {
    const id = predicate.item;
    return (ctx) => compareComparable(comparableOf(ctx.items.get(id)), operator, right);
  }
  const field = predicate.field;
  return (ctx) => compareComparable(comparableOf(ctx.event?.fields[field]), operator, right);
}

/**
 * The predicate as a function, built the first time it is asked for and kept for the predicate
 * object: the schemes a compiled scorecard holds are never changed, so every subject shares it.
 */
export function predicateTest(predicate: Predicate): PredicateTest {
  let test = compiledPredicates.get(predicate);
  if (test === undefined) {
    test = buildTest(predicate);
    compiledPredicates.set(predicate, test);
  }
  return test;
}

/**
 * Evaluates a predicate against a subject's facts, the items evaluated so far, and the event in scope.
 *
 * @example
 * evaluatePredicate({ field: 'customersAffected', operator: 'greaterThan', value: 1 }, { ...ctx, event });
 */
export function evaluatePredicate(predicate: Predicate, ctx: EvaluationContext): boolean {
  return predicateTest(predicate)(ctx);
}

const OPERATOR_TEXT: Record<ComparisonOperator, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: '∈',
  notIn: '∉',
};

/** A predicate as a short formula: `customersAffected > 1 ∧ accountable ≠ false`. */
export function describePredicate(predicate: Predicate): string {
  if ('all' in predicate) return predicate.all.map((p) => wrap(p)).join(' ∧ ');
  if ('any' in predicate) return predicate.any.map((p) => wrap(p)).join(' ∨ ');
  if ('not' in predicate) return `¬${wrap(predicate.not)}`;
  const subject = 'fact' in predicate ? predicate.fact : 'item' in predicate ? `item ${predicate.item}` : predicate.field;
  return `${subject} ${OPERATOR_TEXT[predicate.operator]} ${JSON.stringify(predicate.value)}`;
}

function wrap(predicate: Predicate): string {
  const text = describePredicate(predicate);
  return 'all' in predicate || 'any' in predicate ? `(${text})` : text;
}
