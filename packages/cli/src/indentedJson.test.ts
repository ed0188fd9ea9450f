import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { indentedJson, resultsElementJson } from './indentedJson';
import { readyResult } from './resultsSink';

const PRESALES = 'tech-support-center/presales-engineer';

describe('resultsElementJson', () => {
  it('gives the JSON of a value indented as an element of the results array, as indenting its JSON again does', () => {
    const compiled = compile(getPreset(PRESALES)?.scheme, { schemes: presetSchemes });
    const values: unknown[] = [
      {},
      [],
      'text',
      42,
      null,
      { a: [], b: {}, c: 'line\nbreak "quoted" 考核', d: [1, [2, { e: null }]], f: undefined },
      ...subjectArray(PRESALES, 20, 5).map((input) => appraiseSync(compiled, input, { explain: 'eager' })),
    ];
    for (const value of values) expect(resultsElementJson(value)).toBe(indentedJson(JSON.stringify(value, null, 2), '    '));
  });

  it('is what a ready result gives, whether this thread or a worker made its JSON', () => {
    const value = { subject: 'E1', items: [{ id: 'P1', lines: [] }] };
    const expected = indentedJson(JSON.stringify(value, null, 2), '    ');
    expect(readyResult(value as never).inResults).toBe(expected);
    expect(readyResult(() => value as never, { pretty: JSON.stringify(value, null, 2) }).inResults).toBe(expected);
  });
});
