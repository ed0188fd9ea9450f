import { Decimal, toDecimal } from '../decimal';
import type { Item } from '../model/item';
import type { ResolvedScorecard } from '../model/scorecard';
import type { Rule } from '../rules/registry';

const ZERO = new Decimal(0);

/** The sum of two upper bounds; `undefined` (no bound known) when either is. */
const sum = (a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined => (a === undefined || b === undefined ? undefined : a.plus(b));

/** The greatest constant, or no bound when a value is an expression. */
function greatest(values: ReadonlyArray<unknown>): Decimal | undefined {
  let best: Decimal | undefined;
  for (const value of values) {
    if (typeof value !== 'number' && typeof value !== 'string') return undefined;
    const decimal = toDecimal(value);
    if (best === undefined || decimal.greaterThan(best)) best = decimal;
  }
  return best;
}

/** A start plus changes that can only lower it: the start; a change that can raise it has no bound. */
function startUnlessRaised(start: Decimal, raises: boolean): Decimal | undefined {
  return raises ? undefined : start;
}

/**
 * The greatest raw score a rule can give an item that has no points of its own, or `undefined`
 * when the rule has no bound that can be read off the scheme (a formula, a bonus per occurrence).
 */
function ruleMaximum(rule: Rule): Decimal | undefined {
  switch (rule.kind) {
    case 'steps': {
      const start = rule.start === undefined ? ZERO : toDecimal(rule.start);
      return startUnlessRaised(start, [rule.below, rule.above].some((spec) => spec !== undefined && toDecimal(spec.change).greaterThan(0)));
    }
    case 'perOccurrence': {
      const start = rule.start === undefined ? ZERO : toDecimal(rule.start);
      const each = typeof rule.each === 'object' ? greatest(rule.each.tiers.map((tier) => tier.points)) : toDecimal(rule.each);
      return each === undefined ? undefined : startUnlessRaised(start, each.greaterThan(0));
    }
    case 'deadline': {
      const start = rule.start === undefined ? ZERO : toDecimal(rule.start);
      return startUnlessRaised(start, rule.checks.some((check) => toDecimal(check.each).greaterThan(0)));
    }
    case 'tiers':
      return greatest(rule.tiers.map((tier) => tier.points));
    case 'choice':
      return greatest(rule.options.map((option) => option.points));
    case 'condition':
      return greatest([rule.points, rule.otherwise]);
    case 'rated':
      // A fixed divisor smaller than the raters who rate lifts the combined rating above `max`.
      return rule.combine === 'divisor' || rule.max === undefined ? undefined : toDecimal(rule.max);
    case 'ratio':
    case 'formula':
      return undefined;
  }
}

/** The greatest number of points an item can add to the total. */
function itemMaximum(item: Item, model: ResolvedScorecard['model']): Decimal | undefined {
  // An item scores within [0, its points] (100 in a weighted scheme) unless the text lets bonuses lift it.
  const bound = item.points !== undefined ? toDecimal(item.points) : model === 'weighted' ? new Decimal(100) : undefined;
  const raw = bound !== undefined && item.allowAbovePoints !== true ? bound : ruleMaximum(item.rule);
  if (raw === undefined) return undefined;
  return model === 'weighted' && item.weight !== undefined ? raw.times(toDecimal(item.weight)).dividedBy(100) : raw;
}

/**
 * The greatest total a scheme can give, or `undefined` when one of its items has no bound that can
 * be read off the scheme. Points schemes: the sum of the items' maxima, bonus items included;
 * deduction schemes: the base plus what bonus items can add; weighted schemes: 100 plus bonus items.
 * A panel with a fixed divisor smaller than its raters lifts the composite in proportion.
 *
 * @example
 * maximumTotal(resolveScorecard(departmentManager))?.toString(); // '110': its items add up to 110
 */
export function maximumTotal(scheme: ResolvedScorecard): Decimal | undefined {
  const base = scheme.model === 'deduction' ? toDecimal(scheme.base ?? 100) : ZERO;
  let total: Decimal | undefined = base;
  for (const item of scheme.items) total = sum(total, itemMaximum(item, scheme.model));
  if (total === undefined) return undefined;
  const panel = scheme.panel;
  const divisor = panel?.combine === 'divisor' ? (panel.divisor ?? panel.literalDivisor) : undefined;
  if (panel !== undefined && divisor !== undefined && toDecimal(divisor).lessThan(panel.raters.length)) {
    total = total.times(panel.raters.length).dividedBy(toDecimal(divisor));
  }
  const floor = toDecimal(scheme.totalFloor ?? 0);
  return Decimal.max(total, floor);
}
