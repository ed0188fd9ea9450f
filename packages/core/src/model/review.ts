import * as z from 'zod';
import { Id, LocalizedText } from './common';

/** One level of a review chain: who appraises, and whether they may adjust items. */
export const ReviewLevel = z.strictObject({
  id: Id.describe('The level\'s id, e.g. `supervisor`.'),
  name: LocalizedText.describe('The level\'s name, e.g. 直接主管 / Direct supervisor.'),
  role: Id.optional().describe('The role that reviews at this level, e.g. the subject\'s direct supervisor.'),
  mayAdjust: z.boolean().default(true).describe('Whether this level may adjust items (with a reason) or only confirm; true unless set.'),
}).meta({ examples: [{ id: 'supervisor', name: { 'zh-CN': '直接主管', en: 'Direct supervisor' }, mayAdjust: true }] });
/** One level of a review chain. */
export type ReviewLevel = z.infer<typeof ReviewLevel>;

/** A review chain: a first-level appraisal, then re-appraisal by each later level (由直接主管评价,部门负责人复评). */
export const ReviewChain = z.strictObject({
  levels: z.array(ReviewLevel).min(1).describe('The levels in order: the first appraises, each later one re-appraises.'),
}).meta({ examples: [{ levels: [{ id: 'supervisor', name: { 'zh-CN': '直接主管', en: 'Direct supervisor' } }, { id: 'head', name: { 'zh-CN': '部门负责人', en: 'Head of department' }, mayAdjust: true }] }] });
/** A review chain. */
export type ReviewChain = z.infer<typeof ReviewChain>;
