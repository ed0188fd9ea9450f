import type { Item } from '../model/item';
import type { Rule } from '../rules/registry';
import { toInterval } from '../model/interval';
import type { Tier } from '../rules/tiers';
import { add, compare, divide, EXACT_ZERO, Exact, maximum, minimum, multiply, subtract, wholePart } from './Exact';
import { exactConstant } from './exactConstant';
import { compileExpr, type PlanExpr } from './compileExpr';
import { compileRated } from './compileRated';
import { compilePerOccurrence } from './compilePerOccurrence';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/** What compiling a rule needs of the scheme: item indexes, and the slots of the shared event filters. */
export interface RuleScope {
  readonly itemIndex: ReadonlyMap<string, number>;
  /** The slot of each distinct event filter (the fact and its `where`), shared by the items that use it. */
  readonly filterSlots: Map<string, number>;
}

/** A rule of a plan: the item's raw score (before its bounds), a closure over one subject's state. */
export type PlanRule = (s: SubjectState) => Exact;

const HUNDRED = new Exact(100, 1, false);

/** The item's own points, or 100 (the full scale of an achievement), as `fullScale` reads them. */
export const fullScaleOf = (item: Item): Exact => (item.points === undefined ? HUNDRED : exactConstant(item.points));

/** A tier's interval with exact ends, as `toInterval` reads it. */
export interface ExactInterval {
  readonly min: Exact | undefined;
  readonly max: Exact | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** An interval of a scheme (a tier, a band) with exact ends. */
export function exactInterval(bounds: Parameters<typeof toInterval>[0]): ExactInterval {
  const interval = toInterval(bounds);
  return {
    min: bounds.min === undefined ? undefined : exactConstant(bounds.min),
    max: bounds.max === undefined ? undefined : exactConstant(bounds.max),
    minInclusive: interval.minInclusive,
    maxInclusive: interval.maxInclusive,
  };
}

/** Whether an exact interval holds a value, as `intervalContains` says. */
export function holds(interval: ExactInterval, value: Exact): boolean {
  if (interval.min !== undefined) {
    const cmp = compare(value, interval.min);
    if (cmp < 0 || (cmp === 0 && !interval.minInclusive)) return false;
  }
  if (interval.max !== undefined) {
    const cmp = compare(value, interval.max);
    if (cmp > 0 || (cmp === 0 && !interval.maxInclusive)) return false;
  }
  return true;
}

/**
 * Tiers matched as `matchTier` does, their points compiled; the matcher gives up where the
 * evaluator throws (no tier, or two under `unique`). `undefined` when a tier's points are an
 * expression the plan does not compile.
 */
export function compileTiers(tiers: readonly Tier[], hitPolicy: 'unique' | 'first', scope: RuleScope): ((s: SubjectState, value: Exact) => Exact) | undefined {
  const intervals = tiers.map(exactInterval);
  const points = tiers.map((tier) => compileExpr(tier.points, scope.itemIndex));
  if (points.some((p) => p === undefined)) return undefined;
  const exprs = points as PlanExpr[];
  return (s, value) => {
    let found = -1;
    for (let i = 0; i < intervals.length; i += 1) {
      if (!holds(intervals[i] as ExactInterval, value)) continue;
      if (found === -1) found = i;
      else if (hitPolicy === 'unique') giveUp();
    }
    if (found === -1) giveUp();
    s.value = value;
    const result = (exprs[found] as PlanExpr)(s);
    s.value = undefined;
    return result;
  };
}

function compileSteps(rule: Extract<Rule, { kind: 'steps' }>, item: Item, scope: RuleScope): PlanRule | undefined {
  const measured = compileExpr(rule.value, scope.itemIndex);
  if (measured === undefined) return undefined;
  const target = exactConstant(rule.target);
  const start = rule.start !== undefined ? exactConstant(rule.start) : item.points !== undefined ? exactConstant(item.points) : EXACT_ZERO;
  const spec = (side: typeof rule.below) => (side === undefined ? undefined : { per: exactConstant(side.per), change: exactConstant(side.change), rounding: side.rounding });
  const below = spec(rule.below);
  const above = spec(rule.above);
  return (s) => {
    const value = measured(s);
    const cmp = compare(value, target);
    const side = cmp < 0 ? below : cmp > 0 ? above : undefined;
    if (side === undefined) return start;
    const gap = cmp < 0 ? subtract(target, value) : subtract(value, target);
    const raw = divide(gap, side.per);
    const steps = side.rounding === 'linear' ? raw : wholePart(raw, side.rounding === 'ceil');
    return add(start, multiply(steps, side.change));
  };
}

function compileRatio(rule: Extract<Rule, { kind: 'ratio' }>, item: Item, scope: RuleScope): PlanRule | undefined {
  const measured = compileExpr(rule.value, scope.itemIndex);
  if (measured === undefined) return undefined;
  const target = exactConstant(rule.target);
  const cap = exactConstant(rule.cap);
  const scale = fullScaleOf(item);
  return (s) => multiply(scale, maximum(EXACT_ZERO, minimum(cap, divide(measured(s), target))));
}

function compileChoice(rule: Extract<Rule, { kind: 'choice' }>): PlanRule {
  const options = new Map<string, Exact>();
  // The first option of a value wins, as `find` gives it.
  for (const option of rule.options) if (!options.has(option.value)) options.set(option.value, exactConstant(option.points));
  const name = rule.fact;
  return (s) => {
    const raw = s.facts[name];
    // A number as decimal.js writes it is left to the evaluator.
    const value = typeof raw === 'string' ? raw : typeof raw === 'boolean' ? String(raw) : giveUp();
    return options.get(value) ?? giveUp();
  };
}

/**
 * A rule made into a closure once, at compile; `undefined` for the kinds a plan leaves to the
 * evaluator (formula, deadline, condition), which leaves the scheme without a plan.
 *
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileRule(item: Item, scope: RuleScope): PlanRule | undefined {
  const rule = item.rule;
  switch (rule.kind) {
    case 'ratio':
      return compileRatio(rule, item, scope);
    case 'rated':
      return compileRated(rule, item);
    case 'perOccurrence':
      return compilePerOccurrence(rule, item, scope);
    case 'tiers': {
      const measured = compileExpr(rule.value, scope.itemIndex);
      const match = compileTiers(rule.tiers, rule.hitPolicy, scope);
      if (measured === undefined || match === undefined) return undefined;
      return (s) => match(s, measured(s));
    }
    case 'choice':
      return compileChoice(rule);
    case 'steps':
      return compileSteps(rule, item, scope);
    default:
      return undefined;
  }
}
