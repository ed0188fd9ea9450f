import type { Decimal } from '../decimal';

/** A local calendar date in the organisation's time zone. */
export interface LocalDate {
  readonly type: 'date';
  /** `YYYY-MM-DD` */
  readonly iso: string;
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** An instant, with its local date in the organisation's time zone. */
export interface DateTimeValue {
  readonly type: 'datetime';
  /** The text as the input wrote it. */
  readonly iso: string;
  readonly epochMs: number;
  readonly local: LocalDate;
}

/** One event of an event fact (an outage, an order), its fields converted. */
export interface EventValue {
  readonly type: 'event';
  /** Position in the input array, for error paths. */
  readonly index: number;
  readonly fields: Readonly<Record<string, FactValue | undefined>>;
  /** The local date the event belongs to, from the fact's `dateField`. */
  readonly date: LocalDate | undefined;
}

/** A fact after validation and conversion: decimals are Decimals, dates are dated in the organisation's zone. */
export type FactValue = Decimal | boolean | string | LocalDate | DateTimeValue | readonly EventValue[];

/** Whether a fact value is a list of events. */
export function isEventList(value: FactValue | undefined): value is readonly EventValue[] {
  return Array.isArray(value);
}

/** Whether a fact value is a local date or a date-time. */
export function isDated(value: FactValue | undefined): value is LocalDate | DateTimeValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && (value.type === 'date' || value.type === 'datetime');
}

/** A fact value as plain JSON for an explanation's `facts`. */
export function factToJson(value: FactValue | undefined): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((event) => eventToJson(event));
  if (typeof value === 'object' && 'type' in value) {
    if (value.type === 'date' || value.type === 'datetime') return value.iso;
  }
  return (value as Decimal).toString();
}

/** An event as plain JSON. */
export function eventToJson(event: EventValue): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(event.fields)) out[key] = factToJson(field);
  return out;
}

/** Each event as JSON once per subject, however many items' lines show it (a fresh copy per line). */
const eventJsonCache = new WeakMap<EventValue, Record<string, unknown>>();
export function eventJson(event: EventValue): Record<string, unknown> {
  let json = eventJsonCache.get(event);
  if (json === undefined) {
    json = eventToJson(event);
    eventJsonCache.set(event, json);
  }
  return json;
}
