/** Whether a character code minus 48 is a decimal digit (false for NaN, past the end of the text). */
const digit = (c: number): boolean => c >= 0 && c <= 9;

/**
 * Names the date (and time) written in `text` by two integers, when the text is a
 * plain year-first date such as `2026/9/1`, `2026-09-01 10:00` or `2026.9.1T10:00:30`:
 * four digits of year, a separator (`-`, `/` or `.`, the same twice), one or two
 * digits of month and of day, then optionally a space or `T`, one or two digits of
 * hour, `:` and two digits of minute, optionally `:` and two digits of second, and
 * nothing else. Writes `yyyymmdd` to `key[0]` and `(hour + 1) * 10000 + mm * 100 + ss`
 * (0 without a time) to `key[1]` and returns true; returns false for any other text.
 * Reads the text without a regular expression and allocates nothing.
 *
 * Two texts with the same key have the same year, month, day, time of day (seconds
 * absent counting as 0) and presence of a time, and no written offset: the date
 * readers (`parseDateText` and its checks) give them the same value or the same
 * failure reason, so a column may remember the outcome of the first by its key.
 * Parts the key does not check (month 13, hour 25) still get distinct keys.
 *
 * @example
 * const key = new Int32Array(2);
 * plainDateKey('2026/9/1 10:00', key) // true; key is [20260901, 110000]
 * plainDateKey('9/1/2026', key)       // false
 */
export function plainDateKey(text: string, key: Int32Array): boolean {
  const length = text.length;
  if (length < 8 || length > 19) return false;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  if (!(digit(y0) && digit(y1) && digit(y2) && digit(y3))) return false;
  const separator = text.charCodeAt(4);
  if (separator !== 45 && separator !== 47 && separator !== 46) return false;
  let at = 5;
  let c = text.charCodeAt(at) - 48;
  if (!digit(c)) return false;
  let month = c;
  c = text.charCodeAt(++at) - 48;
  if (digit(c)) {
    month = month * 10 + c;
    c = text.charCodeAt(++at) - 48;
  }
  if (c !== separator - 48) return false;
  c = text.charCodeAt(++at) - 48;
  if (!digit(c)) return false;
  let day = c;
  c = text.charCodeAt(++at) - 48;
  if (digit(c)) {
    day = day * 10 + c;
    ++at;
  }
  let time = 0;
  if (at < length) {
    c = text.charCodeAt(at);
    if (c !== 32 && c !== 84) return false; // ' ' or 'T'
    c = text.charCodeAt(++at) - 48;
    if (!digit(c)) return false;
    let hour = c;
    c = text.charCodeAt(++at) - 48;
    if (digit(c)) {
      hour = hour * 10 + c;
      c = text.charCodeAt(++at) - 48;
    }
    if (c !== 10) return false; // ':'
    const m0 = text.charCodeAt(++at) - 48;
    const m1 = text.charCodeAt(++at) - 48;
    if (!(digit(m0) && digit(m1))) return false;
    let second = 0;
    if (++at < length) {
      if (text.charCodeAt(at) !== 58 || at + 3 !== length) return false;
      const s0 = text.charCodeAt(at + 1) - 48;
      const s1 = text.charCodeAt(at + 2) - 48;
      if (!(digit(s0) && digit(s1))) return false;
      second = s0 * 10 + s1;
      at += 3;
    }
    if (at !== length) return false;
    time = ((hour + 1) * 100 + m0 * 10 + m1) * 100 + second;
  }
  key[0] = (((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 10000 + month * 100 + day;
  key[1] = time;
  return true;
}
