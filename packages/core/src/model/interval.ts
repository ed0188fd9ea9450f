import { Decimal, toDecimal, type DecimalLike } from '../decimal';

/** The ends of an interval as schemes write them: a missing end is unbounded. */
export interface IntervalBounds {
  readonly min?: DecimalLike | undefined;
  readonly max?: DecimalLike | undefined;
  readonly minInclusive?: boolean | undefined;
  readonly maxInclusive?: boolean | undefined;
}

/** An interval with decimal ends; `undefined` is unbounded. */
export interface Interval {
  readonly min: Decimal | undefined;
  readonly max: Decimal | undefined;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** Intervals already converted, by the bounds object, kept only while its four fields are unchanged. */
const converted = new WeakMap<IntervalBounds, { readonly from: IntervalBounds; readonly interval: Interval }>();

/** Converts interval bounds to decimals; an unbounded end is never inclusive. */
export function toInterval(bounds: IntervalBounds): Interval {
  const known = converted.get(bounds);
  if (
    known !== undefined &&
    known.from.min === bounds.min &&
    known.from.max === bounds.max &&
    known.from.minInclusive === bounds.minInclusive &&
    known.from.maxInclusive === bounds.maxInclusive
  ) {
    return known.interval;
  }
  const interval = convertInterval(bounds);
  converted.set(bounds, { from: { min: bounds.min, max: bounds.max, minInclusive: bounds.minInclusive, maxInclusive: bounds.maxInclusive }, interval });
  return interval;
}

function convertInterval(bounds: IntervalBounds): Interval {
  const min = bounds.min === undefined ? undefined : toDecimal(bounds.min);
  const max = bounds.max === undefined ? undefined : toDecimal(bounds.max);
  return {
    min,
    max,
    minInclusive: min !== undefined && (bounds.minInclusive ?? true),
    maxInclusive: max !== undefined && (bounds.maxInclusive ?? false),
  };
}

/** Whether the interval contains the value. */
export function intervalContains(interval: Interval, value: Decimal): boolean {
  if (interval.min !== undefined) {
    const cmp = value.comparedTo(interval.min);
    if (cmp < 0 || (cmp === 0 && !interval.minInclusive)) return false;
  }
  if (interval.max !== undefined) {
    const cmp = value.comparedTo(interval.max);
    if (cmp > 0 || (cmp === 0 && !interval.maxInclusive)) return false;
  }
  return true;
}

/** Whether the interval holds no value at all. */
export function intervalIsEmpty(interval: Interval): boolean {
  if (interval.min === undefined || interval.max === undefined) return false;
  const cmp = interval.min.comparedTo(interval.max);
  return cmp > 0 || (cmp === 0 && !(interval.minInclusive && interval.maxInclusive));
}

/** The intersection of two intervals (possibly empty). */
export function intersectIntervals(a: Interval, b: Interval): Interval {
  let min = a.min;
  let minInclusive = a.minInclusive;
  if (b.min !== undefined && (min === undefined || b.min.greaterThan(min) || (b.min.equals(min) && !b.minInclusive))) {
    min = b.min;
    minInclusive = b.minInclusive;
  }
  let max = a.max;
  let maxInclusive = a.maxInclusive;
  if (b.max !== undefined && (max === undefined || b.max.lessThan(max) || (b.max.equals(max) && !b.maxInclusive))) {
    max = b.max;
    maxInclusive = b.maxInclusive;
  }
  return { min, max, minInclusive, maxInclusive };
}

/** Whether `inner` lies wholly inside `outer`. */
export function intervalWithin(inner: Interval, outer: Interval): boolean {
  if (intervalIsEmpty(inner)) return true;
  if (outer.min !== undefined) {
    if (inner.min === undefined) return false;
    const cmp = inner.min.comparedTo(outer.min);
    if (cmp < 0 || (cmp === 0 && inner.minInclusive && !outer.minInclusive)) return false;
  }
  if (outer.max !== undefined) {
    if (inner.max === undefined) return false;
    const cmp = inner.max.comparedTo(outer.max);
    if (cmp > 0 || (cmp === 0 && inner.maxInclusive && !outer.maxInclusive)) return false;
  }
  return true;
}

/**
 * The parts of `domain` that no interval covers, in order.
 *
 * @example
 * uncovered([[70,80] closed, [90,∞)], (−∞,∞)) // [(−∞,70), (80,90)]
 */
export function uncoveredIntervals(intervals: readonly Interval[], domain: Interval): Interval[] {
  const sorted = intervals
    .filter((i) => !intervalIsEmpty(i))
    .slice()
    .sort((a, b) => {
      if (a.min === undefined) return b.min === undefined ? 0 : -1;
      if (b.min === undefined) return 1;
      const cmp = a.min.comparedTo(b.min);
      if (cmp !== 0) return cmp;
      return a.minInclusive === b.minInclusive ? 0 : a.minInclusive ? -1 : 1;
    });
  const gaps: Interval[] = [];
  // `cursor` is the lowest value not yet known to be covered; `cursorInclusive` says whether it is itself uncovered.
  let cursor = domain.min;
  let cursorInclusive = domain.minInclusive;
  let exhausted = false;
  for (const interval of sorted) {
    if (exhausted) break;
    const startsAfterCursor =
      cursor !== undefined &&
      (interval.min === undefined
        ? false
        : interval.min.greaterThan(cursor) || (interval.min.equals(cursor) && cursorInclusive && !interval.minInclusive));
    const unboundedBelowCursor = cursor === undefined && interval.min !== undefined;
    if (startsAfterCursor || unboundedBelowCursor) {
      const gap: Interval = { min: cursor, max: interval.min, minInclusive: cursorInclusive, maxInclusive: !interval.minInclusive };
      const clipped = intersectIntervals(gap, domain);
      if (!intervalIsEmpty(clipped)) gaps.push(clipped);
    }
    if (interval.max === undefined) {
      exhausted = true;
      break;
    }
    if (cursor === undefined || interval.max.greaterThan(cursor) || (interval.max.equals(cursor) && cursorInclusive && interval.maxInclusive)) {
      cursor = interval.max;
      cursorInclusive = !interval.maxInclusive;
    }
  }
  if (!exhausted) {
    const tail: Interval = { min: cursor, max: domain.max, minInclusive: cursorInclusive, maxInclusive: domain.maxInclusive };
    const clipped = intersectIntervals(tail, domain);
    if (!intervalIsEmpty(clipped)) gaps.push(clipped);
  }
  return gaps;
}

/** An interval written as `[70, 80)`, `(−∞, 70]`. */
export function formatInterval(interval: Interval): string {
  const left = interval.min === undefined ? '(−∞' : `${interval.minInclusive ? '[' : '('}${interval.min.toString()}`;
  const right = interval.max === undefined ? '+∞)' : `${interval.max.toString()}${interval.maxInclusive ? ']' : ')'}`;
  return `${left}, ${right}`;
}

