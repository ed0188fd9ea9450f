import { describe, expect, it } from 'vitest';
import { compileInputBuilder } from './compileInputBuilder.js';
import type { CellValue } from './convertCell.js';
import { placeValue, type ValuePlace, type ValueTarget } from './valuePlaces.js';

const PLACES: ValuePlace[] = [
  { fact: 'projectsApproved', item: '', rater: null },
  { fact: null, item: 'P4', rater: 'projectManager' },
  { fact: 'salesTargetAchievement', item: '', rater: null },
  { fact: null, item: 'P3', rater: null },
  { fact: null, item: 'P4', rater: 'sales' },
  { fact: 'note', item: '', rater: null },
];
const VALUES: CellValue[] = [10, '9', '0.95', '8', '7', 'late'];
const MAY_BE_EMPTY = [false, true, true, false, true, true];

/** The input as value-by-value placement makes it (what the reader did before templates). */
function placedInput(values: readonly (CellValue | undefined)[], subject: string, name: string | undefined, period: string): unknown {
  const target: ValueTarget = { facts: {}, ratings: null };
  values.forEach((value, i) => {
    if (value !== undefined) placeValue(target, PLACES[i] as ValuePlace, value);
  });
  const input: Record<string, unknown> = name === undefined ? { subject, period, facts: target.facts } : { subject, name, period, facts: target.facts };
  if (target.ratings) input['ratings'] = target.ratings;
  return input;
}

describe('compileInputBuilder', () => {
  it('builds, for every pattern of empty cells and with or without a name, the input placement gives, keys in the same order', () => {
    const build = compileInputBuilder(PLACES, MAY_BE_EMPTY);
    const optional = MAY_BE_EMPTY.flatMap((may, i) => (may ? [i] : []));
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      const values = VALUES.map((v, i) => (optional.includes(i) && (mask & (1 << optional.indexOf(i))) === 0 ? undefined : v));
      for (const name of [undefined, '张三']) {
        const built = build(values, 'E1', name, '2026-Q3');
        // JSON text compares the order of keys too.
        expect(JSON.stringify(built)).toBe(JSON.stringify(placedInput(values, 'E1', name, '2026-Q3')));
        expect(Object.keys(built.facts)).toEqual(Object.keys((placedInput(values, 'E1', name, '2026-Q3') as { facts: object }).facts));
      }
    }
  });

  it('leaves ratings out when no rating is present, and builds new objects each time', () => {
    const build = compileInputBuilder(PLACES, MAY_BE_EMPTY);
    const values = [10, undefined, undefined, '8', undefined, undefined];
    const first = build(values, 'E1', undefined, '2026-Q3');
    expect(first).toEqual({ subject: 'E1', period: '2026-Q3', facts: { projectsApproved: 10 }, ratings: { P3: '8' } });
    const second = build(values, 'E2', undefined, '2026-Q3');
    expect(second.facts).not.toBe(first.facts);
    const ratingsMayBeEmpty = compileInputBuilder(PLACES, [false, true, true, true, true, true]);
    expect(ratingsMayBeEmpty([10, undefined, undefined, undefined, undefined, undefined], 'E3', undefined, 'Q')).toEqual({ subject: 'E3', period: 'Q', facts: { projectsApproved: 10 } });
  });

  it('places value by value an item rated both as a whole and by rater (the last value wins, as before)', () => {
    const places: ValuePlace[] = [
      { fact: null, item: 'P4', rater: null },
      { fact: null, item: 'P4', rater: 'sales' },
    ];
    expect(compileInputBuilder(places, [false, false])(['9', '7'], 'E1', undefined, 'Q').ratings).toEqual({ P4: { sales: '7' } });
  });

  it('keeps in order keys that Object.prototype has too, and gives each row objects of its own', () => {
    const places: ValuePlace[] = [
      { fact: 'valueOf', item: '', rater: null },
      { fact: 'toString', item: '', rater: null },
      { fact: null, item: 'constructor', rater: 'hasOwnProperty' },
      { fact: null, item: 'constructor', rater: 'sales' },
    ];
    const build = compileInputBuilder(places, [true, false, false, true]);
    const first = build(['1', '2', '3', '4'], 'E1', undefined, 'Q');
    expect(JSON.stringify(first)).toBe('{"subject":"E1","period":"Q","facts":{"valueOf":"1","toString":"2"},"ratings":{"constructor":{"hasOwnProperty":"3","sales":"4"}}}');
    const second = build([undefined, '5', '6', undefined], 'E2', undefined, 'Q');
    expect(JSON.stringify(second)).toBe('{"subject":"E2","period":"Q","facts":{"toString":"5"},"ratings":{"constructor":{"hasOwnProperty":"6"}}}');
    expect(Object.getPrototypeOf(second.facts)).toBe(Object.prototype);
    const third = build(['7', '8', '9', '0'], 'E3', undefined, 'Q');
    expect(third.ratings?.['constructor']).not.toBe(first.ratings?.['constructor']);
    expect(first.ratings).toEqual({ constructor: { hasOwnProperty: '3', sales: '4' } });
  });

  it('builds as placement does a table of more columns than store slots (a rated item past them too)', () => {
    const places: ValuePlace[] = Array.from({ length: 30 }, (_, i) => ({ fact: `f${i}`, item: '', rater: null }));
    places.push({ fact: null, item: 'P9', rater: 'b' }, { fact: null, item: 'P1', rater: null }, { fact: null, item: 'P9', rater: 'a' });
    const mayBeEmpty = places.map((_, i) => i % 7 === 3 || i === 30);
    const build = compileInputBuilder(places, mayBeEmpty);
    for (const gap of [0, 1, 2]) {
      const values = places.map((_, i) => (mayBeEmpty[i] && (i + gap) % 2 === 0 ? undefined : `v${i}`));
      const placedHere: ValueTarget = { facts: {}, ratings: null };
      values.forEach((value, i) => {
        if (value !== undefined) placeValue(placedHere, places[i] as ValuePlace, value);
      });
      const built = build(values, 'E1', undefined, 'Q');
      expect(JSON.stringify(built)).toBe(JSON.stringify({ subject: 'E1', period: 'Q', facts: placedHere.facts, ratings: placedHere.ratings }));
    }
  });

  it('never writes a value into code: text that looks like code stays a value', () => {
    const build = compileInputBuilder([{ fact: 'note', item: '', rater: null }], [false]);
    expect(build(['"}); throw 1; ({"'], 'E1', undefined, 'Q').facts).toEqual({ note: '"}); throw 1; ({"' });
  });
});
