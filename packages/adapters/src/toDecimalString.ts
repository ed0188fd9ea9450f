import { Decimal } from 'decimal.js';
import { normalizeText } from './normalizeText.js';

/** A plain decimal already in canonical form: no exponent, no leading or trailing zeros. */
const CANONICAL = /^(?:0|-?(?:[1-9]\d*(?:\.\d*[1-9])?|0\.\d*[1-9]))$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const EXPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;

function canonical(text: string): string {
  if (CANONICAL.test(text)) return text;
  const d = new Decimal(text);
  // -0 and 0.0 are both 0
  return d.isZero() ? '0' : d.toFixed();
}

/**
 * The value of `0` or of up to 15 digits without a leading zero, else -1: text that is
 * already a canonical decimal and an exact integer (the common cell), recognised
 * without a regular expression.
 */
export function plainWholeNumber(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (c === 0 && i === 0 && length > 1)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The canonical decimal of `int.frac` divided by 100 (digits only), by moving the point: exact, without a `Decimal`. */
function hundredth(int: string, frac: string): string {
  const digits = int + frac;
  const point = int.length - 2;
  let whole = point > 0 ? digits.slice(0, point) : '';
  let part = point > 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  let lead = 0;
  while (lead < whole.length && whole.charCodeAt(lead) === 48) lead++;
  whole = lead === whole.length ? '0' : whole.slice(lead);
  let end = part.length;
  while (end > 0 && part.charCodeAt(end - 1) === 48) end--;
  part = part.slice(0, end);
  return part === '' ? whole : `${whole}.${part}`;
}

/**
 * The value of text written as digits, perhaps a point and more digits, then a percent
 * sign (`85%`, `92.5%`: the common cell of a ratio column), else `null`: what
 * {@link toDecimalString} gives such text, with or without `percent`.
 *
 * @example
 * plainPercent('92.5%') // '0.925'
 * plainPercent('85')    // null
 */
export function plainPercent(text: string): string | null {
  const end = text.length - 1;
  if (end < 1 || text.charCodeAt(end) !== 37) return null;
  let point = -1;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0 && i > 0 && i < end - 1) point = i;
    else if (c < 48 || c > 57) return null;
  }
  return point < 0 ? hundredth(text.slice(0, end), '') : hundredth(text.slice(0, point), text.slice(point + 1, end));
}

/**
 * The exact decimal a number, or a number written as text, stands for, as a
 * canonical decimal string; `null` when it is not a number.
 *
 * - a JavaScript number (a spreadsheet cell) is read through its shortest
 *   representation, so the cell `0.85` becomes `'0.85'`, never `0.84999…`;
 * - text may carry thousands separators (`1,234`), full-width digits (`８５`),
 *   a percent sign (`85%` → `'0.85'`, exactly) and surrounding spaces;
 * - `percent: true` reads a bare number as a percentage (`85` → `'0.85'`), for
 *   columns headed "完成率(%)".
 *
 * @example
 * toDecimalString('1,234.50') // '1234.5'
 * toDecimalString('85%')      // '0.85'
 * toDecimalString(0.1 + 0.2)  // '0.30000000000000004' (what the cell holds)
 * toDecimalString('abc')      // null
 */
export function toDecimalString(value: number | string, percent = false): string | null {
  if (typeof value === 'string') {
    if (!percent && plainWholeNumber(value) >= 0) return value;
    const quick = plainPercent(value);
    if (quick !== null) return quick;
  }
  let text: string;
  let isPercent = percent;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else {
    text = normalizeText(value);
    if (text.endsWith('%')) {
      isPercent = true;
      text = text.slice(0, -1).trimEnd();
    }
    if (text.startsWith('+')) text = text.slice(1);
    if (GROUPED.test(text)) text = text.replace(/,/g, '');
    else if (!PLAIN.test(text) && !EXPONENT.test(text)) return null;
  }
  if (!isPercent) return canonical(text);
  if (PLAIN.test(text)) {
    // Moving the point keeps every digit (a Decimal would round past 20 of them).
    const negative = text.startsWith('-');
    const [int = '', frac = ''] = (negative ? text.slice(1) : text).split('.');
    const value = hundredth(int === '' ? '0' : int, frac);
    return negative && value !== '0' ? `-${value}` : value;
  }
  const d = new Decimal(text).div(100);
  return d.isZero() ? '0' : d.toFixed();
}
