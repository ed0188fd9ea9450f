import * as z from 'zod';
import { Decimal, toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { enumText } from '../explain/enumText';
import type { EvaluationContext, LineDraft, RuleOutcome } from './context';
import { evaluatePredicate } from './evaluatePredicate';
import { eventJson, isDated, isEventList, type EventValue, type FactValue, type LocalDate } from './factValue';
import { DecimalLikeSchema, Id, LocalizedText } from '../model/common';
import type { RuleItem } from './ruleKit';
import { FactName, Predicate, predicateFacts } from '../model/predicate';
import { addLocalDays, startOfLocalDay } from '../time/calendarDay';
import { Boundary, checkDeadline, dueAfter, Duration, type DeadlineOutcome } from '../time/deadline';
import { periodContains } from '../time/period';
import { ReportKind, ReportSchedule, reportDueDate } from '../time/reportDue';
import { addWorkingDays, WEEKENDS_ONLY, WorkingCalendar } from '../time/workingDays';
import { changeKind, line, ownPoints, show } from './ruleKit';

/**
 * The most working days a limit may count: a year's worth. With a calendar that works at least one
 * day a week, the deadline then always falls within the ten years that {@link addWorkingDays} searches.
 */
export const MAX_WORKING_DAYS = 366;

/**
 * How long a step may take:
 * - a duration (`{ minutes }`, `{ hours }`, `{ days }`) after the `from` timestamp;
 * - `{ workingDays, calendar }`: by the end of the nth working day after the `from` date, with the
 *   user's holiday calendar (weekends only when none is given);
 * - `{ byClass, limits }`: an SLA table — the event field `byClass` names its class (a fault class),
 *   and `limits` gives each class its duration;
 * - `{ report, kindField }`: the due date of a periodic report; `from` holds the period it covers
 *   (`2026-09`, `2026-Q3`, `2026-W40`) and `kindField` its kind (weekly, monthly, quarterly, annual).
 */
export const DeadlineLimit = z.union([
  Duration,
  z.strictObject({
    workingDays: z.number().int().nonnegative().max(MAX_WORKING_DAYS).meta({ description: 'Working days after the `from` date: due by the end of the nth.', examples: [3] }),
    calendar: WorkingCalendar.optional().describe('The holiday calendar; weekends only when absent.'),
  }),
  z.strictObject({
    byClass: FactName.describe('The event field naming the class, e.g. a fault class.'),
    limits: z.record(z.string().min(1), Duration).meta({ description: 'The limit of each class (an SLA table).', examples: [{ P1: { hours: 4 }, P2: { hours: 24 } }] }),
  }),
  z.strictObject({
    report: ReportSchedule.describe('When reports fall due.'),
    kindField: FactName.describe('The event field giving the report\'s kind: weekly, monthly, quarterly or annual.'),
  }),
]);
/** How long a step may take. */
export type DeadlineLimit = z.infer<typeof DeadlineLimit>;

/** One deadline checked on every event: from one field to another, within a limit; each miss costs `each`. */
export const DeadlineCheckSpec = z.strictObject({
  id: Id.describe('The check\'s id, e.g. `response`.'),
  name: LocalizedText.describe('The check\'s name, e.g. 响应 / Response.'),
  from: FactName.describe('The event field the limit runs from (a timestamp, a date, or for reports the period covered).'),
  to: FactName.describe('The event field of the step checked; absent on an event: not done by the end of the period.'),
  limit: DeadlineLimit.describe('How long the step may take.'),
  boundary: Boundary.default('inclusive').describe('Whether the limit itself is on time; `inclusive` unless set.'),
  each: DecimalLikeSchema.describe('Points per missed deadline (negative: a deduction).'),
}).meta({ examples: [{ id: 'restore', name: { 'zh-CN': '恢复', en: 'Restore' }, from: 'reportedAt', to: 'restoredAt', limit: { hours: 4 }, each: -2 }] });
/** One deadline of a deadline rule. */
export type DeadlineCheckSpec = z.infer<typeof DeadlineCheckSpec>;

/**
 * `deadline`: for each event of the period (a fault ticket, a report, a faulty part), check one or
 * more deadlines measured from its own timestamps — response and restore times from an SLA table,
 * working days with a holiday calendar, report due dates — and charge each one missed. A missing
 * `to` means the step had not happened by the end of the period: missed if the deadline had passed.
 */
export const DeadlineRule = z.strictObject({
  kind: z.literal('deadline').describe('Deadlines checked on every event of the period; each one missed is charged.'),
  events: FactName.describe('The event fact (tickets, reports, parts).'),
  where: Predicate.optional().describe('Only events that match are checked; all unless set.'),
  checks: z.array(DeadlineCheckSpec).min(1).describe('The deadlines checked on each event.'),
  start: DecimalLikeSchema.optional().describe('The score before deductions; the item\'s points when absent, 0 for an item without points.'),
});
/** A deadline rule. */
export type DeadlineRule = z.infer<typeof DeadlineRule>;

interface Due {
  readonly outcome: DeadlineOutcome;
  readonly due: string;
  readonly at: string;
}

function localOf(value: FactValue | undefined): LocalDate | undefined {
  if (!isDated(value)) return undefined;
  return value.type === 'date' ? value : value.local;
}

function bad(path: Array<string | number>, en: string, zh: string): KaoheError {
  return new KaoheError({ code: 'input_invalid', path, params: { reason: { en, 'zh-CN': zh } } });
}

/** The nth working day after a date; a calendar without that many working days in the ten years searched is the scheme's error. */
function workingDaysAfter(calendar: WorkingCalendar, start: LocalDate, n: number): LocalDate {
  try {
    return addWorkingDays(calendar, start, n);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const reason = { en: `the working-day calendar has no ${n} working days within ten years after ${start.iso}`, 'zh-CN': `工作日历在 ${start.iso} 之后十年内不足 ${n} 个工作日` };
    throw new KaoheError({ code: 'scheme_invalid', path: ['scheme', 'calendar'], params: { reason } });
  }
}

function checkByDate(dueDate: LocalDate, to: FactValue | undefined, spec: DeadlineCheckSpec, ctx: EvaluationContext, path: Array<string | number>): Due {
  const zone = ctx.timeZone;
  // The last instant still on time: the end of the due day (inclusive), or of the day before (exclusive).
  const lastDay = spec.boundary === 'inclusive' ? dueDate : addLocalDays(dueDate, -1);
  const dueMs = startOfLocalDay(addLocalDays(lastDay, 1), zone) - 1;
  const end = ctx.period.end;
  const periodEndMs = end === undefined ? Number.POSITIVE_INFINITY : startOfLocalDay(addLocalDays(end, 1), zone);
  const date = to === undefined ? undefined : localOf(to);
  if (to !== undefined && date === undefined) throw bad([...path, spec.to], 'expected a date', '应为日期');
  const atMs = date === undefined ? undefined : startOfLocalDay(date, zone);
  const outcome = checkDeadline({ dueMs, atMs, boundary: 'inclusive', periodEndMs });
  return { outcome, due: lastDay.iso, at: date?.iso ?? '' };
}

function evaluateCheck(spec: DeadlineCheckSpec, event: EventValue, ctx: EvaluationContext, path: Array<string | number>): Due | { notApplicable: string } {
  const from = event.fields[spec.from];
  const to = event.fields[spec.to];
  if (from === undefined) return { notApplicable: `${spec.from} absent` };
  const limit = spec.limit;
  if ('workingDays' in limit) {
    const start = localOf(from);
    if (start === undefined) throw bad([...path, spec.from], 'expected a date', '应为日期');
    return checkByDate(workingDaysAfter(limit.calendar ?? WEEKENDS_ONLY, start, limit.workingDays), to, spec, ctx, path);
  }
  if ('report' in limit) {
    const kind = ReportKind.safeParse(event.fields[limit.kindField]);
    if (!kind.success) throw bad([...path, limit.kindField], `expected one of ${ReportKind.options.join(', ')}`, `应为 ${ReportKind.options.join('、')} 之一`);
    const covers = typeof from === 'string' ? from : localOf(from)?.iso;
    const due = covers === undefined ? undefined : reportDueDate(kind.data, covers, limit.report);
    if (due === undefined) throw bad([...path, spec.from], `"${String(covers)}" is not a ${kind.data} period`, `"${String(covers)}" 不是${enumText('report', kind.data)['zh-CN']}的周期`);
    return checkByDate(due, to, spec, ctx, path);
  }
  if (typeof from !== 'object' || !('type' in from) || from.type !== 'datetime') throw bad([...path, spec.from], 'expected a date-time', '应为日期时间');
  let duration: Duration;
  if ('byClass' in limit) {
    const cls = event.fields[limit.byClass];
    const found = typeof cls === 'string' && Object.hasOwn(limit.limits, cls) ? limit.limits[cls] : undefined;
    if (found === undefined) throw bad([...path, limit.byClass], `no limit for class ${String(cls)}; classes: ${Object.keys(limit.limits).join(', ')}`, `类别 ${String(cls)} 没有时限;已有类别:${Object.keys(limit.limits).join('、')}`);
    duration = found;
  } else duration = limit;
  const atValue = to === undefined ? undefined : to;
  if (atValue !== undefined && (typeof atValue !== 'object' || !('type' in atValue) || atValue.type !== 'datetime')) throw bad([...path, spec.to], 'expected a date-time', '应为日期时间');
  const atMs = atValue === undefined ? undefined : (atValue as { epochMs: number }).epochMs;
  if (atMs !== undefined && atMs < from.epochMs) {
    throw new KaoheError({ code: 'timestamp_before_start', path: [...path, spec.to], params: { event: typeof event.fields.id === 'string' ? event.fields.id : `#${event.index + 1}`, field: spec.to, value: (atValue as { iso: string }).iso, start: spec.from, startValue: from.iso } });
  }
  const dueMs = dueAfter(from.epochMs, duration);
  const end = ctx.period.end;
  const periodEndMs = end === undefined ? Number.POSITIVE_INFINITY : startOfLocalDay(addLocalDays(end, 1), ctx.timeZone);
  const outcome = checkDeadline({ dueMs, atMs, boundary: spec.boundary, periodEndMs });
  return { outcome, due: new Date(dueMs).toISOString(), at: atValue === undefined ? '' : (atValue as { iso: string }).iso };
}

/** Evaluates a deadline rule. */
export function evaluateDeadline(rule: DeadlineRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const start = rule.start === undefined ? (ownPoints(item) ?? new Decimal(0)) : toDecimal(rule.start);
  const lines: LineDraft[] = [];
  if (!start.isZero() && ctx.explain !== false) lines.push(line('perOccurrence.start', 'score', start, show(start), { start: show(start) }));
  let score = start;
  const events = ctx.facts[rule.events];
  if (events === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', rule.events], params: { fact: rule.events } });
  if (!isEventList(events)) throw bad(['facts', rule.events], 'expected a list of events', '应为事件列表');
  const where = rule.where;
  const counted = events.filter((e) => (e.date === undefined || periodContains(ctx.period, e.date)) && (where === undefined || evaluatePredicate(where, { ...ctx, event: e })));
  for (const event of counted) {
    const path = ['facts', rule.events, event.index];
    const facts = { [rule.events]: { index: event.index, ...eventJson(event) } };
    const eventName = `#${event.index + 1}${typeof event.fields.id === 'string' ? ` ${event.fields.id}` : ''}`;
    for (const spec of rule.checks) {
      const result = evaluateCheck(spec, event, ctx, path);
      const params = { event: eventName, check: spec.name, field: spec.to };
      if ('notApplicable' in result) {
        if (ctx.explain !== false) lines.push(line('deadline.notApplicable', 'score', new Decimal(0), result.notApplicable, { ...params, reason: { en: result.notApplicable, 'zh-CN': `缺少 ${spec.from},期限不适用` } }, facts));
        continue;
      }
      const amount = result.outcome.missed ? toDecimal(spec.each) : new Decimal(0);
      score = score.plus(amount);
      const arithmetic = `${spec.to} ${result.at || '—'} vs ${result.due} (${spec.boundary}) → ${result.outcome.status}${amount.isZero() ? '' : ` ${show(amount)}`}`;
      if (ctx.explain !== false) lines.push(line(`deadline.${result.outcome.status}`, changeKind(amount), amount, arithmetic, { ...params, at: result.at, due: result.due }, facts));
    }
  }
  if (counted.length === 0 && ctx.explain !== false) lines.push(line('deadline.none', 'score', new Decimal(0), `0 × ${rule.events}`, {}));
  return { score, lines };
}

/** Facts a deadline rule reads. */
export function deadlineFacts(rule: DeadlineRule): Set<string> {
  const facts = new Set([rule.events]);
  if (rule.where !== undefined) predicateFacts(rule.where, facts);
  return facts;
}
