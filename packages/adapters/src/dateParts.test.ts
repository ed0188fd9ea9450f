import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isValidDateParts, parseDateText, serialToDateParts, utcFieldsToParts } from './dateParts.js';

describe('parseDateText', () => {
  it.each([
    ['2026/9/1', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['2026.9.1', '2026-09-01'],
    ['2026年9月1日', '2026-09-01'],
    ['20260901', '2026-09-01'],
    ['２０２６／９／１', '2026-09-01'],
  ])('reads the date %j', (text, iso) => {
    const p = parseDateText(text);
    expect(p && formatDate(p)).toBe(iso);
    expect(p?.hasTime).toBe(false);
  });

  it.each([
    ['2026/9/1 10:00', '2026-09-01T10:00:00'],
    ['2026/9/1 9:05:30', '2026-09-01T09:05:30'],
    ['2026-09-01T10:00', '2026-09-01T10:00:00'],
    ['2026年9月1日 10时05分', '2026-09-01T10:05:00'],
  ])('reads the date-time %j', (text, iso) => {
    const p = parseDateText(text);
    expect(p?.hasTime).toBe(true);
    expect(p && formatDateTime(p, '')).toBe(iso);
  });

  it('keeps a written offset', () => {
    expect(parseDateText('2026-07-01T00:30:00+08:00')?.offset).toBe('+08:00');
    expect(parseDateText('2026-07-01T00:30:00Z')?.offset).toBe('Z');
    expect(parseDateText('2026-07-01T00:30:00+0530')?.offset).toBe('+05:30');
  });

  it.each(['9/1/2026', '1/9/2026', 'tomorrow', '2026/9', '2026-9-1-1'])('does not read %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('parses impossible days, which isValidDateParts refuses', () => {
    const feb30 = parseDateText('2026/2/30');
    expect(feb30).not.toBeNull();
    expect(isValidDateParts(feb30!)).toBe(false);
    expect(isValidDateParts(parseDateText('2028/2/29')!)).toBe(true);
    expect(isValidDateParts(parseDateText('2026/9/1 24:00')!)).toBe(false);
  });
});

describe('serialToDateParts', () => {
  it.each([
    [46266, '2026-09-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
  ])('reads the serial %s as %s', (serial, iso) => {
    const p = serialToDateParts(serial);
    expect(p && formatDate(p)).toBe(iso);
    expect(p?.hasTime).toBe(false);
  });

  it('reads the fraction of a day as the time, to the second', () => {
    const p = serialToDateParts(46206.4166666667);
    expect(p && formatDateTime(p, '+08:00')).toBe('2026-07-03T10:00:00+08:00');
  });

  it('reads the 1904 system', () => {
    const p = serialToDateParts(44804, true);
    expect(p && formatDate(p)).toBe('2026-09-01');
  });

  it('refuses the phantom 1900-02-29 and out-of-range numbers', () => {
    expect(serialToDateParts(60)).toBeNull();
    expect(serialToDateParts(0)).toBeNull();
    expect(serialToDateParts(-3)).toBeNull();
    expect(serialToDateParts(2958466)).toBeNull();
  });
});

describe('utcFieldsToParts', () => {
  it('rounds spreadsheet dates to the second', () => {
    const p = utcFieldsToParts(new Date(Date.UTC(2026, 6, 3, 9, 59, 59, 999)));
    expect(formatDateTime(p, 'Z')).toBe('2026-07-03T10:00:00Z');
  });
});
