import { tzOffset } from '@date-fns/tz/tzOffset';
import type { LocalDate } from '../rules/factValue';
import { localDateOf, makeLocalDate } from './zonedDate';

const HOUR_MS = 3_600_000;
/** Per time zone, the UTC offset in minutes of each UTC hour whose first and last millisecond share it. */
const hourOffsets = new Map<string, Map<number, number>>();

/**
 * The local date of an instant, exactly as {@link localDateOf} gives it, without asking `Intl` for
 * every event: the zone's offset is looked up once per UTC hour and kept when the hour starts and
 * ends on the same whole-minute offset (no zone changes its offset twice within an hour); any
 * other hour goes through {@link localDateOf}.
 *
 * @example
 * cachedLocalDateOf(Date.parse('2026-06-30T16:30:00Z'), 'Asia/Shanghai').iso; // '2026-07-01'
 */
export function cachedLocalDateOf(epochMs: number, timeZone: string): LocalDate {
  let offsets = hourOffsets.get(timeZone);
  if (offsets === undefined) {
    offsets = new Map();
    hourOffsets.set(timeZone, offsets);
  }
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = tzOffset(timeZone, new Date(hour * HOUR_MS));
    const end = tzOffset(timeZone, new Date(hour * HOUR_MS + HOUR_MS - 1));
    if (start !== end || !Number.isInteger(start)) return localDateOf(epochMs, timeZone);
    if (offsets.size >= 50_000) offsets.clear();
    offsets.set(hour, start);
    offset = start;
  }
  const local = new Date(epochMs + offset * 60_000);
  return makeLocalDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}
