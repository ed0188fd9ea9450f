import type { Decimal } from '../decimal';
import type { Band } from '../model/bands';
import { intervalContains, toInterval } from '../model/interval';

/**
 * The band a total falls in: the first band, in order, that contains it. That is the rule of a
 * first-hit table, and of a unique-hit table too, whose bands do not overlap (`lint` reports any
 * that do).
 *
 * @example
 * findBand(standardBands, toDecimal(90))?.id; // 'good'
 */
export function findBand(bands: readonly Band[], total: Decimal): Band | undefined {
  return bands.find((band) => intervalContains(toInterval(band), total));
}
