import { tzOffset } from '@date-fns/tz/tzOffset';
import { localDateOf } from '../time/zonedDate';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * A local date as the number yyyymmdd: ordered as its ISO text is, so that a period's bounds and a
 * month's key (yyyymm) are integer comparisons and divisions.
 */
export type DayNumber = number;

/** yyyymmdd of the day `days` after 1970-01-01 (the civil-from-days algorithm of H. Hinnant). */
export function dayNumberOfEpochDay(days: number): DayNumber {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

/**
 * The local day of instants in one time zone, as `cachedLocalDateOf` finds it: the zone's offset
 * looked up once per UTC hour whose first and last millisecond share it, any other hour through
 * `localDateOf`.
 */
export function localDayReader(timeZone: string): (epochMs: number) => DayNumber {
  const offsets = new Map<number, number>();
  return (epochMs) => {
    const hour = Math.floor(epochMs / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = tzOffset(timeZone, new Date(hour * HOUR_MS));
      const end = tzOffset(timeZone, new Date(hour * HOUR_MS + HOUR_MS - 1));
      if (start !== end || !Number.isInteger(start)) {
        const date = localDateOf(epochMs, timeZone);
        return date.year * 10_000 + date.month * 100 + date.day;
      }
      if (offsets.size >= 50_000) offsets.clear();
      offsets.set(hour, start);
      offset = start;
    }
    return dayNumberOfEpochDay(Math.floor((epochMs + offset * 60_000) / DAY_MS));
  };
}
