import { describe, expect, it } from 'vitest';
import { checkDeadline, describeElapsed, dueAfter } from './deadline';

const start = Date.parse('2026-10-08T09:00:00+08:00');
const periodEndMs = Date.parse('2026-11-01T00:00:00+08:00');

describe('deadlines', () => {
  it('reads 以内 as inclusive and 不满 as exclusive', () => {
    const due = dueAfter(start, { minutes: 10 });
    expect(checkDeadline({ dueMs: due, atMs: due, boundary: 'inclusive', periodEndMs }).status).toBe('met');
    expect(checkDeadline({ dueMs: due, atMs: due + 1000, boundary: 'inclusive', periodEndMs }).status).toBe('late');
    expect(checkDeadline({ dueMs: due, atMs: due, boundary: 'exclusive', periodEndMs }).status).toBe('late');
  });

  it('treats an absent step as not done by the end of the period', () => {
    expect(checkDeadline({ dueMs: dueAfter(start, { hours: 48 }), atMs: undefined, boundary: 'inclusive', periodEndMs })).toMatchObject({ status: 'absent', missed: true });
    const late = Date.parse('2026-10-31T23:30:00+08:00');
    expect(checkDeadline({ dueMs: dueAfter(late, { hours: 1 }), atMs: undefined, boundary: 'inclusive', periodEndMs })).toMatchObject({ status: 'pending', missed: false });
  });

  it('computes exact durations and describes them', () => {
    expect(dueAfter(start, { hours: '1.5' })).toBe(Date.parse('2026-10-08T10:30:00+08:00'));
    expect(dueAfter(start, { days: 2 })).toBe(Date.parse('2026-10-10T09:00:00+08:00'));
    expect(describeElapsed(601_000)).toEqual({ en: '10 min 1 s', 'zh-CN': '10分1秒' });
    expect(describeElapsed(71 * 3_600_000).en).toBe('71 h');
  });
});
