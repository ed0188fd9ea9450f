// The named export, not the default one: decimal.js's types are CommonJS, so under module
// nodenext/node16 a default import in ESM is the whole module object, and the `Decimal` type
// built from it in our .d.ts breaks (TS2344, or `any` with skipLibCheck).
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The Decimal constructor every kaohe computation uses: 40 significant digits and half-up rounding,
 * so that `0.95 − 0.90` is exactly `0.05` and a printed sheet adds up.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never exponent notation: a line of 1e-40 (the rounding of 30 × 1/30 to 1.00) prints as a plain decimal.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An exact decimal value. */
export type Decimal = InstanceType<typeof Decimal>;

/** A number as a scheme or an input may write it: a JSON number or a decimal string such as `"0.05"`. */
export type DecimalLike = number | string;

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Whether a string is a plain decimal numeral (no exponent, no thousands separators). */
export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value.trim());
}

/**
 * Converts a number, a decimal string or a Decimal to a Decimal.
 *
 * @example
 * toDecimal(0.05).plus('0.1').toString(); // '0.15'
 * @throws {RangeError} if the value is not a finite number or a decimal numeral.
 */
export function toDecimal(value: DecimalLike | Decimal): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return new Decimal(value);
  }
  if (!isDecimalString(value)) throw new RangeError(`not a decimal numeral: ${JSON.stringify(value)}`);
  return new Decimal(value.trim());
}

/**
 * Rounds points to two decimal places, half-up.
 *
 * @example
 * roundPoints(toDecimal('17.142857')).toString(); // '17.14'
 */
export function roundPoints(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Formats a decimal with exactly two decimal places, half-up: the form of points and money in results.
 *
 * @example
 * formatFixed2(toDecimal(90)); // '90.00'
 */
export function formatFixed2(value: Decimal): string {
  const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

/** A decimal as a short human string for explanations: at most 6 decimal places, trailing zeros dropped, `…` when cut. */
export function formatShort(value: Decimal): string {
  const cut = value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
  const text = cut.toString();
  return cut.equals(value) ? text : `${text}…`;
}

/** Clamps a decimal into `[min, max]`; either bound may be absent. */
export function clampDecimal(value: Decimal, min?: Decimal, max?: Decimal): Decimal {
  let result = value;
  if (min !== undefined && result.lessThan(min)) result = min;
  if (max !== undefined && result.greaterThan(max)) result = max;
  return result;
}
