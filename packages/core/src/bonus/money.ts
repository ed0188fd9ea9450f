import { Decimal } from '../decimal';

/**
 * Rounds an amount of money (CNY) to 0.01, half-up. Amounts are computed
 * exactly and rounded only where they are shown or where a rule says "round".
 *
 * @example
 * roundMoney(toDecimal('3872.004')).toString(); // '3872'
 * roundMoney(toDecimal('0.005')).toString(); // '0.01'
 */
export function roundMoney(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Formats an amount of money with exactly two decimals, half-up, without thousands separators: the
 * JSON form of money in results (`'9680.00'`).
 *
 * @example
 * formatMoney(toDecimal(9680)); // '9680.00'
 */
export function formatMoney(amount: Decimal): string {
  const text = amount.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}
