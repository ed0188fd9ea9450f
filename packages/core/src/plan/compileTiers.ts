import type { Tier } from '../rules/tiers';
import type { FactSpec } from '../model/inputs';
import { toInterval } from '../model/interval';
import { compare, type Exact } from './Exact';
import { exactConstant } from './exactConstant';
import { compileExpr, type PlanExpr } from './compileExpr';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/** What compiling a rule needs of the scheme: item indexes, and the slots of the shared event filters. */
export interface RuleScope {
  readonly itemIndex: ReadonlyMap<string, number>;
  /** The slot of each distinct event filter (the fact and its `where`), shared by the items that use it. */
  readonly filterSlots: Map<string, number>;
  /** The scheme's inputs and time zone, for rules that read events' own dates (deadlines). */
  readonly inputs: readonly FactSpec[];
  readonly timeZone: string;
}

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
