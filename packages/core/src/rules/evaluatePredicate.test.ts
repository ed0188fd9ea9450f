import { describe, expect, it } from 'vitest';
import { toDecimal } from '../decimal';
import { compareValues } from './evaluatePredicate';

describe('compareValues', () => {
  // A decimal string is read as the schema reads it, spaces trimmed: " 7 " once reached decimal.js
  // untrimmed and threw its own "[DecimalError] Invalid argument" from compile-time-valid schemes.
  it('compares a decimal string written with spaces as the number it is', () => {
    expect(compareValues(toDecimal(7), 'equal', ' 7 ')).toBe(true);
    expect(compareValues(toDecimal(8), 'greaterThan', ' 7 ')).toBe(true);
    expect(compareValues(' 7 ', 'lessThanInclusive', '7.0')).toBe(true);
    expect(compareValues(toDecimal(7), 'in', [' 6 ', ' 7 '])).toBe(true);
  });
});
