import type { Exactly } from './Exactly';
import type { ScorecardInput } from './scorecard';

/**
 * A scorecard written in TypeScript, checked by the compiler as {@link compile} checks it at run
 * time: every field, rule kind and option, every expression and fact reference; a misspelt key
 * (`fakt`, `roundng`) is an error, not a surprise when the scheme first runs. It returns the scheme
 * unchanged, its literal types kept (item ids, rule kinds), so code around it can name them.
 * Validation still happens in {@link compile}: the compiler cannot check what zod refines (a
 * decimal string, ids that exist, weights adding to 100).
 *
 * @example
 * const availability = defineScorecard({
 *   schemaVersion: 1,
 *   kind: 'scorecard',
 *   id: 'acme/noc',
 *   version: '1.0.0',
 *   name: { 'zh-CN': '网络运维', en: 'Network operations' },
 *   model: 'points',
 *   items: [
 *     {
 *       id: 'availability',
 *       name: { 'zh-CN': '可用率', en: 'Availability' },
 *       points: 20,
 *       rule: { kind: 'steps', value: { fact: 'availability' }, target: '0.999', below: { per: '0.001', change: -2 } },
 *       provenance: { inferred: 'example' },
 *     },
 *   ],
 * });
 * availability.items[0].id; // type 'availability'
 * const compiled = compile(availability);
 */
export function defineScorecard<const S extends ScorecardInput>(scheme: S & NoInfer<Exactly<S, ScorecardInput>>): S {
  return scheme;
}
