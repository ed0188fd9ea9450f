import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../time/zonedDate';
import { payoutWindowAfter, PayoutSchedule } from './payoutWindow';

const quarterly = { months: [3, 6, 9, 12], lastDays: 7 };
const after = (date: string) => payoutWindowAfter(parseLocalDate(date) ?? (() => { throw new Error(date); })(), quarterly);

describe('payoutWindowAfter (last 7 days of Mar/Jun/Sep/Dec, first window starting after the collection)', () => {
  it('pays a collection made just before a window in that window', () => {
    expect(after('2026-09-23')).toEqual({ start: '2026-09-24', end: '2026-09-30' });
  });

  it('pays a collection made inside a window in the next one', () => {
    expect(after('2026-09-26')).toEqual({ start: '2026-12-25', end: '2026-12-31' });
    expect(after('2026-09-24')).toEqual({ start: '2026-12-25', end: '2026-12-31' });
  });

  it('counts the last 7 calendar days of months of 30 and 31 days', () => {
    expect(after('2026-04-02')).toEqual({ start: '2026-06-24', end: '2026-06-30' });
    expect(after('2026-01-10')).toEqual({ start: '2026-03-25', end: '2026-03-31' });
  });

  it('moves into the next year after the December window', () => {
    expect(after('2026-12-25')).toEqual({ start: '2027-03-25', end: '2027-03-31' });
  });

  it('validates a schedule', () => {
    expect(PayoutSchedule.parse({ months: [3, 6, 9, 12], lastDays: 7 }).fact).toBe('finalPaymentCollectedOn');
    expect(PayoutSchedule.safeParse({ months: [13], lastDays: 7 }).success).toBe(false);
  });
});
