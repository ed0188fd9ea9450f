import { z } from 'zod';
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
});
/** A veto. */
export type Veto = z.infer<typeof Veto>;
