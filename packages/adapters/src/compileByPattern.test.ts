import { describe, expect, it } from 'vitest';
import { compileByPattern } from './compileByPattern.js';

describe('compileByPattern', () => {
  it('compiles once per pattern of absent values, the full one first, and gives the general function past 64 patterns', () => {
    const compiled: string[] = [];
    const optional = Array.from({ length: 8 }, (_, i) => i);
    const pick = compileByPattern(optional, (present) => {
      const name = optional.map((i) => (present(i) ? '1' : '0')).join('');
      compiled.push(name);
      return name;
    }, 'general');
    expect(compiled).toEqual(['11111111']);
    const row = (mask: number): (number | undefined)[] => optional.map((i) => (mask & (1 << i) ? i : undefined));
    expect(pick(row(255))).toBe('11111111');
    expect(pick(row(1))).toBe('10000000');
    expect(pick(row(1))).toBe('10000000');
    expect(compiled).toHaveLength(2);
    for (let mask = 0; mask < 255; mask++) pick(row(mask));
    expect(compiled).toHaveLength(65);
    // Patterns past the 64 compiled take the general function.
    expect(new Set(Array.from({ length: 255 }, (_, mask) => pick(row(mask)))).has('general')).toBe(true);
  });

  it('with more than 30 optional positions, gives the full function when all are present and the general one otherwise', () => {
    const optional = Array.from({ length: 31 }, (_, i) => i);
    const pick = compileByPattern(optional, () => 'full', 'general');
    expect(pick(optional)).toBe('full');
    expect(pick([...optional.slice(1), undefined])).toBe('general');
  });
});
