import * as z from 'zod';
import { Decimal, isDecimalString, toDecimal } from '../decimal';
import { issuesFromZod } from '../errors/fromZod';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import { expectedButGot } from '../errors/reasons';
import type { FactSpec, FieldSpec } from '../model/inputs';
import { schemeDecimal } from '../rules/ruleKit';
import { assertNumberWithinLimits, limitIssue } from '../errors/limitExceeded';
import { numberBreach } from '../limits';
import { assertSafeJson } from '../safety/assertSafeJson';
import { ownValue } from '../safety/ownValue';
import { cachedLocalDateOf } from '../time/cachedLocalDateOf';
import { parseInstant, parseLocalDate } from '../time/zonedDate';
import type { DateTimeValue, EventValue, FactValue, LocalDate } from '../rules/factValue';

/** A rating as an input writes it: one rater's number, or numbers keyed by rater id. */
export const RatingInput = z.union([
  z.number(),
  z.string(),
  z.record(z.string(), z.union([z.number(), z.string()])),
]);

/** One subject's input: `{ subject, period, facts, ratings }` (DESIGN.md). */
export const AppraisalInput = z.looseObject({
  subject: z.string().min(1),
  /** A display name for the subject. */
  name: z.string().optional(),
  period: z.string().min(1),
  facts: z.record(z.string(), z.unknown()).default({}),
  ratings: z.record(z.string(), RatingInput).default({}),
});
/** One subject's input. */
export type AppraisalInput = z.input<typeof AppraisalInput>;
/** One subject's input after validation. */
export type ParsedAppraisalInput = z.output<typeof AppraisalInput>;

/** A fact converted, or the issues that kept it from being converted. */
type Converted = { ok: true; value: FactValue } | { ok: false; issues: KaoheIssue[] };

const bad = (path: Array<string | number>, expected: string, value: unknown): Converted => ({
  ok: false,
  issues: [{ code: 'input_invalid', path, params: expectedButGot(expected, JSON.stringify(value) ?? String(value)) }],
});

function toNumber(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === 'string' && isDecimalString(value)) return new Decimal(value.trim());
  return undefined;
}

/**
 * Where a value sits: a fact, or a field of one of its events. The path array is only built when a
 * check fails, so a valid input allocates none per event and field.
 */
interface Place {
  readonly fact: Array<string | number>;
  readonly index?: number | undefined;
  readonly field?: string | undefined;
}

const pathOf = (place: Place): Array<string | number> =>
  place.index === undefined ? place.fact : place.field === undefined ? [...place.fact, place.index] : [...place.fact, place.index, place.field];

function convertScalar(spec: FieldSpec, value: unknown, place: Place, timeZone: string): Converted {
  switch (spec.type) {
    case 'number':
    case 'ratio':
    case 'money':
    case 'count': {
      const breach = typeof value === 'string' ? numberBreach(value) : undefined;
      if (breach !== undefined) return { ok: false, issues: [limitIssue(breach, pathOf(place))] };
      const number = toNumber(value);
      if (number === undefined) return bad(pathOf(place), spec.type === 'count' ? 'a whole number ≥ 0' : 'a number', value);
      if (spec.type === 'count' && (!number.isInteger() || number.isNegative())) return bad(pathOf(place), 'a whole number ≥ 0', value);
      if (spec.min !== undefined && number.lessThan(schemeDecimal(spec.min))) return bad(pathOf(place), `a number ≥ ${spec.min}`, value);
      if (spec.max !== undefined && number.greaterThan(schemeDecimal(spec.max))) return bad(pathOf(place), `a number ≤ ${spec.max}`, value);
      return { ok: true, value: number };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : bad(pathOf(place), 'true or false', value);
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
        ? { ok: true, value }
        : bad(pathOf(place), `one of ${(spec.values ?? []).join(', ')}`, value);
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : bad(pathOf(place), 'a string', value);
    case 'date': {
      if (typeof value !== 'string') return bad(pathOf(place), 'a date YYYY-MM-DD', value);
      const date = parseLocalDate(value) ?? dateOfInstant(value, timeZone);
      return date === undefined ? bad(pathOf(place), 'a date YYYY-MM-DD', value) : { ok: true, value: date };
    }
    case 'datetime': {
      const instant = typeof value === 'string' ? parseInstant(value) : undefined;
      if (instant === undefined || typeof value !== 'string') {
        return { ok: false, issues: [{ code: 'event_time_invalid', path: pathOf(place), params: { value: JSON.stringify(value) ?? String(value) } }] };
      }
      const dated: DateTimeValue = { type: 'datetime', iso: value, epochMs: instant, local: cachedLocalDateOf(instant, timeZone) };
      return { ok: true, value: dated };
    }
  }
}

function dateOfInstant(text: string, timeZone: string): LocalDate | undefined {
  const instant = parseInstant(text);
  return instant === undefined ? undefined : cachedLocalDateOf(instant, timeZone);
}

/** Converts a value that no spec describes: numbers to decimals, the rest as it is. */
function convertLoose(value: unknown, timeZone: string): FactValue | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value) : undefined;
  if (typeof value === 'string') {
    // A numeral past the number limits (a long order number, say) is kept as text, not rounded.
    if (isDecimalString(value) && numberBreach(value) === undefined) return new Decimal(value.trim());
    const instant = parseInstant(value);
    if (instant !== undefined) return { type: 'datetime', iso: value, epochMs: instant, local: cachedLocalDateOf(instant, timeZone) };
    return parseLocalDate(value) ?? value;
  }
  return undefined;
}

/** The names of a scheme's facts or fields, as a set once per list: looked up per fact and per event field. */
const nameSets = new WeakMap<readonly { readonly name: string }[], ReadonlySet<string>>();
function namesOf(list: readonly { readonly name: string }[]): ReadonlySet<string> {
  let names = nameSets.get(list);
  if (names === undefined) {
    names = new Set(list.map((entry) => entry.name));
    nameSets.set(list, names);
  }
  return names;
}

function convertEvents(spec: Extract<FactSpec, { type: 'events' }>, value: unknown, path: Array<string | number>, timeZone: string): Converted {
  if (!Array.isArray(value)) return bad(path, 'a list of events', value);
  const issues: KaoheIssue[] = [];
  const events: EventValue[] = [];
  const dateField = spec.dateField ?? spec.fields.find((f) => f.type === 'datetime' || f.type === 'date')?.name;
  // A list of events with one required field may be written as bare values: `["D", "D"]` for `[{ grade: "D" }, …]`.
  const required = spec.fields.filter((f) => f.optional !== true);
  const shorthand = required.length === 1 ? required[0]?.name : undefined;
  const declared = namesOf(spec.fields);
  // One place per event, its field set in turn: the checks read it only to build a failure's path.
  const place: { fact: Array<string | number>; index: number | undefined; field: string | undefined } = { fact: path, index: undefined, field: undefined };
  value.forEach((written, index) => {
    place.index = index;
    place.field = undefined;
    const isScalar = typeof written === 'string' || typeof written === 'number' || typeof written === 'boolean';
    const raw: unknown = shorthand !== undefined && isScalar ? { [shorthand]: written } : written;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.push(...(bad([...path, index], 'an object', raw) as { issues: KaoheIssue[] }).issues);
      return;
    }
    const record = raw as Record<string, unknown>;
    const fields: Record<string, FactValue | undefined> = Object.create(null) as Record<string, FactValue | undefined>;
    for (const field of spec.fields) {
      const fieldValue = ownValue(record, field.name);
      if (fieldValue === undefined || fieldValue === null) {
        if (field.optional !== true) issues.push({ code: 'missing_fact', path: [...path, index, field.name], params: { fact: field.name } });
        else if (field.default !== undefined) fields[field.name] = typeof field.default === 'boolean' ? field.default : toDecimal(field.default);
        continue;
      }
      place.field = field.name;
      const converted = convertScalar(field, fieldValue, place, timeZone);
      if (converted.ok) fields[field.name] = converted.value;
      else issues.push(...converted.issues);
    }
    for (const [key, extra] of Object.entries(record)) {
      if (!declared.has(key)) fields[key] = convertLoose(extra, timeZone);
    }
    const dated = dateField === undefined ? undefined : fields[dateField];
    const date = dated !== undefined && typeof dated === 'object' && 'type' in dated ? (dated.type === 'datetime' ? dated.local : dated.type === 'date' ? dated : undefined) : undefined;
    events.push({ type: 'event', index, fields, date });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events };
}

/** The facts of an input, validated and converted against a scheme's input contract. */
export interface ReadFacts {
  readonly facts: Readonly<Record<string, FactValue | undefined>>;
  /** Names of facts the input carries that the contract does not declare. */
  readonly undeclared: readonly string[];
}

/**
 * Validates an input's facts against the declared fact specs and converts them. Reports every bad
 * fact at once.
 *
 * @throws {KaoheError} `input_invalid`, `missing_fact` or `event_time_invalid`, one issue per bad field.
 */
export function readFacts(specs: readonly FactSpec[], rawFacts: Record<string, unknown>, timeZone: string): ReadFacts {
  const facts: Record<string, FactValue | undefined> = Object.create(null) as Record<string, FactValue | undefined>;
  const issues: KaoheIssue[] = [];
  for (const spec of specs) {
    const path = ['facts', spec.name];
    const value = ownValue(rawFacts, spec.name);
    if (value === undefined || value === null) {
      if (spec.optional === true) {
        if (spec.type !== 'events' && spec.default !== undefined) facts[spec.name] = typeof spec.default === 'boolean' ? spec.default : toDecimal(spec.default);
        else if (spec.type === 'events') facts[spec.name] = [];
      } else issues.push({ code: 'missing_fact', path, params: { fact: spec.name } });
      continue;
    }
    const converted = spec.type === 'events' ? convertEvents(spec, value, path, timeZone) : convertScalar(spec, value, { fact: path }, timeZone);
    if (converted.ok) facts[spec.name] = converted.value;
    // One at a time: a list of events may bring more issues than a call may take arguments.
    else for (const issue of converted.issues) issues.push(issue);
  }
  const undeclared: string[] = [];
  const declared = namesOf(specs);
  for (const [name, value] of Object.entries(rawFacts)) {
    if (declared.has(name)) continue;
    undeclared.push(name);
    if (specs.length !== 0) continue;
    // Without a contract, a numeral is a number: past the limits it is refused, not kept as text.
    const breach = typeof value === 'string' && isDecimalString(value) ? numberBreach(value) : undefined;
    if (breach !== undefined) issues.push(limitIssue(breach, ['facts', name]));
    else facts[name] = convertLoose(value, timeZone);
  }
  if (issues.length > 0) throw new KaoheError(issues);
  return { facts, undeclared };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRatingValue = (value: unknown): boolean => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string';
const INPUT_KEYS = new Set(['subject', 'name', 'period', 'facts', 'ratings']);

/**
 * The input as {@link AppraisalInput} parses it, built directly when it is already well formed (the
 * common case, once per subject); `undefined` sends it to zod, which reports what is wrong.
 */
function plainAppraisalInput(input: unknown): ParsedAppraisalInput | undefined {
  if (!isRecord(input)) return undefined;
  const { subject, name, period, facts, ratings } = input;
  if (typeof subject !== 'string' || subject.length === 0 || typeof period !== 'string' || period.length === 0) return undefined;
  if (name !== undefined && typeof name !== 'string') return undefined;
  if (facts !== undefined && !isRecord(facts)) return undefined;
  const ratingsOut: Record<string, unknown> = {};
  if (ratings !== undefined) {
    if (!isRecord(ratings)) return undefined;
    for (const [item, rating] of Object.entries(ratings)) {
      if (isRatingValue(rating)) ratingsOut[item] = rating;
      else if (isRecord(rating) && Object.values(rating).every(isRatingValue)) ratingsOut[item] = { ...rating };
      else return undefined;
    }
  }
  // The keys in the order zod gives them: the shape's, then the others as they came.
  const out: Record<string, unknown> = { subject };
  if (Object.hasOwn(input, 'name')) out.name = name;
  out.period = period;
  out.facts = facts === undefined ? {} : { ...facts };
  out.ratings = ratingsOut;
  for (const key of Object.keys(input)) if (!INPUT_KEYS.has(key)) out[key] = input[key];
  return out as ParsedAppraisalInput;
}

/** Ratings written as decimal strings are held to the number limits too (JSON numbers already were). */
function checkRatingNumbers(ratings: ParsedAppraisalInput['ratings']): void {
  for (const [item, rating] of Object.entries(ratings)) {
    if (typeof rating === 'string') assertNumberWithinLimits(rating, ['ratings', item]);
    else if (typeof rating === 'object') for (const [rater, value] of Object.entries(rating)) if (typeof value === 'string') assertNumberWithinLimits(value, ['ratings', item, rater]);
  }
}

/**
 * Validates one subject's input: its shape, and that it is plain data within `LIMITS`.
 *
 * @throws {KaoheError} `input_invalid` naming each bad field; `unsafe_key` for a prototype key;
 * `limit_exceeded` for a value past a limit.
 */
export function parseAppraisalInput(input: unknown): ParsedAppraisalInput {
  assertSafeJson(input, [], 'input_invalid');
  const plain = plainAppraisalInput(input);
  const parsed = plain === undefined ? AppraisalInput.safeParse(input) : { success: true as const, data: plain };
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'input_invalid'));
  checkRatingNumbers(parsed.data.ratings);
  return parsed.data;
}
