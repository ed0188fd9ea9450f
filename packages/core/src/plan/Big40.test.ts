import { describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../../../../bench/generate.mjs';
import { Decimal, formatFixed2, formatShort } from '../decimal';
import { show } from '../rules/ruleKit';
import { bigFixed2, bigOfExact, bigShort, bigText, dividedByInteger, minus, times, toPlaces } from './Big40';
import { Exact } from './Exact';
import { exactOfText } from './readNumber';
import { showExact } from './showExact';

const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** A numeral of up to 15 digits, many places or none, either sign, now and then on a half. */
function numeral(r: () => number): string {
  const places = int(r, 0, 8);
  const digits = int(r, 1, 15 - places);
  const whole = String(int(r, 0, 10 ** Math.min(digits, 9) - 1)).padStart(1, '0');
  const fraction = places === 0 ? '' : `.${r() < 0.2 ? '5'.padEnd(places, '0') : String(int(r, 0, 10 ** places - 1)).padStart(places, '0')}`;
  const text = `${whole}${fraction}`;
  // −0 is left to the evaluator by the reader: not a value the plan computes with.
  return r() < 0.2 && /[1-9]/.test(text) ? `-${text}` : text;
}

describe('Big40', () => {
  it('computes and writes money as decimal.js does, at 40 significant digits', () => {
    const r = seededRandom(40);
    for (let i = 0; i < 4000; i += 1) {
      const [a, b, c] = [numeral(r), numeral(r), numeral(r)];
      const n = int(r, 1, 12);
      const big = (text: string) => bigOfExact(exactOfText(text) as Exact);
      // A product of three fifteen-digit numbers passes 40 digits: decimal.js rounds each step.
      const product = times(times(big(a), big(b)), big(c));
      const decimal = new Decimal(a).times(b).times(c);
      const context = `${a} × ${b} × ${c}, / ${n}`;
      expect(bigText(product), context).toBe(decimal.toString());
      expect(bigFixed2(product), context).toBe(formatFixed2(decimal));
      expect(bigShort(product), context).toBe(formatShort(decimal));
      expect(bigText(toPlaces(product, 2)), context).toBe(decimal.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
      expect(bigText(dividedByInteger(product, n)), context).toBe(decimal.dividedBy(n).toString());
      expect(bigText(minus(big(a), toPlaces(big(b), 2))), context).toBe(new Decimal(a).minus(new Decimal(b).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)).toString());
    }
  });

  it('shows exact quotients as show does', () => {
    const r = seededRandom(41);
    for (let i = 0; i < 4000; i += 1) {
      const n = int(r, -2_000_000, 2_000_000);
      const d = [1, 2, 3, 4, 6, 7, 8, 100, 300, 625, 1024, 3_000_000][int(r, 0, 11)] as number;
      expect(showExact(new Exact(n, d, false)), `${n} / ${d}`).toBe(show(new Decimal(n).dividedBy(d)));
    }
  });
});
