import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it, vi } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { readyResult } from './resultsSink';

const PRESALES = 'tech-support-center/presales-engineer';
const compiled = compile(getPreset(PRESALES)?.scheme, { schemes: presetSchemes });

describe('readyResult', () => {
  it('makes the JSON of a result without lines of a known scheme from the plan’s pieces, as JSON.stringify would write it', () => {
    for (const input of subjectArray(PRESALES, 20, 7)) {
      const result = appraiseSync(compiled, input, { explain: false });
      const spy = vi.spyOn(JSON, 'stringify');
      const ready = readyResult(result, { scheme: compiled });
      const [compact, pretty, inResults] = [ready.compact, ready.pretty, ready.inResults];
      const walked = spy.mock.calls.some(([value]) => value === result);
      spy.mockRestore();
      expect(walked).toBe(false);
      expect(compact).toBe(JSON.stringify(result));
      expect(pretty).toBe(JSON.stringify(result, null, 2));
      expect(inResults).toBe(readyResult(result).inResults);
    }
  });
});
