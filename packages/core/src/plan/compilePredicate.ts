import type { ComparisonOperator, Predicate, PredicateValue } from '../model/predicate';
import { compare, Exact } from './Exact';
import { exactConstant } from './exactConstant';
import { exactOfText } from './readNumber';
import type { PlanValue, SubjectState } from './SubjectState';

/** A predicate of a plan: a closure over one subject's state. */
export type PlanTest = (s: SubjectState) => boolean;

type Comparable = Exact | boolean | string | null;

const comparable = (value: PlanValue): Comparable => (value === undefined ? null : value);

/** A decimal numeral read as a number, as `evaluatePredicate` reads one against a number. */
const numeral = (value: string): Exact | undefined => exactOfText(value);

function same(left: Comparable, right: Comparable): boolean {
  if (left instanceof Exact) {
    if (right instanceof Exact) return compare(left, right) === 0;
    if (typeof right === 'string') {
      const number = numeral(right);
      return number !== undefined && compare(left, number) === 0;
    }
    return false;
  }
  if (right instanceof Exact) return same(right, left);
  return left === right;
}

function order(left: Comparable, right: Comparable): number | undefined {
  if (left === null || right === null) return undefined;
  const l = typeof left === 'string' ? (numeral(left) ?? left) : left;
  const r = typeof right === 'string' ? (numeral(right) ?? right) : right;
  if (l instanceof Exact && r instanceof Exact) return compare(l, r);
  if (typeof l === 'string' && typeof r === 'string') return l < r ? -1 : l > r ? 1 : 0;
  return undefined;
}

const scalar = (value: number | string | boolean | null): Comparable => (typeof value === 'number' ? exactConstant(value) : value);

function leafTest(operator: ComparisonOperator, value: PredicateValue, read: (s: SubjectState) => PlanValue): PlanTest {
  if (operator === 'in' || operator === 'notIn') {
    const list = (Array.isArray(value) ? value : [value]).map(scalar);
    const wanted = operator === 'in';
    return (s) => {
      const l = comparable(read(s));
      return list.some((candidate) => same(l, candidate)) === wanted;
    };
  }
  if (Array.isArray(value)) return () => false;
  const r = scalar(value);
  switch (operator) {
    case 'equal':
      return (s) => same(comparable(read(s)), r);
    case 'notEqual':
      return (s) => !same(comparable(read(s)), r);
    default: {
      const holds = operator === 'lessThan' ? (c: number) => c < 0 : operator === 'lessThanInclusive' ? (c: number) => c <= 0 : operator === 'greaterThan' ? (c: number) => c > 0 : (c: number) => c >= 0;
      return (s) => {
        const cmp = order(comparable(read(s)), r);
        return cmp !== undefined && holds(cmp);
      };
    }
  }
}

/**
 * A predicate made into a closure once, at compile, exactly as `evaluatePredicate` reads it: facts,
 * items' points (by index) and the fields of the event in scope.
 *
 * @throws {typeof GIVE_UP} at compile for a number the plan cannot hold.
 */
export function compilePredicate(predicate: Predicate, itemIndex: ReadonlyMap<string, number>): PlanTest {
  if ('all' in predicate) {
    const parts = predicate.all.map((p) => compilePredicate(p, itemIndex));
    return (s) => parts.every((part) => part(s));
  }
  if ('any' in predicate) {
    const parts = predicate.any.map((p) => compilePredicate(p, itemIndex));
    return (s) => parts.some((part) => part(s));
  }
  if ('not' in predicate) {
    const inner = compilePredicate(predicate.not, itemIndex);
    return (s) => !inner(s);
  }
  if ('fact' in predicate) {
    const name = predicate.fact;
    return leafTest(predicate.operator, predicate.value, (s) => s.facts[name]);
  }
  if ('item' in predicate) {
    const index = itemIndex.get(predicate.item) ?? -1;
    return leafTest(predicate.operator, predicate.value, (s) => s.points[index]);
  }
  const field = predicate.field;
  return leafTest(predicate.operator, predicate.value, (s) => s.event?.fields[field]);
}
