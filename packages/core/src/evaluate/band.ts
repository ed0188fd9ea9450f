import type { Decimal } from '../decimal';
import type { Band, HitPolicy } from '../model/bands';
import { intervalContains, toInterval } from '../model/interval';

/**
 * The band a total falls in: under `first`, the first band in order that contains it; under
 * `unique`, the one band that does (the first, should a faulty scheme give several).
 *
 * @example
 * findBand(standardBands, 'unique', toDecimal(90))?.id; // 'good'
 */
export function findBand(bands: readonly Band[], _policy: HitPolicy, total: Decimal): Band | undefined {
  return bands.find((band) => intervalContains(toInterval(band), total));
}
