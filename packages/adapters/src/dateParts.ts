import { normalizeText } from './normalizeText.js';

/** A calendar date with an optional time of day and an optional written offset. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Whether a time of day was given (a date-only value has none). */
  hasTime: boolean;
  hour: number;
  minute: number;
  second: number;
  /** The offset written in the value (`+08:00`, `Z`), or `null` for local time. */
  offset: string | null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const SEPARATED =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:时](\d{2})分?(?:[:]?(\d{2})秒?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Largest spreadsheet date number: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether the parts name a real day and a real time of day. */
export function isValidDateParts(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  const max = p.month === 2 && isLeap(p.year) ? 29 : (DAYS_IN_MONTH[p.month - 1] ?? 0);
  return p.day <= max && p.hour < 24 && p.minute < 60 && p.second < 60;
}

function parts(y: string, mo: string, d: string, h?: string, mi?: string, s?: string, offset?: string): DateParts {
  let off: string | null = null;
  if (offset) {
    off = offset.toUpperCase() === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  }
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hasTime: h !== undefined,
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    offset: off,
  };
}

/**
 * Reads a date written as text, year first (the order used in China and by ISO
 * 8601): `2026/9/1`, `2026-09-01`, `2026.9.1`, `2026年9月1日`, `20260901`, each
 * optionally with a time (`10:00`, `10:00:30`, `10时05分`) and, for ISO values, an
 * offset. Month-first or day-first writings (`9/1/2026`) are ambiguous and not
 * read. Returns `null` when the text is not such a date; it may return parts
 * that are not a real day (check with {@link isValidDateParts}).
 *
 * @example
 * parseDateText('2026/9/1 10:00') // { year: 2026, month: 9, day: 1, hasTime: true, hour: 10, … }
 */
export function parseDateText(text: string): DateParts | null {
  const t = normalizeText(text);
  let m = SEPARATED.exec(t);
  if (m) return parts(m[1]!, m[3]!, m[4]!, m[5], m[6], m[7], m[8]);
  m = CHINESE.exec(t);
  if (m) return parts(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]);
  m = COMPACT.exec(t);
  if (m) return parts(m[1]!, m[2]!, m[3]!);
  return null;
}

/**
 * The local date and time a spreadsheet date number stands for (days since
 * 1899-12-30 in the 1900 system, with its phantom 29 February 1900; days since
 * 1904-01-01 in the 1904 system). Times are rounded to the second. Returns `null`
 * outside 1…{@link MAX_SERIAL} and for the phantom day 60.
 *
 * @example
 * serialToDateParts(46266) // 2026-09-01, no time
 */
export function serialToDateParts(serial: number, date1904 = false): DateParts | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > MAX_SERIAL) return null;
  if (!date1904 && Math.floor(serial) === 60) return null;
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcFieldsToParts(new Date(epoch + days * 86_400_000 + seconds * 1000), serial !== days);
}

/**
 * The parts of a `Date` whose UTC fields hold a local wall-clock time, which is
 * how spreadsheet readers return date cells. Rounded to the nearest second.
 */
export function utcFieldsToParts(date: Date, hasTime?: boolean): DateParts {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  const d = new Date(ms);
  const withTime = hasTime ?? (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0 || d.getUTCSeconds() !== 0);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hasTime: withTime,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    offset: null,
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`. */
export function formatDate(p: DateParts): string {
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` followed by `offset`. */
export function formatDateTime(p: DateParts, offset: string): string {
  return `${formatDate(p)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${offset}`;
}
