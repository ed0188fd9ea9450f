import type { PlanValue, SubjectState } from './SubjectState';
import { Exact } from './Exact';
import { giveUp } from './giveUp';
import { epochDay, readCalendarDate } from './readInstant';

/** The epoch day of a date fact as a plan holds it (its text, YYYY-MM-DD); anything else gives up. */
function epochDayOf(value: PlanValue): number {
  const date = typeof value === 'string' && value.length === 10 ? readCalendarDate(value) : undefined;
  return date === undefined ? giveUp() : epochDay(date[0], date[1], date[2]);
}

/**
 * A `daysBetween` expression made into a closure once: the calendar days from one date fact to
 * another, as `daysBetween` counts them. Only for facts declared as dates (`compilePlan` leaves a
 * scheme that counts days of other facts to the evaluator): a date needs no time zone.
 *
 * @example
 * compileDaysBetween(['acceptedOn', 'internalFileSubmittedOn'])(s); // 9 from 2026-09-10 to 2026-09-19
 */
export function compileDaysBetween([from, to]: readonly [string, string]): (s: SubjectState) => Exact {
  return (s) => new Exact(epochDayOf(s.facts[to]) - epochDayOf(s.facts[from]), 1, false);
}
