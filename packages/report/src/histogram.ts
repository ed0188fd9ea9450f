import { Decimal } from '@kaohe/core';

/** One bar of a histogram: the values in [low, high). */
export interface HistogramBin {
  readonly low: string;
  readonly high: string;
  readonly count: number;
}

const MAX_BINS = 20;

/** The smallest of 1, 2, 5 × 10^k that covers the span in at most {@link MAX_BINS} bins. */
function binWidth(span: Decimal): Decimal {
  if (span.isZero()) return new Decimal(1);
  let power = new Decimal(10).pow(Math.floor(span.dividedBy(MAX_BINS).log(10).toNumber()) - 1);
  for (;;) {
    for (const m of [1, 2, 5]) {
      const width = power.times(m);
      if (span.dividedBy(width).floor().lessThan(MAX_BINS)) return width;
    }
    power = power.times(10);
  }
}

/**
 * Counts decimal values into equal bins of a round width (1, 2 or 5 × 10^k), at most twenty, each
 * holding the values in [low, high). Every value lands in exactly one bin, so the counts add up to
 * the number of values.
 *
 * @example
 * histogram(['72.50', '88.00', '91.25']); // bins of width 2 from 72 to 92
 */
export function histogram(values: readonly string[]): HistogramBin[] {
  if (values.length === 0) return [];
  const numbers = values.map((v) => new Decimal(v));
  const min = Decimal.min(...numbers);
  const max = Decimal.max(...numbers);
  const width = binWidth(max.minus(min));
  const low = min.dividedBy(width).floor().times(width);
  const count = max.minus(low).dividedBy(width).floor().toNumber() + 1;
  const counts = new Array<number>(count).fill(0);
  for (const n of numbers) {
    const index = n.minus(low).dividedBy(width).floor().toNumber();
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((c, i) => ({ low: low.plus(width.times(i)).toString(), high: low.plus(width.times(i + 1)).toString(), count: c }));
}
