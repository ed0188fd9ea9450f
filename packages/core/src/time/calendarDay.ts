import { TZDate } from '@date-fns/tz/date';
import type { LocalDate } from '../rules/factValue';
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
 * A local date some days later (or earlier, for a negative count). Plain UTC arithmetic: a local
 * date has no zone, and in UTC no day is ever 23 or 25 hours long.
 *
 * @example
 * addLocalDays(parseLocalDate('2026-09-30')!, 1).iso; // '2026-10-01'
 */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return makeLocalDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/**
 * The ISO weekday of a local date: 1 Monday … 7 Sunday.
 *
 * @example
 * isoWeekday(parseLocalDate('2026-10-10')!); // 6
 */
export function isoWeekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() || 7;
}

/** Starts of local days already asked for, per time zone and date: a run asks for the same few days again and again. */
const dayStarts = new Map<string, number>();

/**
 * The instant a local date begins in a time zone (midnight there), in epoch milliseconds.
 *
 * @example
 * startOfLocalDay(parseLocalDate('2026-11-01')!, 'Asia/Shanghai'); // Date.parse('2026-10-31T16:00:00Z')
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const key = `${timeZone} ${date.iso}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = new TZDate(date.year, date.month - 1, date.day, timeZone).getTime();
    if (dayStarts.size >= 10_000) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
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
