import { z } from 'zod';
import { Id, LocalizedText, PositiveDecimal } from './common';

/** A rater of a scheme or an item. */
export const Rater = z.strictObject({
  id: Id,
  name: LocalizedText.optional(),
  /** The rater's weight when ratings combine by weights. */
  weight: PositiveDecimal.optional(),
});
/** A rater. */
export type Rater = z.infer<typeof Rater>;

/**
 * How several raters' scores combine: `mean` of those who rated, `weighted` by the raters' weights
 * (renormalised over those who rated), or `divisor`: the sum divided by a fixed divisor, as some
 * documents literally write it.
 */
export const RaterCombination = z.enum(['mean', 'weighted', 'divisor']);
/** How several raters' scores combine. */
export type RaterCombination = z.infer<typeof RaterCombination>;

/** The raters of a scheme and how their totals make the composite. */
export const RaterPanel = z.strictObject({
  raters: z.array(Rater).min(1),
  combine: RaterCombination.default('mean'),
  /** For `divisor`: the fixed divisor. */
  divisor: PositiveDecimal.optional(),
  /** The divisor a source document writes, kept to let the linter compare it with the rater list. */
  literalDivisor: PositiveDecimal.optional(),
});
/** The raters of a scheme. */
export type RaterPanel = z.infer<typeof RaterPanel>;
