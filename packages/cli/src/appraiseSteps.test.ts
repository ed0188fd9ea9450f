import { describe, expect, it } from 'vitest';
import { compileScheme, type CompiledScheme } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { subjectArray } from '../../../bench/generate.mjs';
import { appraiseSteps, inProcessBatches, type Step, type StepOptions } from './appraiseSteps';

const PRESET = 'tech-support-center/presales-engineer';
const compiled = compileScheme(getPreset(PRESET)?.scheme, { schemes: presetSchemes });

function optionsOf(scheme: CompiledScheme, explain: 'eager' | false): StepOptions {
  return { compiled: scheme, scheme: PRESET, jobs: 1, locale: 'en', org: undefined, explain, encoding: { value: true, compact: false, pretty: false } };
}

/** What an output prints of a step. */
const printed = (step: Step): unknown => ({ index: step.index, several: step.several, ...(step.ok ? { compact: step.result.compact } : { code: step.error.code, path: step.error.path }) });

async function* batchesOf(inputs: readonly unknown[], sizes: readonly number[]): AsyncGenerator<readonly unknown[]> {
  let at = 0;
  for (const size of sizes) {
    yield inputs.slice(at, at + size);
    at += size;
  }
  yield inputs.slice(at);
}

async function viaBatches(inputs: readonly unknown[], sizes: readonly number[], options: StepOptions): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const steps of inProcessBatches(batchesOf(inputs, sizes), options)) out.push(...steps.map(printed));
  return out;
}

async function viaSteps(inputs: readonly unknown[], options: StepOptions): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const step of appraiseSteps(inputs, options)) out.push(printed(step));
  return out;
}

describe('inProcessBatches', () => {
  const inputs: unknown[] = subjectArray(PRESET, 9, 7);
  // A subject kaohe refuses, between good ones: its error keeps its place.
  inputs.splice(4, 0, { subject: 'bad', period: '2026-Q3', facts: {} });

  it.each([
    ['with lines', 'eager'],
    ['without lines', false],
  ] as const)('gives the steps of appraiseSteps with jobs 1, whatever the batches (%s)', async (_, explain) => {
    const options = optionsOf(compiled, explain);
    const expected = await viaSteps(inputs, options);
    expect(expected.some((s) => (s as { code?: string }).code !== undefined)).toBe(true);
    for (const sizes of [[1], [0, 1, 0, 3], [2, 2], [10]]) expect(await viaBatches(inputs, sizes, options)).toEqual(expected);
  });

  it('says that an input of one subject holds one, even when a batch after it is empty', async () => {
    const options = optionsOf(compiled, false);
    const one = inputs.slice(0, 1);
    const got = await viaBatches(one, [1, 0], options);
    expect(got).toEqual(await viaSteps(one, options));
    expect(got).toEqual([expect.objectContaining({ index: 0, several: false })]);
    expect(await viaBatches([], [0], options)).toEqual([]);
  });

  it('awaits each subject of a scheme whose rules must be awaited, with the same steps', async () => {
    const awaited = { ...compiled, requiresAsync: true } as CompiledScheme;
    const options = optionsOf(awaited, false);
    expect(await viaBatches(inputs, [3, 3], options)).toEqual(await viaSteps(inputs, optionsOf(compiled, false)));
  });
});
