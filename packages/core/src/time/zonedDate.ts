import { TZDate } from '@date-fns/tz/date';
import type { LocalDate } from '../rules/factValue';

/** The default organisation time zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Builds a local date from its parts. */
export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  return { type: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, year, month, day };
}

/**
 * The local date of an instant in a time zone.
 *
 * @example
 * localDateOf(Date.parse('2026-06-30T16:30:00Z'), 'Asia/Shanghai').iso; // '2026-07-01'
 */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const zoned = new TZDate(epochMs, timeZone);
  return makeLocalDate(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate());
}

/** The zones the runtime lists, read on the first check. */
let listedZones: ReadonlySet<string> | undefined;

/**
 * Whether a time zone name is one the runtime knows. A zone the runtime lists is known without
 * building a formatter: the first `Intl.DateTimeFormat` loads ICU's formatting data (15–40 ms, paid
 * by every run of the command when `compile` checks the organisation's zone); the list costs a few.
 * Names it does not list (`UTC`, aliases such as `Asia/Calcutta`) are checked by a formatter, as before.
 *
 * @example
 * isValidTimeZone('Asia/Shanghai'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(timeZone: string): boolean {
  listedZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (listedZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses `YYYY-MM-DD` into a local date, or `undefined` if it is not a real date. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = DATE_ONLY.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return makeLocalDate(year, month, day);
}

/** Parses an ISO 8601 date-time that carries an offset or `Z`; `undefined` otherwise. */
export function parseInstant(text: string): number | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  const datePart = parseLocalDate(text.slice(0, 10));
  if (datePart === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Days from one local date to another (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = Date.UTC(from.year, from.month - 1, from.day);
  const b = Date.UTC(to.year, to.month - 1, to.day);
  return Math.round((b - a) / 86_400_000);
}

/** `YYYY-MM` of a local date. */
export function monthKey(date: LocalDate): string {
  return date.iso.slice(0, 7);
}

/** `YYYY-Qn` of a local date. */
export function quarterKey(date: LocalDate): string {
  return `${pad(date.year, 4)}-Q${Math.floor((date.month - 1) / 3) + 1}`;
}
