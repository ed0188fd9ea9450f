/**
 * What kaohe accepts in a scheme (scorecard, penalty regime, org chart, calendar, fee mapping) and
 * in one subject's input. Anything past a limit is refused with a `limit_exceeded` `KaoheError`
 * naming the limit, its value and the path, before any other check walks it.
 *
 * - `depth` 64: objects and arrays nested in one another (the presets need 17). Every check of a
 *   value walks it, so the bound keeps those walks shallow and the error paths short.
 * - `stringLength` 10,000 characters, for strings and object keys (the longest text in the presets is
 *   512): a name, a clause or a note; messages quote values, so they stay readable.
 * - `entries` 100,000 elements of one array or keys of one object: events per fact, orders per
 *   month. An appraisal explains every event, so time and memory grow with it; 100,000 events of a
 *   month stay within a few hundred megabytes.
 * - `integerDigits` 12 and `decimalPlaces` 8 for every number, as a JSON number or a decimal
 *   string (|x| < 10¹², multiples of 10⁻⁸): at most 20 significant digits, so a value and a product
 *   of two values (contract × rate, points × fine per point: ≤ 24 + 16 = 40 digits) are exact in
 *   the 40-digit `Decimal`; a sum of 100,000 values keeps 18 + 8 digits; a product of three
 *   (contract × rate × factor) stays below 10³⁶, so it still has four decimal places inside 40
 *   digits and prints without an exponent, and every explanation adds up to the cent.
 *
 * @example
 * import { LIMITS } from '@kaohe/core';
 * LIMITS.entries; // 100000
 */
export const LIMITS = Object.freeze({
  depth: 64,
  stringLength: 10_000,
  entries: 100_000,
  integerDigits: 12,
  decimalPlaces: 8,
});

/** The name of a limit. */
export type LimitName = keyof typeof LIMITS;

/** A limit a value went past: which, and the measure it reached. */
export interface LimitBreach {
  readonly limit: LimitName;
  readonly value: number;
  /** The number as written, for a breach of `integerDigits` or `decimalPlaces`. */
  readonly number?: string;
}

const INTEGER_BOUND = 10 ** LIMITS.integerDigits;
const DECIMAL_SCALE = 10 ** LIMITS.decimalPlaces;
const NUMERAL = /^[+-]?(\d*)(?:\.(\d*))?$/;

function digitsBreach(text: string, written: string): LimitBreach | undefined {
  const match = NUMERAL.exec(text);
  if (match === null) return undefined;
  const whole = (match[1] ?? '').replace(/^0+/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (whole.length > LIMITS.integerDigits) return { limit: 'integerDigits', value: whole.length, number: written };
  if (fraction.length > LIMITS.decimalPlaces) return { limit: 'decimalPlaces', value: fraction.length, number: written };
  return undefined;
}

/**
 * Whether a number (a JSON number or a plain decimal string) is past `integerDigits` or
 * `decimalPlaces`, by its value: `"1.50000000000"` has one decimal place. A string that is not a
 * plain decimal numeral, and a number that is not finite, are left to the checks of their field.
 *
 * @example
 * numberBreach('0.123456789'); // { limit: 'decimalPlaces', value: 9, number: '0.123456789' }
 * numberBreach(100);           // undefined
 */
export function numberBreach(value: number | string): LimitBreach | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (Math.abs(value) < INTEGER_BOUND) {
      if (Number.isInteger(value)) return undefined;
      // The common case without writing the number out: when x is the double nearest to d / 10⁸
      // for a whole d, its shortest numeral has at most 8 places; a miss goes the long way.
      if (Math.round(value * DECIMAL_SCALE) / DECIMAL_SCALE === value) return undefined;
    }
    return digitsBreach(plainNumeral(value), String(value));
  }
  const text = value.trim();
  return digitsBreach(text, text);
}

/** A finite number as a plain numeral, without the exponent `String` uses past 1e21 or below 1e-6. */
function plainNumeral(value: number): string {
  const text = String(Math.abs(value));
  const exponent = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent === null) return text;
  const digits = `${exponent[1] ?? ''}${exponent[2] ?? ''}`;
  const shift = Number(exponent[3]);
  if (shift < 0) return `0.${'0'.repeat(-shift - 1)}${digits}`;
  return digits.padEnd(shift + 1, '0');
}
