import { z } from 'zod';
import { DecimalLikeSchema, Id, LocalizedText, Provenance } from './common';

/**
 * A rating band: an interval of totals with explicit open or closed ends. A missing `min` or `max`
 * is unbounded on that side.
 */
export const Band = z.strictObject({
  id: Id,
  name: LocalizedText,
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z.boolean().default(true),
  maxInclusive: z.boolean().default(false),
  provenance: Provenance.optional(),
});
/** A rating band. */
export type Band = z.infer<typeof Band>;
/** A rating band as written before defaults. */
export type BandInput = z.input<typeof Band>;

/**
 * How bands are matched, as in DMN decision tables: `unique` — bands must not overlap;
 * `first` — the first band in order that contains the total wins (the reading of lists written
 * from the top, "X以上").
 */
export const HitPolicy = z.enum(['unique', 'first']);
/** How bands are matched. */
export type HitPolicy = z.infer<typeof HitPolicy>;
