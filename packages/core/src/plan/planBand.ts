import type { LocalizedText } from '../model/common';
import type { ResolvedScorecard } from '../model/scorecard';
import { Exact, multiply, wholePart } from './Exact';
import { exactInterval } from './compileTiers';

/** A band of a plan (or a project grade): the hundredths of a total it holds, both ends inclusive. */
export interface PlanBand {
  readonly low: number;
  readonly high: number;
  readonly id: string;
  readonly name: LocalizedText;
}

const HUNDRED = new Exact(100, 1, false);

/**
 * A band's interval as the whole hundredths it holds: a total, always whole hundredths, is in the
 * band when it lies between them.
 *
 * @example
 * planBand({ id: 'B', name, min: 80, max: 90, maxInclusive: false }); // { low: 8000, high: 8999, … }
 */
export function planBand(bounds: ResolvedScorecard['bands'][number]): PlanBand {
  const interval = exactInterval(bounds);
  const scaled = (end: Exact | undefined) => (end === undefined ? undefined : multiply(end, HUNDRED));
  const min = scaled(interval.min);
  const max = scaled(interval.max);
  // The least and greatest hundredths inside: ⌈100·min⌉ (or ⌊100·min⌋ + 1 when open) up to ⌊100·max⌋ (or ⌈100·max⌉ − 1).
  const low = min === undefined ? -Infinity : interval.minInclusive ? wholePart(min, true).n : wholePart(min, false).n + 1;
  const high = max === undefined ? Infinity : interval.maxInclusive ? wholePart(max, false).n : wholePart(max, true).n - 1;
  return { low, high, id: bounds.id, name: bounds.name };
}
