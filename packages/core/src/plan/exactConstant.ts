import type { DecimalLike } from '../decimal';
import type { Exact } from './Exact';
import { giveUp } from './giveUp';
import { exactOfNumber, exactOfText } from './readNumber';

/**
 * A number a scheme writes (points, targets, bounds, weights) as an exact value, converted once at
 * compile. A constant the plan cannot hold exactly gives up, and the scheme then has no plan.
 *
 * @throws {typeof GIVE_UP} for a constant past the safe range.
 */
export function exactConstant(value: DecimalLike): Exact {
  return typeof value === 'number' ? exactOfNumber(value) : (exactOfText(value) ?? giveUp());
}
