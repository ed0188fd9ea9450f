import { isKaoheError, resolveScorecard, type FactSpec, type Item, type LocalizedText, type Rater, type ResolvedScorecard, type SchemeSource } from '@kaohe/core';
import { AdapterError } from './AdapterError.js';

/** What a mapping is generated from: the parts of a scorecard, its `extends` resolved, that say what it reads. */
export interface SchemeContract {
  readonly id: string;
  readonly name: LocalizedText;
  readonly timeZone: string;
  readonly inputs: readonly FactSpec[];
  readonly items: readonly Item[];
  /** The raters of the scheme's panel, if it has one. */
  readonly panelRaters: readonly Rater[] | undefined;
}

/**
 * The declared inputs, items, panel, name and zone of a scorecard with its `extends`
 * resolved and its shape validated by `resolveScorecard` of `@kaohe/core`: a mapping is
 * generated from exactly what the evaluator will read.
 *
 * @example
 * schemeContract(getPreset('tech-support-center/network-admin-engineer')!.scheme, presetSchemes).inputs
 * @throws AdapterError `mappingUnavailable` for what is not a scorecard, an invalid scheme, an unknown parent or a cycle.
 */
export function schemeContract(scheme: unknown, schemes?: SchemeSource): SchemeContract {
  const data = typeof scheme === 'object' && scheme !== null && !Array.isArray(scheme) ? (scheme as Readonly<Record<string, unknown>>) : undefined;
  const id = typeof data?.['id'] === 'string' ? data['id'] : '';
  if (data === undefined || data['kind'] !== 'scorecard') {
    const kind = data === undefined ? typeof scheme : String(data['kind']);
    throw new AdapterError('mappingUnavailable', { id, reason: `a ${kind} is not a scorecard` }, ['kind']);
  }
  let resolved: ResolvedScorecard;
  try {
    resolved = resolveScorecard(scheme, schemes);
  } catch (error) {
    if (!isKaoheError(error)) throw error;
    throw new AdapterError('mappingUnavailable', { id, reason: error.format('en') }, [...error.path]);
  }
  return {
    id,
    name: resolved.name,
    timeZone: resolved.timeZone,
    inputs: resolved.inputs,
    items: resolved.items,
    panelRaters: resolved.panel?.raters,
  };
}
