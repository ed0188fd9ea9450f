import { LIMITS } from '../limits';
import type { Item } from '../model/item';
import type { RatedRule } from '../rules/rated';
import { UNSAFE_KEYS } from '../safety/unsafeKeys';
import { add, compare, divide, EXACT_ONE, EXACT_ZERO, Exact, multiply } from './Exact';
import { exactConstant } from './exactConstant';
import { giveUp } from './giveUp';
import { isPlainRecord } from './isPlainRecord';
import { exactOfInput } from './readNumber';
import type { SubjectState } from './SubjectState';


/**
 * A rated rule made into a closure once, as `readRatings` and `combineRatings` read it for a scheme
 * without a rater panel: each rating within [min, max], each rater declared, combined by mean,
 * weights or divisor. Anything the evaluator refuses gives up.
 *
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileRated(rule: RatedRule, item: Item): (s: SubjectState) => Exact {
  const id = item.id;
  const declared = rule.raters?.map((r) => r.id);
  const declaredSet = declared === undefined ? undefined : new Set(declared);
  const weights = new Map((rule.raters ?? []).filter((r) => r.weight !== undefined).map((r) => [r.id, exactConstant(r.weight as string | number)]));
  const min = exactConstant(rule.min);
  const max = rule.max !== undefined ? exactConstant(rule.max) : item.points !== undefined ? exactConstant(item.points) : new Exact(100, 1, false);
  const divisor = rule.divisor === undefined ? undefined : exactConstant(rule.divisor);
  const combine = rule.combine;
  const rating = (raw: unknown): Exact => {
    const value = exactOfInput(raw) ?? giveUp();
    if (compare(value, min) < 0 || compare(value, max) > 0) giveUp();
    return value;
  };
  return (s) => {
    const entry = s.ratings[id];
    if (entry === undefined || entry === null) giveUp();
    if (typeof entry !== 'object') {
      if (declared !== undefined && declared.length > 1) giveUp();
      const only = rating(entry);
      return combine === 'divisor' ? divide(only, divisor ?? EXACT_ONE) : only;
    }
    if (!isPlainRecord(entry)) giveUp();
    let count = 0;
    let sum = EXACT_ZERO;
    let weighted = EXACT_ZERO;
    let totalWeight = EXACT_ZERO;
    let first = EXACT_ZERO;
    for (const rater in entry) {
      if (declaredSet !== undefined ? !declaredSet.has(rater) : UNSAFE_KEYS.has(rater) || rater.length > LIMITS.stringLength) giveUp();
      const value = rating(entry[rater]);
      if (count === 0) first = value;
      count += 1;
      if (count > LIMITS.entries) giveUp();
      sum = add(sum, value);
      if (combine === 'weighted') {
        const weight = weights.get(rater) ?? EXACT_ONE;
        weighted = add(weighted, multiply(value, weight));
        totalWeight = add(totalWeight, weight);
      }
    }
    if (count === 0) giveUp();
    if (count === 1 && combine !== 'divisor') return first;
    if (combine === 'divisor') return divide(sum, divisor ?? new Exact(count, 1, false));
    if (combine === 'weighted') return divide(weighted, totalWeight);
    return divide(sum, new Exact(count, 1, false));
  };
}
