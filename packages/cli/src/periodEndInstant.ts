import { addLocalDays, parsePeriod, type PeriodKind } from '@kaohe/core';
import type { Adapters } from './sourceContext';

/**
 * The instant a run's period ends: midnight at the start of the day after its last day, in
 * `timeZone`, as ISO 8601 with that zone's offset. A project period has no dates, so no end.
 *
 * @example
 * periodEndInstant('2026-Q3', 'quarter', 'Asia/Shanghai', zoneOffset) // '2026-10-01T00:00:00+08:00'
 */
export function periodEndInstant(
  period: string,
  kind: PeriodKind | undefined,
  timeZone: string,
  zoneOffset: Adapters['zoneOffset'],
): string | undefined {
  const last = kind === undefined ? undefined : parsePeriod(period, kind)?.end;
  if (last === undefined) return undefined;
  const next = addLocalDays(last, 1);
  return `${next.iso}T00:00:00${zoneOffset(timeZone, next.year, next.month, next.day, 0, 0)}`;
}
