import type { Item } from '../model/item';
import type { LocalDate } from '../rules/factValue';
import type { DeadlineCheckSpec, DeadlineRule } from '../rules/deadline';
import { addLocalDays, startOfLocalDay } from '../time/calendarDay';
import { durationMs, type Duration } from '../time/deadline';
import { reportDueDate } from '../time/reportDue';
import { addWorkingDays, WEEKENDS_ONLY } from '../time/workingDays';
import { makeLocalDate } from '../time/zonedDate';
import { add, EXACT_ZERO, Exact, multiply } from './Exact';
import { exactConstant } from './exactConstant';
import { giveUp } from './giveUp';
import { localDayReader, type DayNumber } from './localDay';
import { countedEvents } from './compilePerOccurrence';
import { readInstant } from './readInstant';
import type { RuleScope } from './compileTiers';
import type { PlanEvent, PlanPeriod, SubjectState } from './SubjectState';

const REPORT_KINDS = new Set(['weekly', 'monthly', 'quarterly', 'annual']);

const localDateOfDay = (day: DayNumber): LocalDate => makeLocalDate(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100);
const dayOfLocalDate = (date: LocalDate): DayNumber => date.year * 10_000 + date.month * 100 + date.day;

/** Whether one check of one event was missed; `undefined` when it does not apply (its `from` is absent). */
type Check = (event: PlanEvent, s: SubjectState) => boolean | undefined;

/** What a check needs to read an event's fields: each field's declared type, and the zone's days. */
interface Fields {
  readonly typeOf: (name: string) => string | undefined;
  readonly dayOfInstant: (epochMs: number) => DayNumber;
  /** The first instant after a period, as the evaluator finds it: the start of the day after its last, in the zone. */
  readonly periodEndMs: (period: PlanPeriod) => number;
}

/** The local day of a date or date-time field's text; anything else gives up (the evaluator's error). */
function dayReader(fields: Fields, name: string): (text: string) => DayNumber {
  const type = fields.typeOf(name);
  if (type === 'date') return (text) => Number(text.slice(0, 4)) * 10_000 + Number(text.slice(5, 7)) * 100 + Number(text.slice(8, 10));
  if (type === 'datetime') return (text) => fields.dayOfInstant(readInstant(text) ?? giveUp());
  return () => giveUp();
}

/**
 * A check due by a day (working days, a report's due date): on time when done on or before the
 * last day still on time; not done, missed when that day is within the period. The evaluator
 * compares the starts of those days in the zone, which are in the days' own order.
 */
function byDay(spec: DeadlineCheckSpec, fields: Fields, dueOf: (from: string, event: PlanEvent) => LocalDate): Check {
  const toDay = dayReader(fields, spec.to);
  const inclusive = spec.boundary === 'inclusive';
  return (event, s) => {
    const from = event.fields[spec.from];
    if (from === undefined) return undefined;
    if (typeof from !== 'string') return giveUp();
    const due = dueOf(from, event);
    const lastDay = dayOfLocalDate(inclusive ? due : addLocalDays(due, -1));
    const to = event.fields[spec.to];
    if (to === undefined) return s.period.end === undefined || lastDay <= s.period.end;
    if (typeof to !== 'string') return giveUp();
    return toDay(to) > lastDay;
  };
}

/** A check due some minutes, hours or days after a date-time, or by the event's class (an SLA table). */
function byDuration(spec: DeadlineCheckSpec, limit: Duration | { byClass: string; limits: Record<string, Duration> }, fields: Fields): Check {
  if (fields.typeOf(spec.from) !== 'datetime') return (event) => (event.fields[spec.from] === undefined ? undefined : giveUp());
  const toIsInstant = fields.typeOf(spec.to) === 'datetime';
  // The deadline is the start plus the duration rounded up to a whole millisecond, as `dueAfter` gives it.
  const msOf = (duration: Duration): number => durationMs(duration).ceil().toNumber();
  const classes = 'byClass' in limit ? new Map(Object.entries(limit.limits).map(([id, duration]) => [id, msOf(duration)])) : undefined;
  const fixed = 'byClass' in limit ? 0 : msOf(limit);
  const classField = 'byClass' in limit ? limit.byClass : '';
  const inclusive = spec.boundary === 'inclusive';
  return (event, s) => {
    const from = event.fields[spec.from];
    if (from === undefined) return undefined;
    const startMs = typeof from === 'string' ? (readInstant(from) ?? giveUp()) : giveUp();
    let ms = fixed;
    if (classes !== undefined) {
      const cls = event.fields[classField];
      ms = (typeof cls === 'string' ? classes.get(cls) : undefined) ?? giveUp();
    }
    const dueMs = startMs + ms;
    const to = event.fields[spec.to];
    if (to === undefined) {
      const endMs = fields.periodEndMs(s.period);
      return inclusive ? dueMs < endMs : dueMs <= endMs;
    }
    if (!toIsInstant || typeof to !== 'string') return giveUp();
    const atMs = readInstant(to) ?? giveUp();
    // A step before its start is the evaluator's error to write.
    if (atMs < startMs) giveUp();
    return inclusive ? atMs > dueMs : atMs >= dueMs;
  };
}

function compileCheck(spec: DeadlineCheckSpec, fields: Fields): Check {
  const limit = spec.limit;
  if ('workingDays' in limit) {
    const fromDay = dayReader(fields, spec.from);
    const calendar = limit.calendar ?? WEEKENDS_ONLY;
    return byDay(spec, fields, (from) => {
      try {
        return addWorkingDays(calendar, localDateOfDay(fromDay(from)), limit.workingDays);
      } catch (error) {
        // A calendar without enough working days is the evaluator's error to write.
        if (error instanceof RangeError) giveUp();
        throw error;
      }
    });
  }
  if ('report' in limit) {
    const fromType = fields.typeOf(spec.from);
    const fromDay = dayReader(fields, spec.from);
    return byDay(spec, fields, (from, event) => {
      const kind = event.fields[limit.kindField];
      if (typeof kind !== 'string' || !REPORT_KINDS.has(kind)) giveUp();
      const covers = fromType === 'date' || fromType === 'datetime' ? localDateOfDay(fromDay(from)).iso : from;
      return reportDueDate(kind as 'weekly', covers, limit.report) ?? giveUp();
    });
  }
  return byDuration(spec, limit, fields);
}

/**
 * A deadline rule made into a closure once, as `evaluateDeadline` reads it: for each event the
 * filter counts, each check's deadline (a duration after a date-time, by the event's class, working
 * days with a calendar, a report's due date) against the step's own timestamp, or the period's end
 * when the step is absent; each one missed costs its `each`. What the evaluator refuses (a field of
 * the wrong type, a class without a limit, a step before its start, a calendar without enough
 * working days) gives up.
 *
 * @example
 * compileDeadline(vendor.items[0].rule, vendor.items[0], scope)?.(state); // 100 less 2 per late response
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileDeadline(rule: DeadlineRule, item: Item, scope: RuleScope): ((s: SubjectState) => Exact) | undefined {
  const spec = scope.inputs.find((input) => input.name === rule.events);
  if (spec === undefined || spec.type !== 'events') return undefined;
  const types = new Map(spec.fields.map((field) => [field.name, field.type as string]));
  const zone = scope.timeZone;
  const ends = new Map<string, number>();
  const fields: Fields = {
    typeOf: (name) => types.get(name),
    dayOfInstant: localDayReader(zone),
    periodEndMs: (period) => {
      if (period.end === undefined) return Number.POSITIVE_INFINITY;
      let end = ends.get(period.id);
      if (end === undefined) {
        end = startOfLocalDay(addLocalDays(localDateOfDay(period.end), 1), zone);
        if (ends.size < 64) ends.set(period.id, end);
      }
      return end;
    },
  };
  const start = rule.start !== undefined ? exactConstant(rule.start) : item.points !== undefined ? exactConstant(item.points) : EXACT_ZERO;
  const checks = rule.checks.map((check) => ({ missed: compileCheck(check, fields), each: exactConstant(check.each) }));
  const counted = countedEvents({ events: rule.events, ...(rule.where === undefined ? {} : { where: rule.where }) }, scope);
  return (s) => {
    const events = counted(s);
    let score = start;
    for (const check of checks) {
      let missed = 0;
      for (const event of events) if (check.missed(event, s) === true) missed += 1;
      if (missed > 0) score = add(score, multiply(new Exact(missed, 1, false), check.each));
    }
    return score;
  };
}
