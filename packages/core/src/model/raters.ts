import * as z from 'zod';
import { Id, LocalizedText, PositiveDecimal } from './common';

/** A rater of a scheme or an item. */
export const Rater = z.strictObject({
  id: Id.describe('The rater\'s id; ratings are keyed by it.'),
  name: LocalizedText.optional().describe('The rater\'s name, e.g. 部门负责人 / Head of department.'),
  weight: PositiveDecimal.optional().describe('The rater\'s weight when ratings combine by weights (> 0).'),
}).meta({ examples: [{ id: 'projectManager', name: { 'zh-CN': '项目经理', en: 'Project manager' } }] });
/** A rater. */
export type Rater = z.infer<typeof Rater>;

/**
 * How several raters' scores combine: `mean` of those who rated, `weighted` by the raters' weights
 * (renormalised over those who rated), or `divisor`: the sum divided by a fixed divisor, as some
 * documents literally write it.
 */
export const RaterCombination = z.enum(['mean', 'weighted', 'divisor']).meta({ description: 'How several raters\' scores combine: `mean` of those who rated, `weighted` by the raters\' weights, or `divisor`: the sum divided by a fixed divisor.', examples: ['mean'] });
/** How several raters' scores combine. */
export type RaterCombination = z.infer<typeof RaterCombination>;

/** The raters of a scheme and how their totals make the composite. */
export const RaterPanel = z.strictObject({
  raters: z.array(Rater).min(1).describe('The raters of the scheme.'),
  combine: RaterCombination.default('mean').describe('How the raters\' totals make the composite; `mean` unless set.'),
  divisor: PositiveDecimal.optional().describe('For `divisor`: the fixed divisor (> 0).'),
  literalDivisor: PositiveDecimal.optional().describe('The divisor a source document writes, kept to let the linter compare it with the rater list.'),
}).meta({ examples: [{ raters: [{ id: 'self' }, { id: 'superior' }], combine: 'mean' }] });
/** The raters of a scheme. */
export type RaterPanel = z.infer<typeof RaterPanel>;
