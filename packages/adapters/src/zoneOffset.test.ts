import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, zoneOffset } from './zoneOffset.js';

describe('zoneOffset', () => {
  it('gives the offset of a local time', () => {
    expect(zoneOffset('Asia/Shanghai', 2026, 9, 1, 10, 0)).toBe('+08:00');
    expect(zoneOffset('UTC', 2026, 9, 1, 10, 0)).toBe('+00:00');
    expect(zoneOffset('Asia/Kathmandu', 2026, 9, 1, 10, 0)).toBe('+05:45');
    expect(zoneOffset('Europe/Berlin', 2026, 1, 15, 12, 0)).toBe('+01:00');
    expect(zoneOffset('Europe/Berlin', 2026, 7, 15, 12, 0)).toBe('+02:00');
    expect(zoneOffset('America/New_York', 2026, 7, 15, 12, 0)).toBe('-04:00');
  });
  it('knows which zones exist', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
