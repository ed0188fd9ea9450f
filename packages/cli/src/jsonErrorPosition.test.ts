import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './jsonErrorPosition';

describe('jsonErrorPosition', () => {
  it('points at the first character that breaks the grammar', () => {
    expect(jsonErrorPosition('{"a": x}')).toBe(6);
    expect(jsonErrorPosition('{"a": 1,}')).toBe(8);
    expect(jsonErrorPosition("{'a': 1}")).toBe(1);
    expect(jsonErrorPosition('[1, 2,]')).toBe(6);
    expect(jsonErrorPosition('{"a": 01}')).toBe(7);
    expect(jsonErrorPosition('{"a": 1}}')).toBe(8);
    expect(jsonErrorPosition('{"a": "b\nc"}')).toBe(8);
    expect(jsonErrorPosition('{"a": "\\x"}')).toBe(7);
    expect(jsonErrorPosition('{"a": tru }')).toBe(9);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
  });

  it('gives the length of text that stops early, and nothing for valid JSON', () => {
    expect(jsonErrorPosition('{"a": [1, 2')).toBe(11);
    expect(jsonErrorPosition('')).toBe(0);
    expect(jsonErrorPosition('{"a": "\\u00e9", "b": [true, false, null, -1.5e3, {}], "c": {"d": []}}')).toBeUndefined();
    expect(jsonErrorPosition(' 7 ')).toBeUndefined();
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const text of ['{}', '[]', '""', '1', '-0', '1.', '.5', '+1', '1e', '[,]', '{"a":1,"a":2}', '"\\ud800"', '\u00a0{}', 'nul', '[1]x']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorPosition(text) === undefined, text).toBe(valid);
    }
  });
});
