import { LIMITS } from '../limits';
import { Exact } from './Exact';
import { giveUp } from './giveUp';

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const INTEGER_BOUND = 10 ** LIMITS.integerDigits;
/** The small whole numbers of inputs (counts, minutes), shared. */
const SMALL: readonly Exact[] = Array.from({ length: 1024 }, (_, n) => new Exact(n, 1, false));

const isSpace = (code: number): boolean => code <= 32 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x3000);

/**
 * A decimal numeral as `toDecimal` and the number limits read it, exactly; `undefined` when the
 * text is not a plain numeral. Gives up on what the evaluator refuses (past `integerDigits` or
 * `decimalPlaces`), on `-0` (decimal.js keeps its sign) and on more digits than a safe integer holds.
 */
export function exactOfText(raw: string): Exact | undefined {
  let text = raw;
  if (text.length === 0) return undefined;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) text = text.trim();
  let at = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) {
    negative = first === 45;
    at = 1;
  }
  let digits = 0;
  let whole = 0;
  let wholeDigits = 0;
  let places = 0;
  let fraction = 0;
  let seenPoint = false;
  // Significant fraction digits, trailing zeros left out: "1.50" has one place.
  let fractionDigits = '';
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 46 && !seenPoint) {
      seenPoint = true;
      continue;
    }
    if (code < 48 || code > 57) return undefined;
    digits += 1;
    if (seenPoint) fractionDigits += text[at];
    else if (wholeDigits > 0 || code !== 48) {
      wholeDigits += 1;
      whole = whole * 10 + (code - 48);
    }
  }
  if (digits === 0) return undefined;
  const trimmed = fractionDigits.replace(/0+$/, '');
  places = trimmed.length;
  if (wholeDigits > LIMITS.integerDigits || places > LIMITS.decimalPlaces) giveUp();
  if (wholeDigits + places > 15) giveUp();
  if (places > 0) fraction = Number(trimmed);
  const scale = POWERS[places] as number;
  const n = whole * scale + fraction;
  if (n === 0 && negative) giveUp();
  return new Exact(negative ? -n : n, scale, false);
}

/**
 * A JSON number as decimal.js reads it (its shortest numeral), exactly; gives up past the number
 * limits, on `-0` and on numerals with an exponent.
 */
export function exactOfNumber(value: number): Exact {
  if (Number.isInteger(value)) {
    if (value >= 0 && value < SMALL.length) return SMALL[value] as Exact;
    if (Math.abs(value) >= INTEGER_BOUND || Object.is(value, -0)) giveUp();
    return new Exact(value, 1, false);
  }
  if (!Number.isFinite(value) || Math.abs(value) >= INTEGER_BOUND) giveUp();
  // The fewest places k for which m / 10^k gives the number back are those of its shortest numeral,
  // the one decimal.js reads, and m its digits: below 2^50 two numerals of k places cannot both
  // give the same number. Beyond 8 places the number is past the limits.
  for (let places = 1; places <= LIMITS.decimalPlaces; places += 1) {
    const scale = POWERS[places] as number;
    const m = Math.round(value * scale);
    if (m / scale === value) {
      if (Math.abs(m) > 1e15) giveUp();
      return new Exact(m, scale, false);
    }
  }
  return giveUp();
}


/** A number or a decimal string as a number of the input; `undefined` for anything else. */
export function exactOfInput(value: unknown): Exact | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? exactOfNumber(value) : undefined;
  if (typeof value === 'string') {
    if (value.length > LIMITS.stringLength) giveUp();
    return exactOfText(value);
  }
  return undefined;
}
