import { describe, expect, it } from 'vitest';
import { formatFixed2, formatShort, roundPoints, toDecimal } from './decimal';

describe('decimal', () => {
  it('computes 0.95 − 0.90 exactly, where binary floats lose a step', () => {
    expect((0.95 - 0.9) * 100).not.toBe(5);
    expect(toDecimal(0.95).minus(0.9).times(100).toString()).toBe('5');
    expect(toDecimal('0.85').minus('0.80').dividedBy('0.05').floor().toString()).toBe('1');
  });

  it('rounds points half-up to two places and formats them with two places', () => {
    expect(roundPoints(toDecimal('17.142857')).toString()).toBe('17.14');
    expect(roundPoints(toDecimal('0.125')).toString()).toBe('0.13');
    expect(roundPoints(toDecimal('-0.125')).toString()).toBe('-0.13');
    expect(formatFixed2(toDecimal(90))).toBe('90.00');
    expect(formatFixed2(toDecimal('-0.001'))).toBe('0.00');
    expect(formatShort(toDecimal(6).dividedBy(7))).toBe('0.857143…');
  });

  it('refuses what is not a decimal numeral', () => {
    expect(() => toDecimal('1e3')).toThrow(RangeError);
    expect(() => toDecimal('85%')).toThrow(RangeError);
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('Decimal text', () => {
  // 30 × (1 / 30) is 0.999…9 to 40 digits; its rounding line of 1e-40 once printed in exponent notation.
  it('never uses exponent notation, however small or large the value', () => {
    const share = toDecimal(30).times(toDecimal(1).dividedBy(30));
    const rounding = roundPoints(share).minus(share);
    expect(rounding.toString()).toBe(`0.${'0'.repeat(39)}1`);
    expect(toDecimal('999999999999.99999999').times('999999999999.99999999').toString()).not.toMatch(/e/i);
  });
});
