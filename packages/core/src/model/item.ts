import { z } from 'zod';
import { Rule } from '../rules/registry';
import { DecimalLikeSchema, Id, LocalizedText, NonNegativeDecimal, Provenance } from './common';

/**
 * A KPI of a scorecard: its own points (it then scores from 0 to its points, 扣完为止) or a weight,
 * the one rule that scores it, and where that rule came from.
 */
export const Item = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  /** The item's own points ("此项分值20分"): it scores from 0 to these, so they are never negative. Absent for a pure deduction or bonus item. */
  points: NonNegativeDecimal.optional(),
  /** The item's weight in percent, in a `weighted` scheme. */
  weight: DecimalLikeSchema.optional(),
  /** Whether bonus points may lift the item above its points (only where the text says so). */
  allowAbovePoints: z.boolean().optional(),
  rule: Rule,
  provenance: Provenance,
});
/** A KPI of a scorecard. */
export type Item = z.infer<typeof Item>;
/** An item as written before defaults. */
export type ItemInput = z.input<typeof Item>;
