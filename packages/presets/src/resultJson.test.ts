// resultJson gives every planned preset's results exactly JSON.stringify's bytes, for generated subjects.
import { appraiseSync, compile, hasPlan, resultJson, type Appraisal, type CompiledScorecard } from '@kaohe/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { scorecardInputArbitrary } from '../../../fuzz/inputArbitrary';
import { presets, presetSchemes } from './catalogue';

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

  it.each(planned.map((p) => [p.id, p] as const))('%s: JSON.stringify’s bytes for generated subjects, from pieces', (_id, { compiled, scheme }) => {
    let fromPieces = 0;
    let withRecords = 0;
    fc.assert(
      fc.property(subjectOf(scheme), (input) => {
        const result = appraised(compiled, input);
        if (result === undefined) return;
        const spy = vi.spyOn(JSON, 'stringify');
        const compact = resultJson(compiled, result);
        const pretty = resultJson(compiled, result, 2);
        // The result itself handed to JSON.stringify: resultJson walked it (the first call also cuts the pieces).
        const walked = spy.mock.calls.filter(([value]) => value === result).length;
        spy.mockRestore();
        if (walked === 0) fromPieces += 1;
        if (hasRecords(result)) withRecords += 1;
        expect(compact).toBe(JSON.stringify(result));
        expect(pretty).toBe(JSON.stringify(result, null, 2));
      }),
      { numRuns: 60, seed: 20261202 },
    );
    // A scheme whose results carry a review chain's record, a panel's composite or a project's outcome
    // is written by JSON.stringify (those parts are not cut into pieces); every other planned preset is
    // written from pieces.
    if (withRecords === 0) expect(fromPieces).toBeGreaterThan(0);
    else expect(fromPieces).toBe(0);
  });
});
