import type { InputSource, OpenOptions } from '../openSource.js';
import { eachTicketEvent } from './eachTicketEvent.js';
import { eventOrders, type SubjectOrders, type TicketEventRow } from './eventOrders.js';
import { IdTable } from './IdTable.js';
import type { TicketProfile } from './TicketProfile.js';
import { orderRule } from './ticketOrdersSql.js';

/** Numbers strings (subjects, class words, people) once each: a ticket keeps their numbers, not the strings. */
class Names {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let n = this.index.get(name);
    if (n === undefined) {
      n = this.list.push(name) - 1;
      this.index.set(name, n);
    }
    return n;
  }
}

/** A growable typed column per step and person, filled with `empty`. */
function grow<T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(old: T, make: (n: number) => T, length: number): T {
  const next = make(length);
  next.set(old);
  return next;
}
const times = (n: number): Float64Array<ArrayBuffer> => new Float64Array(n).fill(Number.NaN);
const names = (n: number): Int32Array<ArrayBuffer> => new Int32Array(n).fill(-1);

/**
 * Streams a ticket event file — CSV with columns `ticket_id, subject, class, step, at`
 * (`at` in milliseconds since 1970 UTC) and, for each person of the profile, an optional
 * column named after it (`agent`) — into each subject's orders, for a profile without an
 * on-time count (the technician's regime). The same aggregation as {@link ticketOrdersSql}
 * on DuckDB ({@link duckdbTicketOrders}), identical per subject: a step's first time (its
 * last where the profile says), a ticket's subject, class and people from its first row
 * that has them, and a ticket without a subject, a start or a mapped class, or with a step
 * before its start, left out as {@link ticketOrders} leaves it out.
 *
 * @example
 * const facts = await ticketEventOrders('events.csv', ticketProfile('sheet', 'broadband-field-ops/technician'));
 * facts.get('T-001') // { orders: [{ id: 'K1', kind: 'repair', dispatchedAt: '2026-10-08T01:00:00Z', … }] }
 * @throws AdapterError `ticketEventsInvalid` when a required column is missing; errors of {@link openSource}.
 */
export async function ticketEventOrders(source: InputSource, profile: TicketProfile, options: OpenOptions = {}): Promise<SubjectOrders> {
  const rule = orderRule(profile);
  const stepIndex = new Map(rule.steps.map((s, k) => [s.name, k]));
  const last = rule.steps.map((s) => s.last);
  const tickets = new IdTable();
  const subjects = new Names();
  const words = new Names();
  const people = new Names();
  let capacity = 1 << 12;
  let subject = names(capacity);
  let word = names(capacity);
  let at = rule.steps.map(() => times(capacity));
  let who = rule.people.map(() => names(capacity));
  let columns: readonly number[] = [];

  const take = (cells: readonly unknown[]): void => {
    const id = cells[columns[0] as number] as string;
    if (!id) return;
    const i = tickets.indexOf(id);
    if (i >= capacity) {
      const next = Math.ceil(capacity * 1.5);
      subject = grow(subject, names, next);
      word = grow(word, names, next);
      at = at.map((c) => grow(c, times, next));
      who = who.map((c) => grow(c, names, next));
      capacity = next;
    }
    const s = cells[columns[1] as number] as string;
    if (subject[i] === -1 && s) subject[i] = subjects.of(s);
    const w = cells[columns[2] as number] as string;
    if (word[i] === -1 && w) word[i] = words.of(w);
    for (let k = 0; k < who.length; k++) {
      const column = columns[5 + k] as number;
      const p = column < 0 ? undefined : (cells[column] as string | undefined);
      const own = who[k] as Int32Array;
      if (own[i] === -1 && p) own[i] = people.of(p);
    }
    const k = stepIndex.get(cells[columns[3] as number] as string);
    const text = cells[columns[4] as number] as string;
    // An empty time is no time (SQL reads it as NULL), not 0.
    const ms = text ? Number(text) : Number.NaN;
    if (k === undefined || !Number.isFinite(ms)) return;
    const column = at[k] as Float64Array;
    const seen = column[i] as number;
    column[i] = Number.isNaN(seen) ? ms : last[k] ? Math.max(seen, ms) : Math.min(seen, ms);
  };
  await eachTicketEvent(source, options, rule.people, (found) => (columns = found), take);

  const classOf = words.list.map((w) => rule.classes.get(w.toLowerCase()));
  const rows: TicketEventRow[] = [];
  for (let i = 0; i < tickets.size; i++) {
    const cls = word[i] === -1 ? undefined : classOf[word[i] as number];
    const steps = at.map((c) => (Number.isNaN(c[i] as number) ? undefined : (c[i] as number)));
    const start = steps[0];
    if (subject[i] === -1 || cls === undefined || start === undefined || steps.some((t) => t !== undefined && t < start)) continue;
    rows.push({ ticket: tickets.text(i), subject: subjects.list[subject[i] as number] as string, cls, steps, people: who.map((c) => (c[i] === -1 ? undefined : people.list[c[i] as number])) });
  }
  return eventOrders(rows, rule);
}
