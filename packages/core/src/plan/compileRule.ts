import type { Item } from '../model/item';
import type { Rule } from '../rules/registry';
import { add, compare, divide, EXACT_ZERO, Exact, maximum, minimum, multiply, subtract, wholePart } from './Exact';
import { exactConstant } from './exactConstant';
import { compileExpr } from './compileExpr';
import { compileRated } from './compileRated';
import { compilePerOccurrence } from './compilePerOccurrence';
import { compileDeadline } from './compileDeadline';
import { giveUp } from './giveUp';
import { compileTiers, type RuleScope } from './compileTiers';
import type { SubjectState } from './SubjectState';

/** A rule of a plan: the item's raw score (before its bounds), a closure over one subject's state. */
export type PlanRule = (s: SubjectState) => Exact;

const HUNDRED = new Exact(100, 1, false);

/** The item's own points, or 100 (the full scale of an achievement), as `fullScale` reads them. */
export const fullScaleOf = (item: Item): Exact => (item.points === undefined ? HUNDRED : exactConstant(item.points));

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
 * evaluator (condition, and formulas of dates or counts), which leaves the scheme without a plan.
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
    case 'formula':
      return compileExpr(rule.value, scope.itemIndex);
    case 'deadline':
      return compileDeadline(rule, item, scope);
    default:
      return undefined;
  }
}
