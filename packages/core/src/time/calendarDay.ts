import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { LocalDate } from '../evaluate/factValue';
import { makeLocalDate, parseLocalDate } from './zonedDate';

/**
 * Calendar arithmetic on local dates. A local date has no zone of its own, so date-fns works on it
 * as a day in UTC, where no day is ever 23 or 25 hours long.
 */
export function toCalendarDay(date: LocalDate): TZDate {
  return new TZDate(date.year, date.month - 1, date.day, 'UTC');
}

/** The local date of a calendar day built by {@link toCalendarDay}. */
export function fromCalendarDay(day: Date): LocalDate {
  const utc = new TZDate(day.getTime(), 'UTC');
  return makeLocalDate(utc.getFullYear(), utc.getMonth() + 1, utc.getDate());
}

/**
 * A local date some days later (or earlier, for a negative count).
 *
 * @example
 * addLocalDays(parseLocalDate('2026-09-30')!, 1).iso; // '2026-10-01'
 */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return fromCalendarDay(addDays(toCalendarDay(date), days));
}

/**
 * The instant a local date begins in a time zone (midnight there), in epoch milliseconds.
 *
 * @example
 * startOfLocalDay(parseLocalDate('2026-11-01')!, 'Asia/Shanghai'); // Date.parse('2026-10-31T16:00:00Z')
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return new TZDate(date.year, date.month - 1, date.day, timeZone).getTime();
}

/**
 * Reads a local date from `YYYY-MM-DD`, or passes a local date through.
 *
 * @throws {RangeError} when the text is not a real date.
 */
export function asLocalDate(value: LocalDate | string): LocalDate {
  if (typeof value !== 'string') return value;
  const date = parseLocalDate(value);
  if (date === undefined) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return date;
}
