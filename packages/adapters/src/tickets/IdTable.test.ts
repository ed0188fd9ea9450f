import { describe, expect, it } from 'vitest';
import { IdTable } from './IdTable';

describe('IdTable', () => {
  it('numbers distinct strings in order of first sight, across its growth', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `工单-${i}` : `S${i}`));
    expect(ids.map((id) => table.indexOf(id))).toEqual(ids.map((_, i) => i));
    expect(table.size).toBe(200_000);
    expect(ids.map((id) => table.indexOf(id)).every((n, i) => n === i)).toBe(true);
    expect(table.indexOf('')).toBe(200_000);
    expect(table.indexOf('S1')).toBe(1);
  });

  it('tells apart strings of equal hash slot and prefix', () => {
    const table = new IdTable();
    expect(['a', 'ab', 'abc', 'b', 'ab'].map((id) => table.indexOf(id))).toEqual([0, 1, 2, 3, 1]);
  });

  it('gives each string back by its number, across its growth and past one slice of units', () => {
    const table = new IdTable();
    const ids = [...Array.from({ length: 70_000 }, (_, i) => (i % 2 ? `工单-${i}` : `S${i}`)), '', 'x'.repeat(20_000)];
    for (const id of ids) table.indexOf(id);
    expect(ids.map((_, i) => table.text(i))).toEqual(ids);
  });
});
