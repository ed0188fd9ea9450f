import { gcd, placesOf, type Exact } from './Exact';
import { giveUp } from './giveUp';

/**
 * A decimal m × 10^−s over a BigInt, worked as kaohe's decimal.js works its Decimals: each result
 * rounded half-up (away from zero at a half) to 40 significant digits, trailing zeros dropped. For
 * money, whose products (a contract of twelve digits and eight places times a rate and
 * coefficients) leave the safe integer range: the figures and their texts come out as decimal.js
 * gives them, digit for digit.
 */
export class Big40 {
  constructor(
    readonly m: bigint,
    readonly s: number,
  ) {}
}

const PRECISION = 40;
const TEN = 10n;
/** Powers of ten, made once: `10n ** k` costs more than the rest of a multiplication. */
const POWERS: bigint[] = Array.from({ length: 96 }, (_, k) => TEN ** BigInt(k));
const pow10 = (k: number): bigint => POWERS[k] ?? TEN ** BigInt(k);
const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** m × 10^−s without trailing zeros (zero as 0 × 10^0). */
function normal(m: bigint, s: number): Big40 {
  if (m === 0n) return BIG_ZERO;
  let mm = m;
  let ss = s;
  while (mm % TEN === 0n) {
    mm /= TEN;
    ss -= 1;
  }
  return new Big40(mm, ss);
}

/** |m| / 10^cut rounded half-up, with m's sign. */
function dropDigits(m: bigint, cut: number): bigint {
  const p = pow10(cut);
  const magnitude = abs(m);
  let q = magnitude / p;
  if ((magnitude % p) * 2n >= p) q += 1n;
  return m < 0n ? -q : q;
}

/** m × 10^−s rounded half-up to 40 significant digits. */
function rounded(m: bigint, s: number): Big40 {
  const digits = abs(m).toString().length;
  if (digits <= PRECISION) return normal(m, s);
  const cut = digits - PRECISION;
  return normal(dropDigits(m, cut), s - cut);
}

export const BIG_ZERO = new Big40(0n, 0);

/** m × 10^−s, its trailing zeros dropped. */
export const bigOf = (m: bigint, s: number): Big40 => normal(m, s);

/**
 * An exact value as a decimal: its denominator must be a divisor of a power of ten (the inputs'
 * and the scheme's numbers all are), and its digits within 40; anything else gives up.
 */
export function bigOfExact(value: Exact): Big40 {
  // Reduced first: a value read from a numeral keeps its power of ten (3 / 3000000).
  const d = value.d / gcd(value.n, value.d);
  const places = value.inexact ? undefined : placesOf(d);
  if (places === undefined) return giveUp();
  const m = (BigInt(value.n) * pow10(places)) / BigInt(value.d);
  const result = normal(m, places);
  return abs(result.m).toString().length > PRECISION ? giveUp() : result;
}

/** A whole number as a decimal. */
export const bigOfInteger = (n: number): Big40 => normal(BigInt(n), 0);

/** a × b, as `Decimal#times`. */
export const times = (a: Big40, b: Big40): Big40 => rounded(a.m * b.m, a.s + b.s);

/** a − b, as `Decimal#minus`. */
export function minus(a: Big40, b: Big40): Big40 {
  const s = Math.max(a.s, b.s);
  return rounded(a.m * pow10(s - a.s) - b.m * pow10(s - b.s), s);
}

/** a / n for a whole n ≥ 1, as `Decimal#dividedBy`: the quotient correctly rounded to 40 digits. */
export function dividedByInteger(a: Big40, n: number): Big40 {
  // Enough digits that the quotient has more than 40: the digits past the 41st cannot turn a
  // rounding that goes up at half or more, so the truncated quotient rounds as the exact one does.
  const extra = PRECISION + 2 + n.toString().length;
  return rounded((a.m * pow10(extra)) / BigInt(n), a.s + extra);
}

/** a to `places` decimal places, half-up, as `Decimal#toDecimalPlaces(places, ROUND_HALF_UP)`. */
export function toPlaces(a: Big40, places: number): Big40 {
  return a.s <= places ? a : normal(dropDigits(a.m, a.s - places), places);
}

/** The digits of |m| with a point s places from the right, padded with zeros. */
function plain(m: bigint, s: number): string {
  const digits = abs(m).toString();
  const sign = m < 0n ? '-' : '';
  if (s <= 0) return `${sign}${digits}${'0'.repeat(-s)}`;
  const padded = digits.padStart(s + 1, '0');
  return `${sign}${padded.slice(0, padded.length - s)}.${padded.slice(padded.length - s)}`;
}

/** As `Decimal#toString` with kaohe's settings: plain notation, no trailing zeros, `0` for zero. */
export const bigText = (a: Big40): string => plain(a.m, a.s);

/** Two places, half-up, never `-0.00`: as `formatMoney` and `formatFixed2` write money. */
export function bigFixed2(a: Big40): string {
  const r = toPlaces(a, 2);
  if (r.m === 0n) return '0.00';
  return plain(r.m * pow10(2 - r.s), 2);
}

/** At most six places, trailing zeros dropped, `…` when cut: as `formatShort`. */
export function bigShort(a: Big40): string {
  const cut = toPlaces(a, 6);
  return cut === a ? bigText(a) : `${bigText(cut)}…`;
}
