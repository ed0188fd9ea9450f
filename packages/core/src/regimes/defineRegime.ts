import type { Exactly } from '../model/Exactly';
import type { PenaltyRegimeInput } from './PenaltyRegime';

/**
 * A penalty regime written in TypeScript, checked by the compiler down to every order condition,
 * offence and threshold (a misspelt key is an error), and returned unchanged with its literal types.
 * {@link compileRegime} still validates it at run time.
 *
 * @example
 * const regime = defineRegime({
 *   schemaVersion: 1,
 *   kind: 'penaltyRegime',
 *   id: 'acme/field',
 *   version: '1',
 *   name: { 'zh-CN': '现场处罚', en: 'Field penalties' },
 *   finePerPoint: 100,
 *   orders: { kinds: [{ id: 'repair', name: { 'zh-CN': '维修', en: 'Repair' } }], timestamps: [{ name: 'arrivedAt', label: { 'zh-CN': '到场', en: 'arrival' } }] },
 *   offences: [{ id: 'late', name: { 'zh-CN': '超时到场', en: 'Late arrival' }, on: { orders: ['repair'], when: { missed: { step: 'arrivedAt', within: { hours: 4 } } } }, points: 1, provenance: { inferred: 'example' } }],
 * });
 * const compiled = compileRegime(regime);
 */
export function defineRegime<const R extends PenaltyRegimeInput>(regime: R & NoInfer<Exactly<R, PenaltyRegimeInput>>): R {
  return regime;
}
