import { describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../../../../bench/generate.mjs';
import { Decimal, formatFixed2, roundPoints } from '../decimal';
import { cachedLocalDateOf } from '../time/cachedLocalDateOf';
import { numberBreach } from '../limits';
import { parseInstant } from '../time/zonedDate';
import { compare, divide, Exact, formatCents, multiply, roundCents, wholePart } from './Exact';
import { GIVE_UP } from './giveUp';
import { localDayReader } from './localDay';
import { readInstant } from './readInstant';
import { exactOfNumber, exactOfText } from './readNumber';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

describe('the readers of a plan', () => {
  it('read instants as parseInstant does, or leave them to it', () => {
    const r = seededRandom(7);
    const texts = ['2026-02-29T10:00:00Z', '2024-02-29T23:59:59.999-12:00', '2026-07-01T24:00:00Z', '2026-07-01T10:00', '2026-07-01T10:00:60Z', '0099-01-01T00:00:00Z', '2026-07-01T10:00:00.1234Z', '2026-07-01T10:00:00+14:30'];
    for (let i = 0; i < 3000; i += 1) {
      const offset = r() < 0.3 ? 'Z' : `${r() < 0.5 ? '+' : '-'}${pad(Math.floor(r() * 15))}:${pad([0, 30, 45][Math.floor(r() * 3)] as number)}`;
      const fraction = r() < 0.3 ? `.${String(Math.floor(r() * 1000)).slice(0, 1 + Math.floor(r() * 3))}` : '';
      texts.push(`${pad(1990 + Math.floor(r() * 50), 4)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 31))}T${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}${r() < 0.8 ? `:${pad(Math.floor(r() * 60))}${fraction}` : ''}${offset}`);
    }
    let read = 0;
    for (const text of texts) {
      const fast = readInstant(text);
      if (fast === undefined) continue;
      read += 1;
      expect(fast, text).toBe(parseInstant(text));
    }
    expect(read).toBeGreaterThan(2500);
  });

  it('date instants in a zone as cachedLocalDateOf does, across offsets changes', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
      const dayOf = localDayReader(zone);
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000 * 7 + 60_000 * 13) {
        const date = cachedLocalDateOf(ms, zone);
        expect(dayOf(ms)).toBe(date.year * 10_000 + date.month * 100 + date.day);
      }
    }
  });

  it('read numerals exactly, and give up past the limits', () => {
    expect(exactOfText(' 0.90000000 ')).toEqual(new Exact(9, 10, false));
    expect(exactOfText('-12.5')).toEqual(new Exact(-125, 10, false));
    expect(exactOfText('.5')).toEqual(new Exact(5, 10, false));
    expect(exactOfText('1e3')).toBeUndefined();
    expect(exactOfText('.')).toBeUndefined();
    for (const text of ['0.123456789', '1234567890123', '-0', '123456789012.1234']) {
      expect(() => exactOfText(text), text).toThrow(expect.objectContaining(GIVE_UP));
    }
  });

  it('read JSON numbers as decimal.js does, and give up where the limits refuse them', () => {
    const r = seededRandom(5);
    let read = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const places = Math.floor(r() * 10);
      const value = Math.round((r() - 0.5) * 10 ** Math.floor(r() * 13)) / 10 ** places + (r() < 0.1 ? r() : 0);
      let direct: Exact | undefined;
      try {
        direct = exactOfNumber(value);
      } catch (error) {
        expect(error).toBe(GIVE_UP);
      }
      if (numberBreach(value) !== undefined || Object.is(value, -0)) expect(direct, String(value)).toBeUndefined();
      if (direct === undefined) continue;
      read += 1;
      expect(new Decimal(direct.n).dividedBy(direct.d).equals(new Decimal(value)), String(value)).toBe(true);
    }
    expect(read).toBeGreaterThan(15_000);
  });

  it('give up where decimal.js, after an inexact division, may stand a hair either side of a boundary', () => {
    const third = divide(new Exact(1, 1, false), new Exact(3, 1, false));
    expect(third.inexact).toBe(true);
    const one = multiply(third, new Exact(3, 1, false));
    expect([one.n, one.d]).toEqual([1, 1]);
    // (1 / 3 × 3) is 0.9999…9 in decimal.js: its floor, its comparison with 1 and its half cent are not the exact ones.
    expect(() => wholePart(one, false)).toThrow(expect.objectContaining(GIVE_UP));
    expect(() => compare(one, new Exact(1, 1, false))).toThrow(expect.objectContaining(GIVE_UP));
    expect(() => roundCents(multiply(one, new Exact(1, 200, false)))).toThrow(expect.objectContaining(GIVE_UP));
    // An exact division on the same boundaries is decimal.js's value too: no need to give up.
    const half = divide(new Exact(1, 1, false), new Exact(200, 1, false));
    expect(half.inexact).toBe(false);
    expect(roundCents(half)).toBe(1);
  });

  it('round to hundredths as roundPoints does, and give up on an inexact half', () => {
    const r = seededRandom(11);
    for (let i = 0; i < 5000; i += 1) {
      const n = Math.floor(r() * 2_000_000) - 1_000_000;
      const d = [1, 2, 3, 7, 8, 40, 200, 1000, 3000][Math.floor(r() * 9)] as number;
      const exact = divide(new Exact(n, 1000, false), new Exact(d, 1, false));
      let cents: number;
      try {
        cents = roundCents(exact);
      } catch (error) {
        expect(error).toBe(GIVE_UP);
        continue;
      }
      expect(formatCents(cents)).toBe(formatFixed2(roundPoints(new Decimal(n).dividedBy(1000).dividedBy(d))));
    }
  });
});
