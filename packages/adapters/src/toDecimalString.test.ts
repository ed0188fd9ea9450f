import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPercent, toDecimalString } from './toDecimalString.js';

describe('toDecimalString', () => {
  it.each([
    ['85%', '0.85'],
    ['12.5%', '0.125'],
    ['８５％', '0.85'],
    ['１２３', '123'],
    ['1,234', '1234'],
    ['1,234,567.50', '1234567.5'],
    [' 42 ', '42'],
    ['+7', '7'],
    ['-0', '0'],
    ['0.10', '0.1'],
    ['007', '7'],
    ['.5', '0.5'],
    ['1e3', '1000'],
    ['110%', '1.1'],
  ])('reads the text %j as %j', (text, expected) => {
    expect(toDecimalString(text)).toBe(expected);
  });

  it.each([
    [0.85, '0.85'],
    [17.14, '17.14'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [-10, '-10'],
  ])('reads the number %s through its shortest representation as %j', (n, expected) => {
    expect(toDecimalString(n)).toBe(expected);
  });

  it('reads bare numbers as percentages when asked', () => {
    expect(toDecimalString('85', true)).toBe('0.85');
    expect(toDecimalString(85, true)).toBe('0.85');
    expect(toDecimalString('85%', true)).toBe('0.85');
    expect(toDecimalString('-.5', true)).toBe('-0.005');
    expect(toDecimalString('-0.00', true)).toBe('0');
    expect(toDecimalString(' 5000000.00000000000009 ', true)).toBe('50000.0000000000000009');
  });

  it.each(['abc', '', '1,23', '12,34.5', '1.2.3', '85%%', '--1', 'NaN', '一百'])('refuses %j', (text) => {
    expect(toDecimalString(text)).toBeNull();
  });

  it('refuses non-finite numbers', () => {
    expect(toDecimalString(Number.NaN)).toBeNull();
    expect(toDecimalString(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('reads digits with a percent sign exactly as dividing by 100 does, at any length', () => {
    const Exact = Decimal.clone({ precision: 100 });
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), (int, frac) => {
        const text = frac === undefined ? int : `${int}.${frac}`;
        const d = new Exact(text).div(100);
        expect(toDecimalString(`${text}%`)).toBe(d.isZero() ? '0' : d.toFixed());
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('gives through plainPercent what the general path gives a percentage, in a percent column or not, and nothing for other text', () => {
    const text = fc.stringMatching(/^[0-9]{0,6}(\.[0-9]{0,4})?%?$/);
    fc.assert(
      fc.property(text, (t) => {
        const quick = plainPercent(t);
        if (quick !== null) {
          expect(quick).toBe(toDecimalString(t));
          expect(quick).toBe(toDecimalString(t, true));
        } else expect(/^\d+(\.\d+)?%$/.test(t)).toBe(false);
      }),
      { seed: 12, numRuns: 3000 },
    );
  });
});
