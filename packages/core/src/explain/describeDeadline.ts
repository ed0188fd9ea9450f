import type { DeadlineLimit, DeadlineRule } from '../rules/deadline';
import { describeDuration, type Duration } from '../time/deadline';
import { ReportSchedule } from '../time/reportDue';
import { WorkingCalendar } from '../time/workingDays';
import { byLocale, nameText, withSign, type DescribeOptions } from './DescribeOptions';
import { describePredicateText } from './describeExpr';

const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
} as const;

/**
 * A weekday by ISO number (1 Monday … 7 Sunday).
 *
 * @example
 * weekdayName(6, { locale: 'zh-CN' }); // '周六'
 */
export function weekdayName(iso: number, options: DescribeOptions): string {
  return WEEKDAYS[options.locale][iso - 1] ?? byLocale(options, `星期 ${iso}`, `weekday ${iso}`);
}

/**
 * A duration in words: `30 minutes`, `1 hour` / `30分钟`.
 *
 * @example
 * durationText({ hours: 1 }, { locale: 'en' }); // '1 hour'
 */
export function durationText(duration: Duration, options: DescribeOptions): string {
  const text = describeDuration(duration)[options.locale];
  return options.locale === 'en' ? text.replace(/^1 (\w+)s$/, '1 $1') : text;
}

/**
 * An ordinal number in English (`1st`, `2nd`, `3rd`, `11th`); in Chinese, `第3`.
 *
 * @example
 * ordinal(22, { locale: 'en' }); // '22nd'
 */
export function ordinal(n: number, options: DescribeOptions): string {
  if (options.locale === 'zh-CN') return `第${n}`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * When reports fall due, in words: weekly on a weekday, the others by a day of the month after.
 *
 * @example
 * reportScheduleText(ReportSchedule.parse({}), { locale: 'zh-CN' });
 * // '周报在所报周之后的周一提交;月报、季报和年报在期后次月 3 日前提交(3 日当天仍算按时)'
 */
export function reportScheduleText(schedule: ReportSchedule, options: DescribeOptions): string {
  const weekday = weekdayName(schedule.weeklyDueWeekday, options);
  if (options.locale === 'zh-CN') {
    const edge = schedule.dueDayInclusive ? `${schedule.dueDay} 日当天仍算按时` : `${schedule.dueDay} 日当天即为逾期`;
    return `周报在所报周之后的${weekday}提交;月报、季报和年报在期后次月 ${schedule.dueDay} 日前提交(${edge})`;
  }
  const day = ordinal(schedule.dueDay, options);
  return `weekly reports on the ${weekday} after the week they cover; monthly, quarterly and annual reports by the ${day} of the month after the period${schedule.dueDayInclusive ? ` (the ${day} itself on time)` : ` (the ${day} itself already late)`}`;
}

/** The shipped calendar of a working-day limit, in words. */
function calendarText(calendar: WorkingCalendar, options: DescribeOptions): string {
  const weekend = calendar.weekend.map((day) => weekdayName(day, options));
  const holidays = calendar.holidays.length;
  const workdays = calendar.workdays.length;
  return byLocale(
    options,
    `周末为${weekend.join('、')},${holidays} 个节假日,${workdays} 个调休工作日`,
    `weekend ${weekend.join(' and ')}, ${holidays} holiday${holidays === 1 ? '' : 's'}, ${workdays} make-up working day${workdays === 1 ? '' : 's'}`,
  );
}

/**
 * A deadline limit in words, measured from the field `from`.
 *
 * @example
 * describeLimit({ hours: 4 }, 'reportedAt', { locale: 'zh-CN' }); // 'reportedAt 之后 4小时 内'
 */
export function describeLimit(limit: DeadlineLimit, from: string, options: DescribeOptions): string {
  const start = nameText(from, options);
  if ('workingDays' in limit) {
    const calendar = calendarText(WorkingCalendar.parse(limit.calendar ?? {}), options);
    const n = limit.workingDays;
    return byLocale(
      options,
      `${start} 之后 ${n} 个工作日内(至其后第 ${n} 个工作日结束,按用户的日历;默认:${calendar})`,
      `within ${n} working days of ${start} (by the end of the ${ordinal(n, options)} working day after it, on the user's calendar; as shipped: ${calendar})`,
    );
  }
  if ('byClass' in limit) {
    const classes = Object.entries(limit.limits).map(([id, duration]) => `${id} ${durationText(duration, options)}`);
    const field = nameText(limit.byClass, options);
    return byLocale(options, `${start} 之后,在其 ${field} 的 SLA 时限内(${classes.join(';')})`, `within the SLA limit of its ${field} after ${start} (${classes.join('; ')})`);
  }
  if ('report' in limit) {
    const schedule = reportScheduleText(ReportSchedule.parse(limit.report), options);
    const kind = nameText(limit.kindField, options);
    return byLocale(options, `${start} 所示期间按其 ${kind} 规定的到期日前:${schedule}`, `by the due date of its ${kind} for the period in ${start}: ${schedule}`);
  }
  return byLocale(options, `${start} 之后 ${durationText(limit, options)} 内`, `within ${durationText(limit, options)} of ${start}`);
}

/**
 * A deadline rule in words: for each event of the period, each deadline checked, what a miss costs
 * and how a missing timestamp is read.
 *
 * @param points the item's own points, if any (the rule starts from them unless it says otherwise).
 */
export function describeDeadline(rule: DeadlineRule, options: DescribeOptions, points?: number | string): string {
  const start = rule.start ?? points;
  const where = rule.where === undefined ? undefined : describePredicateText(rule.where, options);
  const events = nameText(rule.events, options);
  const missing = rule.checks.map((c) => nameText(c.to, options)).join('/');
  const checks = rule.checks.map((check) => {
    const to = nameText(check.to, options);
    const limit = describeLimit(check.limit, check.from, options);
    if (options.locale === 'zh-CN') {
      const boundary = 'report' in check.limit ? '' : check.boundary === 'inclusive' ? ',恰在期限时仍算按时' : ',恰在期限时即为超时';
      return `${check.name['zh-CN']}:${to} 须在 ${limit}${boundary};每次未按时 ${withSign(check.each)}`;
    }
    const boundary = 'report' in check.limit ? '' : check.boundary === 'inclusive' ? ', the limit itself on time' : ', the limit itself already late';
    return `${check.name.en} (${check.name['zh-CN']}): ${to} ${limit}${boundary}; each miss ${withSign(check.each)}`;
  });
  if (options.locale === 'zh-CN') {
    const opening = start === undefined ? '' : `起始 ${String(start)} 分。`;
    return `${opening}考核期内 ${events} 中${where === undefined ? '' : `满足 ${where} 的`}每个事件:${checks.join('。')}。缺少 ${missing} 的,若期限在考核期结束前已过,按未按时计。`;
  }
  const opening = start === undefined ? '' : `Starts at ${String(start)}. `;
  return `${opening}For each event of ${events} in the period${where === undefined ? '' : ` where ${where}`}: ${checks.join('. ')}. A missing ${missing} counts as missed once its deadline passed before the period ended.`;
}
