const formatters = new Map<string, Intl.DateTimeFormat>();
const caches = new Map<string, Map<number, string>>();
const CACHE_LIMIT = 50_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function offsetAt(timeZone: string, utcMs: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

function format(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * Whether `timeZone` is an IANA zone this runtime knows.
 *
 * @example
 * isKnownTimeZone('Asia/Shanghai') // true
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC offset (`+08:00`) that a local wall-clock time has in `timeZone`, so that
 * a date-time written without a zone ("2026/9/1 10:00") becomes an ISO 8601 value
 * with the organisation's offset. Uses the runtime's time-zone data (Intl); results
 * are cached per zone and hour.
 *
 * @example
 * zoneOffset('Asia/Shanghai', 2026, 9, 1, 10, 0) // '+08:00'
 * @throws RangeError when the zone is unknown (check with {@link isKnownTimeZone}).
 */
export function zoneOffset(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): string {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  const key = ((year * 16 + month) * 32 + day) * 64 + hour * 2 + (minute < 30 ? 0 : 1);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAt(timeZone, wall);
  const second = offsetAt(timeZone, wall - first * 60_000);
  const result = format(second);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
