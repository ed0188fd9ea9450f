// resultJson gives every planned preset's results exactly JSON.stringify's bytes, for generated subjects.
import { appraiseSync, compile, hasPlan, resultJson, type Appraisal, type CompiledScorecard } from '@kaohe/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { scorecardInputArbitrary } from '../../../fuzz/inputArbitrary';
import { presets, presetSchemes } from './catalogue';
import { exampleH, exampleI, exampleJ } from './fixtures';

/** A subject of a scheme (fuzz/'s inputs) with any id and name: quotes, control characters, lone surrogates. */
function subjectOf(scheme: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(scorecardInputArbitrary(scheme, presetSchemes), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.option(fc.string({ unit: 'binary', maxLength: 8 }), { nil: undefined }))
    .map(([input, subject, name]) => ({ ...input, subject, ...(name === undefined ? {} : { name }) }));
}

/** The subject's result without lines, or `undefined` when it is refused (a generated value the scheme does not take). */
function appraised(compiled: CompiledScorecard, input: unknown): Appraisal | undefined {
  try {
    return appraiseSync(compiled, input, { explain: false });
  } catch {
    return undefined;
  }
}

/** Whether a result has more than a plain scorecard's keys, or a review chain's record. */
const hasRecords = (result: Appraisal): boolean => Object.keys(result).length !== 13 || result.reviews.length > 0;

/**
 * The worked examples of the project schemes (SCHEMES.md H, I, J): generated ratings nearly always
 * meet one of their vetoes, whose results the evaluator writes with a veto (not the plan's shape).
 */
const projectExamples: Readonly<Record<string, object>> = {
  'tech-department/presales-project': { period: 'P-2026-01', ...exampleH },
  'tech-department/implementation-project': { period: 'P-2026-01', ...exampleI },
  'tech-department/after-sales-project': { period: '2026-Q3', ...exampleJ },
};

/**
 * Checks resultJson's compact and indented JSON of a result against JSON.stringify's, and tells
 * whether it was made from pieces: the result itself never handed to JSON.stringify (the first call
 * also cuts the pieces, from a result of its own).
 */
function madeFromPieces(compiled: CompiledScorecard, result: Appraisal): boolean {
  const spy = vi.spyOn(JSON, 'stringify');
  const compact = resultJson(compiled, result);
  const pretty = resultJson(compiled, result, 2);
  const walked = spy.mock.calls.filter(([value]) => value === result).length;
  spy.mockRestore();
  expect(compact).toBe(JSON.stringify(result));
  expect(pretty).toBe(JSON.stringify(result, null, 2));
  return walked === 0;
}

const planned = presets.flatMap((entry) => {
  if ((entry.scheme as { kind?: string }).kind !== 'scorecard') return [];
  try {
    const compiled = compile(entry.scheme, { schemes: presetSchemes });
    return hasPlan(compiled) ? [{ id: entry.id, compiled, scheme: entry.scheme }] : [];
  } catch {
    return [];
  }
});

describe('resultJson over every planned preset', () => {
  it('takes the presets the plan takes', () => {
    expect(planned.map((p) => p.id)).toEqual(expect.arrayContaining(['tech-support-center/presales-engineer', 'tech-support-center/network-ops-supervisor', 'outsourced-maintenance/vendor']));
  });

  it.each(planned.map((p) => [p.id, p] as const))('%s: JSON.stringify’s bytes for generated subjects, from pieces', (id, { compiled, scheme }) => {
    let fromPieces = 0;
    let withRecords = 0;
    fc.assert(
      fc.property(subjectOf(scheme), (input) => {
        const result = appraised(compiled, input);
        if (result === undefined) return;
        if (madeFromPieces(compiled, result)) fromPieces += 1;
        if (hasRecords(result) && result.vetoes.length === 0) withRecords += 1;
      }),
      { numRuns: 60, seed: 20261202 },
    );
    const example = projectExamples[id.replace(/\.literal$/, '')];
    if (example !== undefined) {
      const result = appraiseSync(compiled, { subject: 'PRJ-"引号"\n', name: '张三', ...example }, { explain: false });
      expect(hasRecords(result)).toBe(true);
      expect(madeFromPieces(compiled, result)).toBe(true);
      fromPieces += 1;
      withRecords += 1;
    }
    // Every planned preset is written from pieces, a review chain's record, a panel's composite and a
    // project's outcome included (each record by JSON.stringify of just that record); so is every
    // result with records and no veto (a vetoed result is the evaluator's, written by JSON.stringify).
    expect(fromPieces).toBeGreaterThan(0);
    expect(fromPieces).toBeGreaterThanOrEqual(withRecords);
  });
});
