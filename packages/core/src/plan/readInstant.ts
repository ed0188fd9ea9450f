const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of a year (month 1–12). */
export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number));

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** The calendar date `YYYY-MM-DD` at the start of a text as [year, month, day], or `undefined`. */
export function readCalendarDate(text: string): readonly [number, number, number] | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  // Date.UTC reads years below 100 as 19xx: such dates go the long way.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/**
 * The instant of `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)` in epoch milliseconds, as
 * `parseInstant` gives it, read without a regular expression or `Date.parse`; `undefined` for
 * anything else, including forms `parseInstant` accepts but this reader does not (24:00, a leap
 * second, a fraction of more than three digits): those subjects go the long way.
 */
export function readInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 17 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(at) === 58) {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (text.charCodeAt(at) === 46) {
      let places = 0;
      at += 1;
      while (at < length) {
        const code = text.charCodeAt(at) - 48;
        if (code < 0 || code > 9) break;
        if (places >= 3) return undefined;
        ms = ms * 10 + code;
        places += 1;
        at += 1;
      }
      if (places === 0) return undefined;
      ms *= places === 1 ? 100 : places === 2 ? 10 : 1;
    }
  }
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 && at + 1 === length) offset = 0;
  else if ((sign === 43 || sign === 45) && at + 6 === length && text.charCodeAt(at + 3) === 58) {
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  return (epochDay(year, month, day) * 1440 + hour * 60 + minute - offset) * 60_000 + second * 1000 + ms;
}

/** Days from 1970-01-01 to a civil date (the days-from-civil algorithm of H. Hinnant): what `Date.UTC` counts, without the call. */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
