import * as z from 'zod';
import { issuesFromZod } from '../errors/fromZod';
import { KaoheError } from '../errors/KaoheError';
import type { LocalDate } from '../rules/factValue';
import { Id, LocalizedText, Provenance } from '../model/common';
import { assertSafeJson } from '../safety/assertSafeJson';
import { addLocalDays, asLocalDate, isoWeekday } from './calendarDay';
import { parseLocalDate } from './zonedDate';

/** A local date written `YYYY-MM-DD`. */
export const LocalDateText = z
  .string()
  .refine((text) => parseLocalDate(text) !== undefined, { message: 'date YYYY-MM-DD' })
  .meta({ description: 'A local date, YYYY-MM-DD.', examples: ['2026-10-01'] });

/**
 * A working-day calendar the user supplies: which weekdays are the weekend, which dates are public
 * holidays, and which weekend dates are make-up working days (调休). kaohe ships no calendar: China
 * moves working days around its holidays every year, so the organisation's own list is the source.
 *
 * @example
 * { weekend: [6, 7], holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] }
 */
export const WorkingCalendar = z
  .strictObject({
    id: Id.optional().describe('The calendar\'s id, e.g. `cn-2026`.'),
    name: LocalizedText.optional().describe('The calendar\'s name.'),
    weekend: z.array(z.number().int().min(1).max(7)).default([6, 7]).meta({ description: 'ISO weekdays that are days off unless listed in `workdays` (1 Monday … 7 Sunday); Saturday and Sunday unless set.', examples: [[6, 7], [7]] }),
    holidays: z.array(LocalDateText).default([]).describe('Days off that would otherwise be working days (法定节假日); none unless set.'),
    workdays: z.array(LocalDateText).default([]).describe('Make-up working days on what would otherwise be days off (调休上班); none unless set.'),
    provenance: Provenance.optional().describe('Where the calendar comes from.'),
  })
  .superRefine((calendar, ctx) => {
    // A week with no working day would leave every working-day deadline unreachable.
    if (new Set(calendar.weekend).size === 7) ctx.addIssue({ code: 'custom', path: ['weekend'], message: 'weekend of at most 6 days' });
    const holidays = new Set(calendar.holidays);
    calendar.workdays.forEach((date, index) => {
      if (holidays.has(date)) ctx.addIssue({ code: 'custom', path: ['workdays', index], message: `date listed both as a holiday and as a working day (${date})` });
    });
  }).meta({ examples: [{ weekend: [6, 7], holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] }] });
/** A working-day calendar. */
export type WorkingCalendar = z.infer<typeof WorkingCalendar>;
/** A working-day calendar as written before defaults. */
export type WorkingCalendarInput = z.input<typeof WorkingCalendar>;

/**
 * Validates a working-day calendar written as JSON.
 *
 * @example
 * const calendar = parseWorkingCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * @throws {KaoheError} `input_invalid` naming each bad field; `unsafe_key` for a prototype key.
 */
export function parseWorkingCalendar(data: unknown): WorkingCalendar {
  assertSafeJson(data, [], 'input_invalid');
  const parsed = WorkingCalendar.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'input_invalid'));
  return parsed.data;
}

/**
 * Whether a date is a working day: a make-up working day always is, a holiday never is, otherwise
 * every day outside the weekend.
 *
 * @example
 * isWorkingDay(calendar, '2026-10-10'); // true: a make-up Saturday
 */
export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate | string): boolean {
  const day = asLocalDate(date);
  const { workdays, holidays, weekend } = daySets(calendar);
  if (workdays.has(day.iso)) return true;
  if (holidays.has(day.iso)) return false;
  return !weekend.has(isoWeekday(day));
}

/**
 * A calendar's lists as sets, once per calendar object, so that a check per event does not scan
 * every holiday (a calendar is read once: change a copy, not the object already used).
 */
const calendarSets = new WeakMap<WorkingCalendar, { workdays: ReadonlySet<string>; holidays: ReadonlySet<string>; weekend: ReadonlySet<number> }>();
function daySets(calendar: WorkingCalendar): { workdays: ReadonlySet<string>; holidays: ReadonlySet<string>; weekend: ReadonlySet<number> } {
  let sets = calendarSets.get(calendar);
  if (sets === undefined) {
    sets = { workdays: new Set(calendar.workdays), holidays: new Set(calendar.holidays), weekend: new Set(calendar.weekend) };
    calendarSets.set(calendar, sets);
  }
  return sets;
}

/** The calendar of a working-day limit that names none: weekends only, no holidays. */
export const WEEKENDS_ONLY: WorkingCalendar = Object.freeze({ weekend: [6, 7], holidays: [], workdays: [] });

/**
 * The `n`th working day after a date (the date itself is not counted): the last day of
 * "within n working days" (以内: that day included).
 *
 * @example
 * // removed Wednesday 30 September, 1–7 October off, Saturday 10 October worked:
 * addWorkingDays(calendar, '2026-09-30', 3).iso; // '2026-10-10'
 * @throws {RangeError} when `n` is negative or not whole, or no working day is found within ten years.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: LocalDate | string, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = asLocalDate(from);
  let left = n;
  for (let guard = 0; left > 0; guard += 1) {
    if (guard > 3660) throw new RangeError('no working day found within ten years: check the calendar');
    day = addLocalDays(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return day;
}

/**
 * The working days after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * workingDaysBetween(calendar, '2026-09-30', '2026-10-12'); // 4
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate | string, to: LocalDate | string): number {
  const end = asLocalDate(to).iso;
  let day = asLocalDate(from);
  let count = 0;
  while (day.iso < end) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}

/**
 * Whether `to` lies within `n` working days of `from` ("3个工作日内": the 3rd working day included).
 *
 * @example
 * withinWorkingDays(calendar, '2026-09-30', '2026-10-10', 3); // true
 */
export function withinWorkingDays(calendar: WorkingCalendar, from: LocalDate | string, to: LocalDate | string, n: number): boolean {
  return asLocalDate(to).iso <= addWorkingDays(calendar, from, n).iso;
}
