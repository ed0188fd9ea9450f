// (d), the hand-written scaled-integer code, against (b), the same schemes over decimal.js: the
// same totals and bands on random values — long decimals, huge ratings, strings and JSON numbers,
// minutes on either side of the tier edges by the smallest step written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handwritten } from './impl/handwritten.mjs';
import { centsOf, divideHalfUp, integer, scaled } from './impl/integer.mjs';

const NETWORK = 'tech-support-center/network-ops-supervisor' as const;
const PRESALES = 'tech-support-center/presales-engineer' as const;

/** A decimal string of up to `whole` integer digits and `places` decimals (at most 35 significant digits, within decimal.js's 40). */
const decimalText = (whole: number, places: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(whole) - 1n }), fc.integer({ min: 0, max: places }), fc.bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n })).map(([w, p, f]) => (p === 0 ? `${w}` : `${w}.${(f % 10n ** BigInt(p)).toString().padStart(p, '0')}`));

const written = (text: fc.Arbitrary<string>) => fc.oneof(text, text.map(Number));

describe('(d) hand-written scaled integers', () => {
  it('reads decimals exactly and rounds half-up away from zero', () => {
    expect(scaled('0.125')).toEqual([125, 3]);
    expect(scaled(1e-7)).toEqual([1, 7]);
    expect(scaled('12345678901234567890.5')).toEqual([123456789012345678905n, 1]);
    expect([divideHalfUp(5, 10), divideHalfUp(4, 10), divideHalfUp(-5, 10), divideHalfUp(15n, 10n)]).toEqual([1, 0, -1, 2n]);
    expect(centsOf(scaled('0.005'))).toBe(1);
    expect(centsOf(scaled('0.9999999999999999999995'), 50)).toBe(5000);
  });

  it('gives (b)’s presales totals and bands on random values', () => {
    const rating = written(decimalText(3, 20));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        written(decimalText(2, 25)),
        rating,
        fc.oneof(rating, fc.dictionary(fc.constantFrom('a', 'b', 'c'), rating, { minKeys: 1 })),
        fc.oneof(rating, written(decimalText(20, 12))),
        (approved, won, achievement, p3, p4, p5) => {
          const input = { facts: { projectsApproved: approved, projectsWon: Math.min(won, approved), salesTargetAchievement: achievement }, ratings: { P3: p3, P4: p4, P5: p5 } };
          expect(integer[PRESALES](input)).toEqual(handwritten[PRESALES](input));
        },
      ),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  it('gives (b)’s network totals and bands with restore times on and beside the tier edges', () => {
    const minutes = fc.oneof(fc.constantFrom(15, 30, '15', '30.0', '15.00000000000000000001', '30.000000000000000000001', '14.99999999999999999999', 15.5, '29.5'), fc.integer({ min: 0, max: 300 }), decimalText(3, 22));
    const outage = fc.record({ at: fc.constantFrom('2026-07-01T00:30:00+08:00', '2026-06-30T16:30:00Z', '2026-08-15T10:00:00+08:00', '2026-09-30T23:59:00+08:00'), customersAffected: fc.integer({ min: 1, max: 5 }), restoredMinutes: minutes });
    fc.assert(
      fc.property(fc.array(outage, { maxLength: 16 }), fc.constantFrom('good', 'pass', 'fail'), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('satisfied', 'neutral', 'unsatisfied'), (outages, networkQuality, lateSubmissions, recordKeepingFaults, satisfactionSurvey) => {
        const input = { facts: { outages, networkQuality, lateSubmissions, recordKeepingFaults, satisfactionSurvey } };
        expect(integer[NETWORK](input)).toEqual(handwritten[NETWORK](input));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
