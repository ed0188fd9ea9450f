import { bigOf, bigOfExact, bigText } from './Big40';
import type { Exact } from './Exact';

/** Whether n / d ends within `places` decimal places. */
function endsWithin(value: Exact, places: number): boolean {
  return (value.n * 10 ** places) % value.d === 0;
}

/**
 * An exact value of one operation on exact operands (a quotient of sums) as `show` writes the
 * Decimal decimal.js gives for it in an explanation: as it is up
 * to six places, else rounded half-up to six with `…`. A value past six places that decimal.js
 * rounds to 40 digits (a third) is rounded to six the same way: its 40 digits lie closer to it
 * than any half of the sixth place it could cross, and a value on such a half ends at the seventh
 * place, which decimal.js holds exactly.
 *
 * @example
 * showExact(new Exact(415, 3, true)); // '138.333333…'
 */
export function showExact(value: Exact): string {
  if (Number.isSafeInteger(value.n * 1_000_000) && endsWithin(value, 6)) return bigText(bigOfExact(value));
  const scaled = BigInt(value.n) * 1_000_000n;
  const d = BigInt(value.d);
  const magnitude = scaled < 0n ? -scaled : scaled;
  let q = magnitude / d;
  if ((magnitude % d) * 2n >= d) q += 1n;
  // Cut to six places: not the value itself, so always marked.
  return `${bigText(bigOf(scaled < 0n ? -q : q, 6))}…`;
}
