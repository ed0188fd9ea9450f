import * as z from 'zod';
import type { LocalDate } from '../rules/factValue';
import { addLocalDays, asLocalDate, isoWeekday } from './calendarDay';
import { daysBetween, makeLocalDate, parseLocalDate } from './zonedDate';

/** The kinds of periodic report (seed 004: 上周小结, 月报, 季度/年度巡检汇总). */
export const ReportKind = z.enum(['weekly', 'monthly', 'quarterly', 'annual']);
/** A kind of periodic report. */
export type ReportKind = z.infer<typeof ReportKind>;

/**
 * When reports fall due. Defaults follow seed 004: the weekly summary every Monday for the week
 * before; monthly reports "下月3日前"; quarterly and annual summaries by the 3rd of the month after
 * the quarter (or year). "3日前" is read as on or before the 3rd **[inferred]**.
 */
export const ReportSchedule = z.strictObject({
  weeklyDueWeekday: z.number().int().min(1).max(7).default(1).meta({ description: 'The ISO weekday the weekly report of the week before is due on; 1 (Monday) unless set.', examples: [1] }),
  dueDay: z.number().int().min(1).max(28).default(3).meta({ description: 'The day of the month after the period that monthly, quarterly and annual reports are due by; 3 unless set.', examples: [3] }),
  dueDayInclusive: z.boolean().default(true).describe('Whether the due day itself is still on time ("3日前" read as on or before the 3rd); true unless set.'),
}).meta({ examples: [{ weeklyDueWeekday: 1, dueDay: 3, dueDayInclusive: true }] });
/** When reports fall due. */
export type ReportSchedule = z.infer<typeof ReportSchedule>;
/** A report schedule as written before defaults. */
export type ReportScheduleInput = z.input<typeof ReportSchedule>;

const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** How the period a report covers is written, per kind. */
export const REPORT_COVERS_FORMATS: Record<ReportKind, string> = {
  weekly: 'YYYY-Www, or any date YYYY-MM-DD in the week',
  monthly: 'YYYY-MM',
  quarterly: 'YYYY-Qn',
  annual: 'YYYY',
};

const mondayOf = (date: LocalDate): LocalDate => addLocalDays(date, 1 - isoWeekday(date));

function mondayOfWeek(covers: string): LocalDate | undefined {
  const date = parseLocalDate(covers);
  if (date !== undefined) return mondayOf(date);
  const match = WEEK.exec(covers);
  if (match === null) return undefined;
  // ISO week 1 is the week holding 4 January.
  return addLocalDays(mondayOf(makeLocalDate(Number(match[1]), 1, 4)), 7 * (Number(match[2]) - 1));
}

/** Schedules as parsed, per object a scheme holds: a due date is asked for once per report. */
const parsedSchedules = new WeakMap<object, ReportSchedule>();
let defaultSchedule: ReportSchedule | undefined;
function scheduleOf(schedule: ReportScheduleInput | undefined): ReportSchedule {
  if (schedule === undefined) return (defaultSchedule ??= ReportSchedule.parse({}));
  let parsed = parsedSchedules.get(schedule);
  if (parsed === undefined) {
    parsed = ReportSchedule.parse(schedule);
    parsedSchedules.set(schedule, parsed);
  }
  return parsed;
}

function firstOfMonthAfter(year: number, lastMonth: number): { year: number; month: number } {
  return lastMonth === 12 ? { year: year + 1, month: 1 } : { year, month: lastMonth + 1 };
}

/**
 * The last day a report is on time: the weekly report on the Monday after the week it covers;
 * monthly, quarterly and annual reports on the `dueDay` of the month after (the day before it when
 * `dueDayInclusive` is false). `undefined` when `covers` is not written as the kind needs.
 *
 * @example
 * reportDueDate('monthly', '2026-09')?.iso;   // '2026-10-03'
 * reportDueDate('quarterly', '2026-Q3')?.iso; // '2026-10-03'
 * reportDueDate('weekly', '2026-W40')?.iso;   // '2026-10-05' (the Monday after 28 Sep – 4 Oct)
 */
export function reportDueDate(kind: ReportKind, covers: string, schedule?: ReportScheduleInput): LocalDate | undefined {
  const rules = scheduleOf(schedule);
  if (kind === 'weekly') {
    const monday = mondayOfWeek(covers);
    return monday === undefined ? undefined : addLocalDays(monday, 7 + rules.weeklyDueWeekday - 1);
  }
  let next: { year: number; month: number } | undefined;
  const month = kind === 'monthly' ? MONTH.exec(covers) : null;
  const quarter = kind === 'quarterly' ? QUARTER.exec(covers) : null;
  const year = kind === 'annual' ? YEAR.exec(covers) : null;
  if (month !== null) next = firstOfMonthAfter(Number(month[1]), Number(month[2]));
  else if (quarter !== null) next = firstOfMonthAfter(Number(quarter[1]), Number(quarter[2]) * 3);
  else if (year !== null) next = firstOfMonthAfter(Number(year[1]), 12);
  if (next === undefined) return undefined;
  const due = makeLocalDate(next.year, next.month, rules.dueDay);
  return rules.dueDayInclusive ? due : addLocalDays(due, -1);
}

/** Whether a report was on time, and by how many days it was late. */
export interface ReportTimeliness {
  readonly due: LocalDate;
  readonly submitted: LocalDate;
  readonly late: boolean;
  /** Calendar days after the due date; 0 when on time. */
  readonly daysLate: number;
}

/**
 * Checks a report's submission date against its due date.
 *
 * @example
 * reportTimeliness('monthly', '2026-09', '2026-10-04')?.late; // true: due by 3 October
 * @throws {RangeError} when `submittedOn` is not a date.
 */
export function reportTimeliness(kind: ReportKind, covers: string, submittedOn: LocalDate | string, schedule?: ReportScheduleInput): ReportTimeliness | undefined {
  const due = reportDueDate(kind, covers, schedule);
  if (due === undefined) return undefined;
  const submitted = asLocalDate(submittedOn);
  const daysLate = Math.max(0, daysBetween(due, submitted));
  return { due, submitted, late: daysLate > 0, daysLate };
}
