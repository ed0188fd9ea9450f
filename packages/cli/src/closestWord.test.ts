import { describe, expect, it } from 'vitest';
import { closestWord } from './closestWord';

const FLAGS = ['--preset', '--scheme', '--input', '--input-format', '--org', '--mapping', '--period', '--out', '--format', '--locale', '--explain', '--help'];

describe('closestWord', () => {
  it('finds the flag a typo meant: a swap, a dropped or a doubled letter, another case', () => {
    expect(closestWord('--inptu', FLAGS)).toBe('--input');
    expect(closestWord('--perod', FLAGS)).toBe('--period');
    expect(closestWord('--scheeme', FLAGS)).toBe('--scheme');
    expect(closestWord('--Locale', FLAGS)).toBe('--locale');
    expect(closestWord('--fromat', FLAGS)).toBe('--format');
    expect(closestWord('--exp', FLAGS)).toBe('--explain');
  });

  it('suggests nothing for a word unlike every candidate', () => {
    expect(closestWord('--colour', FLAGS)).toBeUndefined();
    expect(closestWord('--verbose', FLAGS)).toBeUndefined();
    expect(closestWord('-x', FLAGS)).toBeUndefined();
  });
});
