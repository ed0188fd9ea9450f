import { Decimal } from 'decimal.js';
import type { TicketProfile } from './TicketProfile.js';

/** Options of {@link onTimeCounts}. */
export interface OnTimeOptions {
  /**
   * The end of the period (ISO 8601). A ticket whose end step is missing is late once its
   * limit has passed by then, and left out of both counts while it has not (still open in time).
   * Without it, every ticket missing its end step counts as not on time.
   */
  readonly until?: string;
}

/** A profile's on-time count, with the order field its limits are keyed by. */
export type OnTimeRule = NonNullable<TicketProfile['onTime']> & { readonly classField: string };

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** The limit's length in milliseconds, exact (a limit of 1.5 hours is allowed). */
function limitMs(limit: NonNullable<TicketProfile['onTime']>['limits'][string]): Decimal {
  const [unit, amount] = Object.entries(limit)[0] as [keyof typeof UNIT_MS, number | string];
  return new Decimal(amount).times(UNIT_MS[unit]);
}

/**
 * Counts a subject's tickets handled on time: a ticket is on time when its `to` step is
 * at most its class's limit after its `from` step (the limit itself is on time). Every
 * ticket counted is in the total; the scheme's ratio is the one over the other.
 *
 * @example
 * onTimeCounts([{ id: 'S1', faultClass: 'minor', dispatchedAt: '2026-10-08T09:00:00+08:00', completedAt: '2026-10-08T20:00:00+08:00' }], { ...profile.onTime, classField: 'faultClass' })
 * // { ticketsOnTime: 1, ticketsTotal: 1 }
 */
export function onTimeCounts(
  orders: ReadonlyArray<Readonly<Record<string, string>>>,
  onTime: OnTimeRule,
  options: OnTimeOptions = {},
): Record<string, number> {
  const until = options.until === undefined ? undefined : Date.parse(options.until);
  let onTimeCount = 0;
  let total = 0;
  for (const order of orders) {
    const cls = order[onTime.classField];
    const limit = cls !== undefined && Object.prototype.hasOwnProperty.call(onTime.limits, cls) ? onTime.limits[cls] : undefined;
    const from = order[onTime.from];
    if (limit === undefined || from === undefined) continue;
    const deadline = new Decimal(Date.parse(from)).plus(limitMs(limit));
    const to = order[onTime.to];
    if (to === undefined) {
      if (until !== undefined && deadline.gte(until)) continue;
      total += 1;
      continue;
    }
    total += 1;
    if (deadline.gte(Date.parse(to))) onTimeCount += 1;
  }
  return { [onTime.onTimeFact]: onTimeCount, [onTime.totalFact]: total };
}
