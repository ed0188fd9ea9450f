import { describe, expect, it } from 'vitest';
import { parseTicketTime } from './ticketTime';

describe('parseTicketTime', () => {
  it('reads UTC, offsets with and without a colon, and wall-clock times in the given zone', () => {
    expect(parseTicketTime('2026-10-08T01:00:00Z', 'Asia/Shanghai')).toEqual({ iso: '2026-10-08T01:00:00Z', ms: Date.UTC(2026, 9, 8, 1), zoneAssumed: false });
    expect(parseTicketTime('2026-09-28T23:08:32.097+1000', 'UTC')?.iso).toBe('2026-09-28T23:08:32.097+10:00');
    expect(parseTicketTime('2026-09-28T23:08:32.097+1000', 'UTC')?.ms).toBe(Date.UTC(2026, 8, 28, 13, 8, 32, 97));
    expect(parseTicketTime('2026-10-08 09:50', 'Asia/Shanghai')).toEqual({ iso: '2026-10-08T09:50:00+08:00', ms: Date.UTC(2026, 9, 8, 1, 50), zoneAssumed: true });
  });

  it('refuses what is no instant', () => {
    for (const text of ['下午三点', '2026-02-30 10:00', '2026-10-08 24:00', '2026-10-08', '2026-10-08T10:00:00+08']) expect(parseTicketTime(text, 'UTC'), text).toBeUndefined();
  });
});
