import { describe, expect, it } from 'vitest';
import { EventTable } from './EventTable.js';

describe('EventTable', () => {
  it('keeps values column by column and gives each owner its events in read order', () => {
    const table = new EventTable();
    const a = table.addLayout(0, ['at', 'n', 'ok']);
    const b = table.addLayout(1, ['n', 'note']);
    table.add(1, a, ['2026-07-01T10:00:00+08:00', 3, true], 2);
    table.add(0, a, ['2026-07-02T10:00:00+08:00', 0, false], 3);
    table.add(1, b, [2_147_483_647, 'x'], 2);
    table.add(1, a, ['2026-07-01T10:00:00+08:00', undefined, true], 4);
    table.add(0, b, [2_147_483_648, undefined], 5);
    table.add(2, b, [-1, 1.5], 6);
    table.group(3);
    expect(table.toObjects(1)).toEqual([
      { at: '2026-07-01T10:00:00+08:00', n: 3, ok: true },
      { n: 2_147_483_647, note: 'x' },
      { at: '2026-07-01T10:00:00+08:00', ok: true },
    ]);
    expect(table.toObjects(0)).toEqual([{ at: '2026-07-02T10:00:00+08:00', n: 0, ok: false }, { n: 2_147_483_648 }]);
    expect(table.toObjects(2)).toEqual([{ n: -1, note: 1.5 }]);
    expect(Object.keys(table.toObjects(1)[0] ?? {})).toEqual(['at', 'n', 'ok']);
    expect([...table.origins(0)]).toEqual([{ sheet: 0, row: 3 }, { sheet: 1, row: 5 }]);
    expect(table.countOf(1)).toBe(3);
  });

  it('makes each event with its fields in the layout\'s order for every pattern of absent fields, a new object each time', () => {
    const table = new EventTable();
    const layout = table.addLayout(0, ['c', 'a', 'b']);
    const rows: (string | number | undefined)[][] = [];
    for (let mask = 0; mask < 8; mask++) rows.push([mask & 1 ? 'x' : undefined, mask & 2 ? 7 : undefined, mask & 4 ? 'y' : undefined]);
    rows.forEach((values, i) => table.add(0, layout, values, i + 2));
    table.group(1);
    const events = table.toObjects(0);
    events.forEach((event, i) => {
      const expected: Record<string, unknown> = {};
      (['c', 'a', 'b'] as const).forEach((field, k) => {
        if (rows[i]?.[k] !== undefined) expected[field] = rows[i]?.[k];
      });
      expect(JSON.stringify(event)).toBe(JSON.stringify(expected));
    });
    expect(table.toObjects(0)[7]).not.toBe(events[7]);
  });

  it('sets a field two columns give key by key, the last value kept', () => {
    const table = new EventTable();
    const layout = table.addLayout(0, ['at', 'n', 'at']);
    table.add(0, layout, ['first', 1, 'second'], 2);
    table.group(1);
    expect(table.toObjects(0)).toEqual([{ at: 'second', n: 1 }]);
    expect(Object.keys(table.toObjects(0)[0] ?? {})).toEqual(['at', 'n']);
  });

  it('stores small whole numbers in the column itself', () => {
    const table = new EventTable();
    const field = table.fieldNumber('n');
    expect(table.codeOf(field, 0)).toBe(-1);
    expect(table.codeOf(field, 41)).toBe(-42);
    expect(table.codeOf(field, 'x')).toBe(1);
    expect(table.codeOf(field, 'x')).toBe(1);
    expect(table.codeOf(field, 2.5)).toBe(2);
  });

  it('hands the events of an owner to the owner it joins, and survives growth', () => {
    const table = new EventTable();
    const layout = table.addLayout(0, ['i']);
    for (let i = 0; i < 70_000; i++) table.add(i % 3, layout, [i], i + 2);
    table.group(3, Int32Array.of(0, 0, 2));
    expect(table.countOf(0)).toBe(46_667);
    expect(table.countOf(1)).toBe(0);
    expect(table.toObjects(2).slice(0, 2)).toEqual([{ i: 2 }, { i: 5 }]);
    expect(table.toObjects(0).slice(0, 3)).toEqual([{ i: 0 }, { i: 1 }, { i: 3 }]);
  });
});
