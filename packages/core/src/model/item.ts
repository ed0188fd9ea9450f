import * as z from 'zod';
import { Rule } from '../rules/registry';
import { DecimalLikeSchema, Id, LocalizedText, NonNegativeDecimal, Provenance } from './common';

/**
 * A KPI of a scorecard: its own points (it then scores from 0 to its points, 扣完为止) or a weight,
 * the one rule that scores it, and where that rule came from.
 */
export const Item = z.strictObject({
  id: Id.describe('The item\'s id, unique in the scheme; expressions read its points as `{ "item": id }`.'),
  name: LocalizedText.describe('The item\'s name, e.g. 系统可用率 / System availability.'),
  description: LocalizedText.optional().describe('What the item measures, in both languages.'),
  points: NonNegativeDecimal.optional().describe('The item\'s own points ("此项分值20分"), never negative: it scores from 0 to these (扣完为止). Absent for a pure deduction or bonus item.'),
  weight: DecimalLikeSchema.optional().describe('The item\'s weight in percent, in a `weighted` scheme; the weights add up to 100.'),
  allowAbovePoints: z.boolean().optional().describe('Whether bonus points may lift the item above its points (only where the text says so); false unless set.'),
  rule: Rule.describe('The one rule that scores the item, chosen by `kind`.'),
  provenance: Provenance.describe('Where the item\'s rule comes from.'),
}).meta({ examples: [{ id: 'availability', name: { 'zh-CN': '系统可用率', en: 'System availability' }, points: 20, rule: { kind: 'steps', value: { fact: 'availability' }, target: '0.999', below: { per: '0.001', change: -2 } }, provenance: { source: '000_4399f3c8acdda9b2.txt', clause: '系统可用率不低于99.9%' } }] });
/** A KPI of a scorecard. */
export type Item = z.infer<typeof Item>;
/** An item as written before defaults. */
export type ItemInput = z.input<typeof Item>;
