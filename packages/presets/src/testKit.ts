import { appraiseSync, compile, type Appraisal, type CompiledScorecard, type ReviewInput } from '@kaohe/core';
import { getPreset, presetSchemes } from './catalogue';

/**
 * Helpers for the presets' tests (not exported from the package): compile a preset by id once and
 * appraise inputs against it.
 */
export function compilePreset(id: string): CompiledScorecard {
  const entry = getPreset(id);
  if (entry === undefined) throw new Error(`no preset ${id}`);
  return compile(entry.scheme, { schemes: presetSchemes });
}

/** Facts and ratings of one subject. */
export interface SubjectInput {
  readonly facts?: Record<string, unknown>;
  readonly ratings?: Record<string, unknown>;
  readonly period?: string;
}

/** An appraiser bound to one preset: `(input, reviews?) => Appraisal`. */
export function appraiserOf(id: string, defaultPeriod = '2026-Q3'): (input: SubjectInput, reviews?: readonly ReviewInput[]) => Appraisal {
  const compiled = compilePreset(id);
  return (input, reviews) =>
    appraiseSync(
      compiled,
      { subject: 'E-001', period: input.period ?? defaultPeriod, facts: input.facts ?? {}, ratings: input.ratings ?? {} },
      reviews === undefined ? {} : { reviews },
    );
}

/** Each item's points by id, as the result prints them. */
export function pointsById(result: Appraisal): Record<string, string> {
  return Object.fromEntries(result.items.map((item) => [item.id, item.points]));
}

/** The line codes of an item. */
export function lineCodes(result: Appraisal, itemId: string): string[] {
  return result.items.find((item) => item.id === itemId)?.lines.map((line) => line.code) ?? [];
}
