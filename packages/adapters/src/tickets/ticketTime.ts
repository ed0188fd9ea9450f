import { zoneOffset } from '../zoneOffset.js';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** A timestamp of a ticket, as ISO 8601 with its offset. */
export interface TicketTime {
  readonly iso: string;
  readonly ms: number;
  /** The text had no zone and was read in the profile's zone. */
  readonly zoneAssumed: boolean;
}

/**
 * Reads a service desk's timestamp: ISO 8601 UTC (Zendesk `2026-10-08T01:00:00Z`), an
 * offset without a colon (Jira `2026-09-28T23:08:32.097+1000`), or a wall-clock time
 * without a zone (`2026-10-08 09:50`, a custom text field), read in `timeZone`.
 *
 * @example
 * parseTicketTime('2026-09-28T23:08:32.097+1000', 'UTC')?.iso // '2026-09-28T23:08:32.097+10:00'
 * parseTicketTime('2026-10-08 09:50', 'Asia/Shanghai')?.iso // '2026-10-08T09:50:00+08:00'
 */
export function parseTicketTime(text: string, timeZone: string): TicketTime | undefined {
  const m = STAMP.exec(text.trim());
  if (!m) return undefined;
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '00', frac = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zone === undefined ? zoneOffset(timeZone, year, month, day, hour, minute) : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
  return { iso, ms: Date.parse(iso), zoneAssumed: zone === undefined };
}
