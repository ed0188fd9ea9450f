// Helpers shared by the implementations kaohe is compared with. Exact decimals only: every
// amount goes through decimal.js configured as kaohe configures it.
import DecimalJs from 'decimal.js';

/** decimal.js with kaohe's settings: 40 significant digits, half-up. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** An item's points rounded to two places, half-up. */
export const round2 = (value) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A total as results print it: two places, `-0.00` read as `0.00`. */
export function fixed2(value) {
  const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

/** The standard bands of seed 000 as the presets read them. */
export function standardBand(total) {
  if (total.greaterThanOrEqualTo(100)) return 'excellent';
  if (total.greaterThanOrEqualTo(90)) return 'good';
  if (total.greaterThanOrEqualTo(70)) return 'qualified';
  return 'needs-improvement';
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * `YYYY-MM` of an instant in Asia/Shanghai, the way a hand-written appraisal would get it: UTC+8
 * all year (China has kept no daylight saving time since 1991).
 */
export function shanghaiMonth(iso) {
  const local = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
  const month = local.getUTCMonth() + 1;
  return `${local.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}`;
}

/** Minutes to restore → points per counted outage (N2): ≤ 15 → 0, ≤ 30 → −5, more → −10. */
export function restorePoints(minutes) {
  const m = new Decimal(minutes);
  if (m.lessThanOrEqualTo(15)) return ZERO;
  if (m.lessThanOrEqualTo(30)) return new Decimal(-5);
  return new Decimal(-10);
}

/** Whether an outage counts (N1, N2): more than one customer, and accountable unless said otherwise. */
export const countedOutage = (outage) => outage.customersAffected > 1 && outage.accountable !== false;

/** Mean of a rating written as a number or `{ rater: number }` (P4). */
export function meanRating(entry) {
  if (typeof entry === 'number' || typeof entry === 'string') return new Decimal(entry);
  const values = Object.values(entry);
  let sum = ZERO;
  for (const value of values) sum = sum.plus(value);
  return values.length === 1 ? sum : sum.dividedBy(values.length);
}
