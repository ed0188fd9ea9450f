import type { InputSource, OpenOptions } from '../openSource.js';
import { eachTicketEvent } from './eachTicketEvent.js';
import { IdTable } from './IdTable.js';
import type { TicketProfile } from './TicketProfile.js';
import { eventRule } from './ticketEventsSql.js';

/** Each subject's on-time counts, by the profile's fact names (`ticketsOnTime`, `ticketsTotal`). */
export type SubjectCounts = Map<string, Record<string, number>>;

/** Options of {@link ticketEventFacts}. */
export interface TicketEventOptions extends OpenOptions {
  /** The end of the period: a ticket still open whose limit is not past by then is left out (see {@link onTimeCounts}). */
  readonly until?: string;
}

/** Per-ticket state in typed columns: millions of tickets cost 30 bytes each, and no object. */
class TicketColumns {
  capacity = 1 << 16;
  start = nanArray(this.capacity);
  end = nanArray(this.capacity);
  firstOther = nanArray(this.capacity);
  subject = new Int32Array(this.capacity).fill(-1);
  /** 1 + the index of the ticket's limit, 0 while it has none. */
  limit = new Uint16Array(this.capacity);

  /** Makes room for ticket `index`, by half again at a time (a doubling would leave up to half unused). */
  ensure(index: number): void {
    if (index < this.capacity) return;
    const capacity = Math.ceil(this.capacity * 1.5);
    const copy = <T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.start = copy(this.start, nanArray(capacity));
    this.end = copy(this.end, nanArray(capacity));
    this.firstOther = copy(this.firstOther, nanArray(capacity));
    this.subject = copy(this.subject, new Int32Array(capacity).fill(-1));
    this.limit = copy(this.limit, new Uint16Array(capacity));
    this.capacity = capacity;
  }
}

function nanArray(length: number): Float64Array<ArrayBuffer> {
  return new Float64Array(length).fill(Number.NaN);
}

const lower = (a: number, b: number): number => (Number.isNaN(a) || b < a ? b : a);

/**
 * Streams a ticket event file — CSV with columns `ticket_id, subject, class, step, at`
 * (`at` in milliseconds since 1970 UTC), one row per step, in any order — into each
 * subject's on-time counts under a profile with an `onTime` count. The same aggregation
 * as {@link ticketEventsSql}, without a database: the way to check one against the other,
 * and the way for a file one machine holds.
 *
 * @example
 * const counts = await ticketEventFacts('events.csv', ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'));
 * counts.get('M-01') // { ticketsOnTime: 95, ticketsTotal: 100 }
 * @throws AdapterError `ticketEventsInvalid` when a column is missing; errors of {@link openSource}.
 */
export async function ticketEventFacts(source: InputSource, profile: TicketProfile, options: TicketEventOptions = {}): Promise<SubjectCounts> {
  const rule = eventRule(profile);
  const onTime = profile.onTime as NonNullable<TicketProfile['onTime']>;
  const others = rule.others;
  const startStep = rule.start;
  const endStep = rule.end;
  const last = rule.endOccurrence === 'last';
  const tickets = new IdTable();
  const limitOf = [...new Set(rule.limits.values())];
  const limitIndex = new Map([...rule.limits].map(([word, ms]) => [word, limitOf.indexOf(ms) + 1]));
  const subjects: string[] = [];
  const subjectIndex = new Map<string, number>();
  const t = new TicketColumns();
  // The columns' positions, read from the header (plain locals: this runs ten million times).
  let iId = 0;
  let iSubject = 0;
  let iClass = 0;
  let iStep = 0;
  let iAt = 0;

  const take = (cells: readonly unknown[]): void => {
    const id = cells[iId] as string;
    if (!id) return;
    const i = tickets.indexOf(id);
    if (i >= t.capacity) t.ensure(i);
    const subject = cells[iSubject] as string;
    if (t.subject[i] === -1 && subject) {
      let s = subjectIndex.get(subject);
      if (s === undefined) {
        s = subjects.push(subject) - 1;
        subjectIndex.set(subject, s);
      }
      t.subject[i] = s;
    }
    const word = cells[iClass] as string;
    if (t.limit[i] === 0 && word) t.limit[i] = limitIndex.get(word.toLowerCase()) ?? 0;
    const step = cells[iStep] as string;
    const text = cells[iAt] as string;
    // An empty time is no time (SQL reads it as NULL), not 0.
    const at = text ? Number(text) : Number.NaN;
    if (!Number.isFinite(at)) return;
    if (step === startStep) t.start[i] = lower(t.start[i] as number, at);
    for (let k = 0; k < others.length; k++) if (step === others[k]) t.firstOther[i] = lower(t.firstOther[i] as number, at);
    if (step === endStep) {
      const end = t.end[i] as number;
      t.end[i] = Number.isNaN(end) ? at : last ? Math.max(end, at) : Math.min(end, at);
    }
  };

  await eachTicketEvent(
    source,
    options,
    [],
    (columns) => {
      [iId, iSubject, iClass, iStep, iAt] = columns as [number, number, number, number, number];
    },
    take,
  );

  const until = options.until === undefined ? Number.NaN : Date.parse(options.until);
  const onTimeBy = new Int32Array(subjects.length);
  const totalBy = new Int32Array(subjects.length);
  for (let i = 0; i < tickets.size; i++) {
    const s = t.subject[i] as number;
    const start = t.start[i] as number;
    const limit = limitOf[(t.limit[i] as number) - 1];
    if (s < 0 || Number.isNaN(start) || limit === undefined) continue;
    if ((t.firstOther[i] as number) < start) continue;
    const deadline = start + limit;
    const end = t.end[i] as number;
    if (Number.isNaN(end)) {
      if (!Number.isNaN(until) && deadline >= until) continue;
      totalBy[s] = (totalBy[s] as number) + 1;
      continue;
    }
    totalBy[s] = (totalBy[s] as number) + 1;
    if (end <= deadline) onTimeBy[s] = (onTimeBy[s] as number) + 1;
  }
  const counts: SubjectCounts = new Map();
  subjects.forEach((name, s) => {
    if ((totalBy[s] as number) > 0) counts.set(name, { [onTime.onTimeFact]: onTimeBy[s] as number, [onTime.totalFact]: totalBy[s] as number });
  });
  return counts;
}
