import * as z from 'zod';
import { Id, LocalizedText, Provenance } from './common';
import { Predicate } from './predicate';

/** What a veto forces: the rating `fail` (seed 000), or a bonus of 0 (seed 002). The score is kept either way. */
export const VetoOutcome = z.enum(['fail', 'zeroBonus']).meta({ description: 'What a veto forces: the rating `fail`, or a bonus of 0 (`zeroBonus`).', examples: ['fail'] });
/** What a veto forces. */
export type VetoOutcome = z.infer<typeof VetoOutcome>;

/** 一票否决: a condition that, when met, overrides the outcome whatever the score. */
export const Veto = z.strictObject({
  id: Id.describe('The veto\'s id.'),
  name: LocalizedText.describe('The veto\'s name, e.g. 重大安全事故 / Major safety incident.'),
  when: Predicate.describe('The condition that triggers the veto.'),
  outcome: VetoOutcome.describe('What the veto forces when triggered; the score is kept either way.'),
  provenance: Provenance.describe('Where the veto comes from.'),
}).meta({ examples: [{ id: 'V1', name: { 'zh-CN': '部门安全事故', en: 'Safety incidents' }, when: { fact: 'safetyIncidents', operator: 'greaterThan', value: 0 }, outcome: 'fail', provenance: { source: '000_4399f3c8acdda9b2.txt', clause: '发生安全事故的,考核结果为不合格' } }] });
/** A veto. */
export type Veto = z.infer<typeof Veto>;
