import { zoneOffset } from '@kaohe/adapters';
import { describe, expect, it } from 'vitest';
import { periodEndInstant } from './periodEndInstant';

describe('periodEndInstant', () => {
  it('is midnight after the last day, in the zone, across a year and a DST change', () => {
    expect(periodEndInstant('2026-Q4', 'quarter', 'Asia/Shanghai', zoneOffset)).toBe('2027-01-01T00:00:00+08:00');
    expect(periodEndInstant('2026-02', 'month', 'Asia/Shanghai', zoneOffset)).toBe('2026-03-01T00:00:00+08:00');
    expect(periodEndInstant('2026-Q1', 'quarter', 'Europe/Berlin', zoneOffset)).toBe('2026-04-01T00:00:00+02:00');
  });

  it('gives none for a project period, a period not of the kind, or no kind', () => {
    expect(periodEndInstant('XM-2026-07', 'project', 'Asia/Shanghai', zoneOffset)).toBeUndefined();
    expect(periodEndInstant('2026-10', 'quarter', 'Asia/Shanghai', zoneOffset)).toBeUndefined();
    expect(periodEndInstant('2026-Q3', undefined, 'Asia/Shanghai', zoneOffset)).toBeUndefined();
  });
});
