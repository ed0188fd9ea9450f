import { z } from 'zod';
import { Id, LocalizedText, Provenance } from './common';
import { Predicate } from './predicate';

/** What a veto forces: the rating `fail` (seed 000), or a bonus of 0 (seed 002). The score is kept either way. */
export const VetoOutcome = z.enum(['fail', 'zeroBonus']);
/** What a veto forces. */
export type VetoOutcome = z.infer<typeof VetoOutcome>;

/** 一票否决: a condition that, when met, overrides the outcome whatever the score. */
export const Veto = z.strictObject({
  id: Id,
  name: LocalizedText,
  when: Predicate,
  outcome: VetoOutcome,
  provenance: Provenance,
});
/** A veto. */
export type Veto = z.infer<typeof Veto>;
