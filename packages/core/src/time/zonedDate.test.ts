import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidTimeZone } from './zonedDate';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isValidTimeZone', () => {
  it('knows a zone the runtime lists without building a formatter', () => {
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(formatter).not.toHaveBeenCalled();
  });

  it('checks names the runtime does not list with a formatter, as before', () => {
    const listed = new Set(Intl.supportedValuesOf('timeZone'));
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    const names = ['UTC', 'Etc/GMT-8', 'Mars/Olympus', ''];
    expect(names.map(isValidTimeZone)).toEqual([true, true, false, false]);
    expect(formatter).toHaveBeenCalledTimes(names.filter((name) => !listed.has(name)).length);
    expect(formatter.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
});
