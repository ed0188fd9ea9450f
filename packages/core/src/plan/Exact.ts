import { giveUp } from './giveUp';

/**
 * An exact rational n / d in JavaScript numbers (both safe integers, d > 0, reduced unless d is 1
 * or both come from one decimal), and whether the decimal evaluator's value of the same expression
 * may differ from it (`inexact`): decimal.js rounds a result to 40 significant digits, which a
 * division such as 2 / 3 needs. Every operation gives up when a result leaves the safe range.
 */
export class Exact {
  constructor(
    readonly n: number,
    readonly d: number,
    readonly inexact: boolean,
  ) {}
}

/** Zero and one, shared. */
export const EXACT_ZERO = new Exact(0, 1, false);
export const EXACT_ONE = new Exact(1, 1, false);

const safe = (n: number): number => (Number.isSafeInteger(n) ? n : giveUp());

/** The greatest common divisor of |a| and b (b ≥ 0). */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

const digitCount = (n: number): number => (n === 0 ? 1 : Math.floor(Math.log10(Math.abs(n))) + 1);

/**
 * The decimal places of 1 / d (d > 0): those of the greater power of 2 or 5 in d, or `undefined`
 * when d has another prime factor and the fraction never ends.
 *
 * @example
 * placesOf(8); // 3
 * placesOf(3); // undefined
 */
export function placesOf(d: number): number | undefined {
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos += 1;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives += 1;
  }
  return rest === 1 ? Math.max(twos, fives) : undefined;
}

/**
 * Whether decimal.js (40 significant digits) holds n / d (reduced) exactly: its denominator has no
 * prime factor but 2 and 5, and its digits fit in 40. An estimate that errs on "no" (digits of n
 * plus the decimal places) is enough: it only decides whether a value on a rounding boundary gives up.
 */
function representable(n: number, d: number): boolean {
  const places = placesOf(d);
  if (places === undefined) return false;
  // A safe integer has at most 16 digits: with up to 23 places it always fits in 40.
  return places <= 23 || digitCount(n) + places + 1 <= 40;
}

/** n / d reduced, flagged inexact when decimal.js cannot hold it or an operand was. */
function make(n: number, d: number, inexact: boolean): Exact {
  if (d === 1) return new Exact(safe(n), 1, inexact);
  const g = gcd(n, d);
  const rn = n / g;
  const rd = d / g;
  return new Exact(rn, rd, inexact || (rd !== 1 && !representable(rn, rd)));
}

/** a + b. */
export function add(a: Exact, b: Exact): Exact {
  if (a.d === b.d) return a.d === 1 ? new Exact(safe(a.n + b.n), 1, a.inexact || b.inexact) : make(safe(a.n + b.n), a.d, a.inexact || b.inexact);
  return make(safe(safe(a.n * b.d) + safe(b.n * a.d)), safe(a.d * b.d), a.inexact || b.inexact);
}

/** −a. */
export const negate = (a: Exact): Exact => new Exact(-a.n, a.d, a.inexact);

/** a − b. */
export const subtract = (a: Exact, b: Exact): Exact => add(a, negate(b));

/** a × b. */
export function multiply(a: Exact, b: Exact): Exact {
  if (a.d === 1 && b.d === 1) return new Exact(safe(a.n * b.n), 1, a.inexact || b.inexact);
  const g1 = gcd(a.n, b.d);
  const g2 = gcd(b.n, a.d);
  return make(safe((a.n / g1) * (b.n / g2)), safe((a.d / g2) * (b.d / g1)), a.inexact || b.inexact);
}

/** a / b; b must not be 0. */
export function divide(a: Exact, b: Exact): Exact {
  if (b.n === 0) giveUp();
  // A whole divisor (a count of raters, a target of 1) needs one gcd, not two.
  if (b.d === 1 && b.n > 0) {
    const g = gcd(a.n, b.n);
    return make(a.n / g, safe(a.d * (b.n / g)), a.inexact || b.inexact);
  }
  const sign = b.n < 0 ? -1 : 1;
  return multiply(a, new Exact(sign * b.d, Math.abs(b.n), b.inexact));
}

/**
 * −1, 0 or 1 as a is below, at or above b. When they are equal and either is inexact, the decimal
 * evaluator's values may fall on either side, so the plan gives up.
 */
export function compare(a: Exact, b: Exact): number {
  let cmp: number;
  if (a.d === b.d) cmp = Math.sign(a.n - b.n);
  else {
    const l = a.n * b.d;
    const r = b.n * a.d;
    cmp = Number.isSafeInteger(l) && Number.isSafeInteger(r) ? Math.sign(l - r) : bigCompare(a, b);
  }
  if (cmp === 0 && (a.inexact || b.inexact)) giveUp();
  return cmp;
}

function bigCompare(a: Exact, b: Exact): number {
  const l = BigInt(a.n) * BigInt(b.d);
  const r = BigInt(b.n) * BigInt(a.d);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The lesser of a and b. */
export const minimum = (a: Exact, b: Exact): Exact => (compare(a, b) <= 0 ? a : b);
/** The greater of a and b. */
export const maximum = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);

/**
 * a rounded to hundredths half-up (away from zero at a half, as `roundPoints` does), in hundredths.
 * An inexact value exactly on a half gives up: decimal.js may hold it a hair to either side.
 */
export function roundCents(a: Exact): number {
  const m = safe(a.n * 100);
  if (a.d === 1) return m;
  const magnitude = Math.abs(m);
  const rest = magnitude % a.d;
  let q = (magnitude - rest) / a.d;
  const twice = rest * 2;
  if (twice > a.d) q += 1;
  else if (twice === a.d) {
    if (a.inexact) giveUp();
    q += 1;
  }
  return m < 0 ? -q : q;
}

/** ⌊a⌋, or ⌈a⌉ with `up`, as a whole Exact. An inexact value that is a whole number gives up. */
export function wholePart(a: Exact, up: boolean): Exact {
  if (a.d === 1) return a.inexact ? giveUp() : a;
  const rest = ((a.n % a.d) + a.d) % a.d;
  if (rest === 0 && a.inexact) giveUp();
  const floor = (a.n - rest) / a.d;
  return new Exact(up && rest !== 0 ? floor + 1 : floor, 1, false);
}

/**
 * The texts of the hundredths results hold most (−200.00 to 200.00), made once each: the same few
 * hundred recur. Allocated whole on first use: an array written first at a high index would keep
 * its elements in a slow dictionary.
 */
let centsText: Array<string | undefined> | undefined;
const CENTS_KEPT = 20_000;

/** Hundredths as a total or points print: two places, never `-0.00`. */
export function formatCents(cents: number): string {
  const kept = cents >= -CENTS_KEPT && cents <= CENTS_KEPT;
  if (kept) {
    centsText ??= Array.from({ length: 2 * CENTS_KEPT + 1 }, () => undefined);
    const known = centsText[cents + CENTS_KEPT];
    if (known !== undefined) return known;
  }
  const magnitude = Math.abs(cents);
  const rest = magnitude % 100;
  const whole = (magnitude - rest) / 100;
  const text = `${cents < 0 && cents !== 0 ? '-' : ''}${whole}.${rest < 10 ? '0' : ''}${rest}`;
  if (kept) (centsText as Array<string | undefined>)[cents + CENTS_KEPT] = text;
  return text;
}
