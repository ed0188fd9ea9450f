import { describeDuration, ReportSchedule, WorkingCalendar, type DeadlineLimit, type DeadlineRule, type Duration } from '@kaohe/core';
import { describePredicateText, withSign } from './describeExpr';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A weekday by ISO number (1 Monday … 7 Sunday). */
export function weekdayName(iso: number): string {
  return WEEKDAYS[iso - 1] ?? `weekday ${iso}`;
}

/** A duration in English words: `30 minutes`, `1 hour`. */
export function durationText(duration: Duration): string {
  return describeDuration(duration).en.replace(/^1 (\w+)s$/, '1 $1');
}

/** An ordinal number in English: `1st`, `2nd`, `3rd`, `11th`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The due day of a report schedule in words: weekly on Monday, the others by the 3rd of the month after. */
export function reportScheduleText(schedule: ReportSchedule): string {
  const day = ordinal(schedule.dueDay);
  return `weekly reports on the ${weekdayName(schedule.weeklyDueWeekday)} after the week they cover; monthly, quarterly and annual reports by the ${day} of the month after the period${schedule.dueDayInclusive ? ` (the ${day} itself on time)` : ` (the ${day} itself already late)`}`;
}

/** A deadline limit in words, measured from the field `from`. */
export function describeLimit(limit: DeadlineLimit, from: string): string {
  if ('workingDays' in limit) {
    const calendar = WorkingCalendar.parse(limit.calendar ?? {});
    const days = `${calendar.holidays.length} holiday${calendar.holidays.length === 1 ? '' : 's'}, ${calendar.workdays.length} make-up working day${calendar.workdays.length === 1 ? '' : 's'}`;
    return `within ${limit.workingDays} working days of \`${from}\` (by the end of the ${ordinal(limit.workingDays)} working day after it, on the user's calendar; as shipped: weekend ${calendar.weekend.map(weekdayName).join(' and ')}, ${days})`;
  }
  if ('byClass' in limit) {
    const classes = Object.entries(limit.limits).map(([id, duration]) => `${id} ${durationText(duration)}`);
    return `within the SLA limit of its \`${limit.byClass}\` after \`${from}\` (${classes.join('; ')})`;
  }
  if ('report' in limit) {
    return `by the due date of its \`${limit.kindField}\` for the period in \`${from}\`: ${reportScheduleText(ReportSchedule.parse(limit.report))}`;
  }
  return `within ${durationText(limit)} of \`${from}\``;
}

/**
 * A deadline rule in English words: for each event of the period, each deadline checked, what a
 * miss costs and how a missing timestamp is read.
 */
export function describeDeadline(rule: DeadlineRule, points?: number | string): string {
  const start = rule.start ?? points;
  const opening = start === undefined ? '' : `Starts at ${String(start)}. `;
  const where = rule.where === undefined ? '' : ` where ${describePredicateText(rule.where)}`;
  const checks = rule.checks.map((check) => {
    const boundary = 'report' in check.limit ? '' : check.boundary === 'inclusive' ? ', the limit itself on time' : ', the limit itself already late';
    return `${check.name.en} (${check.name['zh-CN']}): \`${check.to}\` ${describeLimit(check.limit, check.from)}${boundary}; each miss ${withSign(check.each)}`;
  });
  return `${opening}For each event of \`${rule.events}\` in the period${where}: ${checks.join('. ')}. A missing \`${rule.checks.map((c) => c.to).join('`/`')}\` counts as missed once its deadline passed before the period ended.`;
}
