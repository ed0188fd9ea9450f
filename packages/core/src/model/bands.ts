import * as z from 'zod';
import { Id, intervalEnds, LocalizedText, Provenance } from './common';

/**
 * A rating band: an interval of totals with explicit open or closed ends. A missing `min` or `max`
 * is unbounded on that side.
 */
export const Band = z.strictObject({
  id: Id.describe('The band\'s id, e.g. `excellent`.'),
  name: LocalizedText.describe('The band\'s name, e.g. 优秀 / Excellent.'),
  ...intervalEnds,
  provenance: Provenance.optional().describe('Where the band comes from.'),
}).meta({ examples: [{ id: 'good', name: { 'zh-CN': '良好', en: 'good' }, min: 80, max: 90 }] });
/** A rating band. */
export type Band = z.infer<typeof Band>;
/** A rating band as written before defaults. */
export type BandInput = z.input<typeof Band>;

/**
 * How bands are matched, as in DMN decision tables: `unique` — bands must not overlap;
 * `first` — the first band in order that contains the total wins (the reading of lists written
 * from the top, "X以上").
 */
export const HitPolicy = z.enum(['unique', 'first']).meta({ description: 'How rows are matched: `unique` — rows must not overlap; `first` — the first row in order that contains the value wins.', examples: ['unique'] });
/** How bands are matched. */
export type HitPolicy = z.infer<typeof HitPolicy>;
