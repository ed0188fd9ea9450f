import { parseDateText } from '../dateParts.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;
/** A date written month or day first (`9/28/2026`, `28.09.2026`), with a time of day after it that is ignored. */
const NUMERIC_DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[,\sT].*)?$/;

/**
 * How a CRM writes dates as text, following the user's locale in exports: `ymd`
 * (`2026/9/28`, zh_CN, and ISO), `mdy` (`9/28/2026`, en_US) or `dmy` (`28/09/2026`, en_GB).
 */
export const CRM_DATE_ORDERS = ['ymd', 'mdy', 'dmy'] as const;

/** An order of {@link CRM_DATE_ORDERS}. */
export type CrmDateOrder = (typeof CRM_DATE_ORDERS)[number];

function validDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? text : null;
}

function dayIn(instant: Date, timeZone: string): string | null {
  if (Number.isNaN(instant.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The calendar day (`YYYY-MM-DD`) a CRM value stands for: a date as it is; a date-time
 * with its offset (`2026-06-28T09:30:00.000+0000`, Salesforce's form) or epoch
 * milliseconds (as number or digits) as the day it was in `timeZone` — a stage changed
 * at 01:30 in Beijing is that day there, not the day before in UTC. A date written as
 * an export writes it, in the user's locale (`2026/9/28 14:30`, `9/28/2026`), is the day
 * it names: exports write local time, so its time of day is not moved. `null` otherwise.
 *
 * @example
 * calendarDay('2026-06-27T17:30:00.000+0000', 'Asia/Shanghai') // '2026-06-28'
 * calendarDay('9/28/2026', 'Asia/Shanghai', 'mdy') // '2026-09-28'
 */
export function calendarDay(value: unknown, timeZone: string, order: CrmDateOrder = 'ymd'): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? dayIn(new Date(value), timeZone) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (DATE.test(text)) return validDate(text);
  if (/^\d{10,13}$/.test(text)) return dayIn(new Date(Number(text)), timeZone);
  // Date parses "+00:00" but not Salesforce's "+0000"
  if (DATE_TIME.test(text)) return validDate(text.slice(0, 10)) === null ? null : dayIn(new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')), timeZone);
  return localDay(text, order);
}

function localDay(text: string, order: CrmDateOrder): string | null {
  if (order === 'ymd') {
    const p = parseDateText(text);
    return p === null || p.offset !== null ? null : validDate(`${String(p.year)}-${pad(p.month)}-${pad(p.day)}`);
  }
  const m = NUMERIC_DAY_FIRST.exec(text);
  if (!m) return null;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const [month, day] = order === 'mdy' ? [first, second] : [second, first];
  return validDate(`${m[3] ?? ''}-${pad(month)}-${pad(day)}`);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A number that orders the moments a CRM wrote (epoch milliseconds, a date-time with its
 * offset, or a local date and time as exports write them) so stage changes sort; `null`
 * when the value is none of them. Local times are ordered among themselves.
 *
 * @example
 * instantOrder('2026-06-28 01:30', 'ymd') < instantOrder('2026-06-28 09:00', 'ymd') // true
 */
export function instantOrder(value: unknown, order: CrmDateOrder = 'ymd'): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{10,13}$/.test(text)) return Number(text);
  if (DATE_TIME.test(text)) {
    const t = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(t) ? null : t;
  }
  const day = DATE.test(text) ? validDate(text) : localDay(text, order);
  if (day === null) return null;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?\s*$/i.exec(text.slice(8));
  const written = time ? Number(time[1]) : 0;
  const meridiem = time?.[4]?.toUpperCase();
  const hour = meridiem === undefined ? written : (written % 12) + (meridiem === 'PM' ? 12 : 0);
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, time ? Number(time[2]) : 0, time?.[3] ? Number(time[3]) : 0);
}

/**
 * Whole days from one calendar day to another (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-07-06', '2026-09-10') // 66
 */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
