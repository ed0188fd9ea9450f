import { describe, expect, it } from 'vitest';
import { isKaoheError } from '../errors/KaoheError';
import { addWorkingDays, isWorkingDay, parseWorkingCalendar, withinWorkingDays, workingDaysBetween } from './workingDays';

/** A user's calendar for National Day 2026: 1–7 October off; Sunday 20 September and Saturday 10 October worked. */
const calendar = parseWorkingCalendar({
  id: 'cn-2026',
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
});
const plain = parseWorkingCalendar({});

describe('working days from a user calendar', () => {
  it('knows weekends, holidays and make-up working days', () => {
    expect(isWorkingDay(calendar, '2026-09-30')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-05')).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-11')).toBe(false);
    expect(isWorkingDay(plain, '2026-10-10')).toBe(false);
  });

  it('counts 3 working days across the holiday and the make-up Saturday', () => {
    expect(addWorkingDays(calendar, '2026-09-30', 3).iso).toBe('2026-10-10');
    expect(withinWorkingDays(calendar, '2026-09-30', '2026-10-10', 3)).toBe(true);
    expect(withinWorkingDays(calendar, '2026-09-30', '2026-10-12', 3)).toBe(false);
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-12')).toBe(4);
    expect(addWorkingDays(plain, '2026-09-30', 3).iso).toBe('2026-10-05');
  });

  it('counts from a Friday over a weekend', () => {
    expect(addWorkingDays(plain, '2026-10-16', 1).iso).toBe('2026-10-19');
    expect(addWorkingDays(plain, '2026-10-16', 0).iso).toBe('2026-10-16');
  });

  it('supports other weekends', () => {
    const sixDays = parseWorkingCalendar({ weekend: [7] });
    expect(addWorkingDays(sixDays, '2026-10-16', 1).iso).toBe('2026-10-17');
  });

  it('rejects a date both off and worked, and unknown keys', () => {
    for (const bad of [{ holidays: ['2026-10-10'], workdays: ['2026-10-10'] }, { holiday: ['2026-10-01'] }, { holidays: ['2026-02-30'] }]) {
      let caught: unknown;
      try {
        parseWorkingCalendar(bad);
      } catch (error) {
        caught = error;
      }
      expect(isKaoheError(caught)).toBe(true);
    }
  });

  it('rejects a negative count', () => {
    expect(() => addWorkingDays(plain, '2026-10-16', -1)).toThrow(RangeError);
  });
});

describe('working days in time linear in the events', () => {
  it('reads a calendar\'s lists once, however many days are checked against it', () => {
    let reads = 0;
    const counted = <T extends object>(list: T): T => new Proxy(list, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) });
    const holidays = Array.from({ length: 5000 }, (_, i) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10));
    const big = parseWorkingCalendar({ holidays });
    const watched = { ...big, holidays: counted(big.holidays), workdays: counted(big.workdays), weekend: counted(big.weekend) };
    for (let day = 1; day <= 28; day += 1) addWorkingDays(watched, `2026-02-${String(day).padStart(2, '0')}`, 3);
    const once = reads;
    for (let day = 1; day <= 28; day += 1) addWorkingDays(watched, `2026-02-${String(day).padStart(2, '0')}`, 3);
    expect(reads).toBe(once);
    expect(once).toBeLessThan(3 * 5000);
    expect(addWorkingDays(watched, '2026-02-27', 1).iso).toBe('2026-03-02');
  });
});
