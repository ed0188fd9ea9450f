import { LIMITS, numberBreach } from '../limits';
import type { FactSpec, FieldSpec } from '../model/inputs';
import type { ResolvedScorecard } from '../model/scorecard';
import { parsePeriod } from '../time/period';
import { compare, EXACT_ZERO, type Exact } from './Exact';
import { giveUp } from './giveUp';
import { isPlainRecord } from './isPlainRecord';
import { localDayReader, type DayNumber } from './localDay';
import { exactConstant } from './exactConstant';
import { exactOfInput, exactOfNumber } from './readNumber';
import { UNSAFE_KEYS } from '../safety/unsafeKeys';
import { readCalendarDate, readInstant } from './readInstant';
import type { PlanEvent, PlanPeriod, PlanValue, SubjectState } from './SubjectState';

/** Reads one value of a declared type into a plan value, or gives up where the evaluator would not take it as it is. */
type ValueReader = (value: unknown) => PlanValue;


const text = (value: unknown): string => (typeof value === 'string' && value.length <= LIMITS.stringLength ? value : giveUp());

function numberReader(spec: FieldSpec): ValueReader {
  const min = spec.min === undefined ? undefined : exactConstant(spec.min);
  const max = spec.max === undefined ? undefined : exactConstant(spec.max);
  const whole = spec.type === 'count';
  return (value) => {
    const number = exactOfInput(value) ?? giveUp();
    if (whole && (number.d !== 1 || number.n < 0)) giveUp();
    if (min !== undefined && compare(number, min) < 0) giveUp();
    if (max !== undefined && compare(number, max) > 0) giveUp();
    return number;
  };
}

function scalarReader(spec: FieldSpec): ValueReader {
  switch (spec.type) {
    case 'number':
    case 'ratio':
    case 'money':
    case 'count':
      return numberReader(spec);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : giveUp());
    case 'enum': {
      const allowed = new Set(spec.values ?? []);
      return (value) => (typeof value === 'string' && allowed.has(value) ? value : giveUp());
    }
    case 'string':
      return text;
    case 'date':
      // A date written as an instant is dated in the zone: those go the long way.
      return (value) => (typeof value === 'string' && value.length === 10 && readCalendarDate(value) !== undefined ? value : giveUp());
    case 'datetime':
      return (value) => (typeof value === 'string' && readInstant(value) !== undefined ? value : giveUp());
  }
}

/** A missing optional value: its default, converted once, or nothing. */
function defaultOf(spec: { readonly default?: number | string | boolean | undefined }): PlanValue {
  const value = spec.default;
  return value === undefined || typeof value === 'boolean' ? value : exactConstant(value);
}

interface FieldReader {
  readonly name: string;
  readonly optional: boolean;
  readonly fallback: PlanValue;
  readonly read: ValueReader;
}

const fieldReader = (spec: FieldSpec): FieldReader => ({ name: spec.name, optional: spec.optional === true, fallback: defaultOf(spec), read: scalarReader(spec) });

function eventsReader(spec: Extract<FactSpec, { type: 'events' }>, timeZone: string): (value: unknown, period: PlanPeriod) => PlanEvent[] {
  const fields = spec.fields.map(fieldReader);
  const declared = new Set(spec.fields.map((f) => f.name));
  const dateName = spec.dateField ?? spec.fields.find((f) => f.type === 'datetime' || f.type === 'date')?.name;
  const dateAt = spec.fields.findIndex((f) => f.name === dateName);
  const dateType = spec.fields[dateAt]?.type;
  const dayOfInstant = localDayReader(timeZone);
  /** The local day of the date field's value, read once: the check and the day from one parse. */
  const dayOf = (raw: unknown): DayNumber => {
    if (typeof raw !== 'string') return giveUp();
    if (dateType === 'datetime') return dayOfInstant(readInstant(raw) ?? giveUp());
    const date = raw.length === 10 ? readCalendarDate(raw) : undefined;
    return date === undefined ? giveUp() : date[0] * 10_000 + date[1] * 100 + date[2];
  };
  const dated = dateType === 'datetime' || dateType === 'date';
  return (value, period) => {
    if (!Array.isArray(value) || value.length > LIMITS.entries) giveUp();
    const events: PlanEvent[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const record: unknown = value[index];
      // Bare values (the shorthand of a one-field event) go the long way.
      if (!isPlainRecord(record)) giveUp();
      // An undeclared field is kept by the evaluator as it comes: the long way says how.
      for (const key in record) if (!declared.has(key)) giveUp();
      const out: Record<string, PlanValue> = {};
      let day = -1;
      for (let f = 0; f < fields.length; f += 1) {
        const field = fields[f] as FieldReader;
        const raw = record[field.name];
        if (raw === undefined || raw === null) {
          if (!field.optional) giveUp();
          if (field.fallback !== undefined) out[field.name] = field.fallback;
          continue;
        }
        if (f === dateAt && dated) {
          day = dayOf(raw);
          out[field.name] = raw as string;
        } else out[field.name] = field.read(raw);
      }
      // An event outside the period is a warning the evaluator writes.
      if (day !== -1 && period.start !== undefined && (day < period.start || day > (period.end as number))) giveUp();
      events.push({ index, day, fields: out });
    }
    return events;
  };
}

interface FactReader {
  readonly name: string;
  readonly optional: boolean;
  readonly fallback: PlanValue;
  readonly read?: ValueReader;
  readonly readEvents?: (value: unknown, period: PlanPeriod) => PlanEvent[];
}

function factReader(spec: FactSpec, timeZone: string): FactReader {
  if (spec.type === 'events') return { name: spec.name, optional: spec.optional === true, fallback: undefined, readEvents: eventsReader(spec, timeZone) };
  return { name: spec.name, optional: spec.optional === true, fallback: defaultOf(spec), read: scalarReader(spec) };
}

const toDay = (date: { year: number; month: number; day: number } | undefined): DayNumber | undefined => (date === undefined ? undefined : date.year * 10_000 + date.month * 100 + date.day);

/** A rating no item reads: held to what the input's checks ask of any rating (a number within the limits, or a record of them). */
function checkUnreadRating(key: string, value: unknown): void {
  if (UNSAFE_KEYS.has(key) || key.length > LIMITS.stringLength) giveUp();
  if (isPlainRecord(value)) {
    for (const rater in value) {
      if (UNSAFE_KEYS.has(rater) || rater.length > LIMITS.stringLength) giveUp();
      ratingValue(value[rater]);
    }
  } else ratingValue(value);
}

function ratingValue(value: unknown): void {
  if (typeof value === 'number') exactOfNumber(value);
  else if (typeof value !== 'string' || value.length > LIMITS.stringLength || numberBreach(value) !== undefined) giveUp();
}

/** Facts or ratings left out: read only, shared. */
const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

const INPUT_KEYS = new Set(['subject', 'name', 'period', 'facts', 'ratings']);

/**
 * The input checks of a scheme, compiled once: the happy path only. Anything the evaluator would
 * refuse, warn about or read otherwise (an undeclared fact or field, an event outside the period, a
 * value past the limits, a rating of an item that is not rated) gives up, and the evaluator builds
 * the error or the warning with its path.
 *
 * @throws {typeof GIVE_UP} on any doubt about the input.
 */
export function subjectReader(scheme: ResolvedScorecard, ratedItems: ReadonlySet<string>): (input: unknown) => SubjectState {
  const readers = scheme.inputs.map((spec) => factReader(spec, scheme.timeZone));
  const declared = new Set(scheme.inputs.map((spec) => spec.name));
  const periods = new Map<string, PlanPeriod | null>();
  const periodOf = (id: string): PlanPeriod => {
    let period = periods.get(id);
    if (period === undefined) {
      const parsed = parsePeriod(id, scheme.period);
      period = parsed === undefined ? null : { id, start: toDay(parsed.start), end: toDay(parsed.end) };
      if (periods.size < 64) periods.set(id, period);
    }
    return period ?? giveUp();
  };
  return (input) => {
    if (!isPlainRecord(input)) giveUp();
    for (const key in input) if (!INPUT_KEYS.has(key)) giveUp();
    const { subject, name, period: periodId, facts: rawFacts = NONE, ratings: rawRatings = NONE } = input;
    if (text(subject).length === 0 || text(periodId).length === 0) giveUp();
    if (name !== undefined) text(name);
    if (!isPlainRecord(rawFacts) || !isPlainRecord(rawRatings)) giveUp();
    for (const key in rawFacts) if (!declared.has(key)) giveUp();
    for (const key in rawRatings) if (!ratedItems.has(key)) checkUnreadRating(key, rawRatings[key]);
    const period = periodOf(periodId as string);
    const facts: Record<string, PlanValue> = {};
    const events: Record<string, readonly PlanEvent[]> = {};
    for (const reader of readers) {
      const raw = rawFacts[reader.name];
      if (reader.readEvents !== undefined) {
        if (raw === undefined || raw === null) {
          if (!reader.optional) giveUp();
          events[reader.name] = [];
          facts[reader.name] = EXACT_ZERO;
          continue;
        }
        const list = reader.readEvents(raw, period);
        events[reader.name] = list;
        facts[reader.name] = exactCount(list.length);
        continue;
      }
      if (raw === undefined || raw === null) {
        if (!reader.optional) giveUp();
        facts[reader.name] = reader.fallback;
        continue;
      }
      facts[reader.name] = (reader.read as ValueReader)(raw);
    }
    return { facts, events, ratings: rawRatings, period, points: [], counted: [], event: undefined, value: undefined };
  };
}

const counts: Exact[] = [];
/** An event list's length as the exact number a predicate compares. */
function exactCount(length: number): Exact {
  let known = counts[length];
  if (known === undefined) {
    known = exactConstant(length);
    if (length < 1024) counts[length] = known;
  }
  return known;
}
