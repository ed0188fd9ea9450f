import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import * as z from 'zod';
import type { LocalDate } from '../rules/factValue';
import { Provenance } from '../model/common';
import { FactName } from '../model/predicate';
import { makeLocalDate } from '../time/zonedDate';

/**
 * When a bonus is paid: in the last `lastDays` calendar days of one of `months`, in the first such
 * window that starts after the date the fact `fact` gives (seed 002: after the final payment is
 * collected, in the last week of March, June, September or December).
 */
export const PayoutSchedule = z.strictObject({
  fact: FactName.default('finalPaymentCollectedOn').describe('The date fact after which the bonus may be paid; `finalPaymentCollectedOn` unless set.'),
  months: z.array(z.number().int().min(1).max(12)).min(1).meta({ description: 'The months (1–12) with a payout window.', examples: [[3, 6, 9, 12]] }),
  lastDays: z.number().int().min(1).max(28).meta({ description: 'The window: the last this many calendar days of each month listed.', examples: [7] }),
  provenance: Provenance.optional().describe('Where the schedule comes from.'),
}).meta({ examples: [{ months: [3, 6, 9, 12], lastDays: 7 }] });
/** When a bonus is paid. */
export type PayoutSchedule = z.infer<typeof PayoutSchedule>;

/** A payout window: its first and last local dates, inclusive (`YYYY-MM-DD`). */
export interface PayoutWindow {
  readonly start: string;
  readonly end: string;
}

function windowOf(year: number, month: number, lastDays: number): { start: LocalDate; end: LocalDate } {
  const days = getDaysInMonth(new Date(year, month - 1, 15));
  return { start: makeLocalDate(year, month, days - lastDays + 1), end: makeLocalDate(year, month, days) };
}

/**
 * The first payout window that starts after a date (a window already under way on that date is
 * missed: the bonus waits for the next one).
 *
 * @example
 * payoutWindowAfter(parseLocalDate('2026-09-23')!, { months: [3, 6, 9, 12], lastDays: 7 });
 * // { start: '2026-09-24', end: '2026-09-30' }
 * payoutWindowAfter(parseLocalDate('2026-09-24')!, { months: [3, 6, 9, 12], lastDays: 7 });
 * // { start: '2026-12-25', end: '2026-12-31' }
 * @throws {RangeError} when `months` is empty.
 */
export function payoutWindowAfter(date: LocalDate, schedule: Pick<PayoutSchedule, 'months' | 'lastDays'>): PayoutWindow {
  const months = [...new Set(schedule.months)].sort((a, b) => a - b);
  if (months.length === 0) throw new RangeError('a payout schedule needs at least one month');
  for (let year = date.year; ; year += 1) {
    for (const month of months) {
      if (year === date.year && month < date.month) continue;
      const window = windowOf(year, month, schedule.lastDays);
      if (window.start.iso > date.iso) return { start: window.start.iso, end: window.end.iso };
    }
  }
}
