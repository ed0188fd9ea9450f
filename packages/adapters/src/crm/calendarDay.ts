const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;

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
 * at 01:30 in Beijing is that day there, not the day before in UTC. `null` otherwise.
 *
 * @example
 * calendarDay('2026-06-27T17:30:00.000+0000', 'Asia/Shanghai') // '2026-06-28'
 */
export function calendarDay(value: unknown, timeZone: string): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? dayIn(new Date(value), timeZone) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (DATE.test(text)) return validDate(text);
  if (/^\d{10,13}$/.test(text)) return dayIn(new Date(Number(text)), timeZone);
  if (!DATE_TIME.test(text) || validDate(text.slice(0, 10)) === null) return null;
  // Date parses "+00:00" but not Salesforce's "+0000"
  return dayIn(new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')), timeZone);
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
