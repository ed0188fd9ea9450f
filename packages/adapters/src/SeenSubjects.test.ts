import { describe, expect, it } from 'vitest';
import { SeenSubjects } from './SeenSubjects.js';

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
});
