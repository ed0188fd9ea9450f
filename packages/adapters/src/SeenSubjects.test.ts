import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate.mjs';
import { SeenSubjects } from './SeenSubjects.js';

/** What SeenSubjects must answer, kept in a Map: the first row of each subject and period. */
function expectLikeAMap(subjects: readonly string[], period: (i: number) => string): void {
  const seen = new SeenSubjects();
  seen.beginSheet(0);
  const first = new Map<string, number>();
  subjects.forEach((subject, i) => {
    const key = `${period(i)}\u0000${subject}`;
    const row = first.get(key);
    expect(seen.firstRow(subject, period(i), 0, i + 2), `${subject} at ${i + 2}`).toEqual(row === undefined ? null : { sheet: 0, row });
    if (row === undefined) first.set(key, i + 2);
  });
}

describe('SeenSubjects', () => {
  it('finds the first row of every subject among 100,000, across the tables growing', () => {
    const seen = new SeenSubjects();
    seen.beginSheet(0);
    for (let i = 0; i < 100_000; i++) expect(seen.firstRow(`E${i}`, '2026-Q3', 0, i + 2)).toBeNull();
    for (let i = 0; i < 100_000; i += 997) expect(seen.firstRow(`E${i}`, '2026-Q3', 0, 200_000 + i)).toEqual({ sheet: 0, row: i + 2 });
  });

  it('tells subjects apart by every character, and periods apart', () => {
    const seen = new SeenSubjects();
    seen.beginSheet(0);
    const long = 'zhang.san@example.com.cn';
    expect(seen.firstRow(long, '2026-Q3', 0, 2)).toBeNull();
    expect(seen.firstRow(`${long.slice(0, -1)}x`, '2026-Q3', 0, 3)).toBeNull();
    expect(seen.firstRow('张三', '2026-Q3', 0, 4)).toBeNull();
    expect(seen.firstRow('张四', '2026-Q3', 0, 5)).toBeNull();
    expect(seen.firstRow(long, '2026-Q4', 0, 6)).toBeNull();
    expect(seen.firstRow(long, '2026-Q3', 0, 7)).toEqual({ sheet: 0, row: 2 });
    expect(seen.firstRow('张四', '2026-Q3', 0, 8)).toEqual({ sheet: 0, row: 5 });
    expect(seen.firstRow(long, '2026-Q4', 0, 9)).toEqual({ sheet: 0, row: 6 });
  });

  it('names the sheet of the first row when a workbook has several, skipping sheets without rows', () => {
    const seen = new SeenSubjects();
    seen.beginSheet(0);
    expect(seen.firstRow('E1', 'Q', 0, 3)).toBeNull();
    expect(seen.firstRow('E2', 'Q', 0, 9)).toBeNull();
    seen.beginSheet(1);
    seen.beginSheet(2);
    expect(seen.firstRow('E3', 'Q', 2, 2)).toBeNull();
    expect(seen.firstRow('E1', 'Q', 2, 3)).toEqual({ sheet: 0, row: 3 });
    expect(seen.firstRow('E2', 'Q', 2, 4)).toEqual({ sheet: 0, row: 9 });
    seen.beginSheet(3);
    expect(seen.firstRow('E3', 'Q', 3, 1)).toEqual({ sheet: 2, row: 2 });
  });

  it('finds second rows in sorted sheets, where subjects are only compared with the one before until one is out of order', () => {
    const sorted = Array.from({ length: 5000 }, (_, i) => `E${i}`);
    // E9 before E10 is ascending (longer comes after); a repeat of the last, of the first, and after the switch.
    expectLikeAMap([...sorted, 'E4999', 'E0', 'E4998', 'E5000', 'E5000'], () => 'Q');
    expectLikeAMap([...sorted.slice(0, 3000), 'E17', ...sorted.slice(3000), 'E2999'], () => 'Q');
    expectLikeAMap(['b', 'a', 'b', 'ab', 'aa', 'ab', 'ba', 'a'], () => 'Q');
    expectLikeAMap([...sorted].reverse().concat(['E4999', 'E0']), () => 'Q');
    // Each period is a table of its own, sorted or not on its own.
    expectLikeAMap([...sorted, ...sorted], (i) => (i < 5000 ? 'Q3' : 'Q4'));
    expectLikeAMap([...sorted, ...sorted.slice(0, 10)], (i) => (i % 2 === 0 ? 'Q3' : 'Q4'));
  });

  it('answers as a Map does over generated runs of sorted, shuffled and repeated subjects', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const subjects: string[] = [];
      const length = 50 + Math.floor(r() * 3000);
      let next = 0;
      for (let i = 0; i < length; i++) {
        const x = r();
        if (x < 0.8 - seed / 40) subjects.push(`E${next++}`);
        else if (x < 0.9) subjects.push(`E${Math.floor(r() * (next + 5))}`);
        else subjects.push(String.fromCharCode(...Array.from({ length: 1 + Math.floor(r() * 4) }, () => 0x41 + Math.floor(r() * 3))));
      }
      expectLikeAMap(subjects, (i) => (seed % 3 === 0 && i % 7 === 0 ? 'Q4' : 'Q3'));
    }
  });
});

