import { describe, expect, it } from 'vitest';
import { parseDateText } from './dateParts.js';
import { plainDateKey } from './plainDateKey.js';

const key = new Int32Array(2);
const keyOf = (text: string): [number, number] | null => (plainDateKey(text, key) ? [key[0] as number, key[1] as number] : null);

describe('plainDateKey', () => {
  it('names plain year-first dates and date-times by their parts', () => {
    expect(keyOf('2026/9/1')).toEqual([20260901, 0]);
    expect(keyOf('2026/9/1 10:00')).toEqual([20260901, 110000]);
    expect(keyOf('2026-09-01T10:00:30')).toEqual([20260901, 110030]);
    expect(keyOf('2026.9.1 0:05')).toEqual([20260901, 10500]);
    expect(keyOf('2026/13/40 25:61')).toEqual([20261340, 266100]); // not checked here: the reader reports it
  });

  it('gives the same key only to texts that mean the same', () => {
    expect(keyOf('2026-09-01 10:00:00')).toEqual(keyOf('2026/9/1 10:00'));
    expect(keyOf('2026/9/1')).not.toEqual(keyOf('2026/9/1 0:00'));
  });

  it('leaves every other writing to the general reader', () => {
    for (const text of ['9/1/2026', '2026/9-1', '2026/9/1 ', ' 2026/9/1', '2026/9/1  10:00', '2026/9/1 10:0', '2026/9/1 10:00:0',
      '2026/9/1 10:00Z', '2026/09/01 10:00+08:00', '2026/123/1', '2026/1/123', '2026/9/1 100:00', '20260901', '46266.5',
      '2026年9月1日', '２０２６/9/1', '2026/9/1t10:00', '2026/9/1 10:00:00.5', '']) {
      expect(keyOf(text), text).toBeNull();
    }
  });

  it('agrees with parseDateText on every text it accepts', () => {
    const texts: string[] = [];
    for (const sep of ['/', '-', '.']) {
      for (const [m, d] of [['9', '1'], ['09', '01'], ['12', '31'], ['0', '0'], ['2', '30']]) {
        texts.push(`2026${sep}${m}${sep}${d}`);
        for (const time of ['0:00', '10:05', '23:59:59', '9:30:07', '24:00', '7:60']) texts.push(`2026${sep}${m}${sep}${d} ${time}`, `2026${sep}${m}${sep}${d}T${time}`);
      }
    }
    for (const text of texts) {
      const p = parseDateText(text);
      expect(p, text).not.toBeNull();
      if (!p) continue;
      const time = p.hasTime ? ((p.hour + 1) * 100 + p.minute) * 100 + p.second : 0;
      expect(keyOf(text), text).toEqual([p.year * 10000 + p.month * 100 + p.day, time]);
      expect(p.offset).toBeNull();
    }
  });
});
