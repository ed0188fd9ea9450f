import type { OrderRule } from './ticketOrdersSql.js';

/** One ticket aggregated from its events: its class, each step's time (ms since 1970 UTC) in the rule's order, its people. */
export interface TicketEventRow {
  readonly ticket: string;
  readonly subject: string;
  readonly cls: string;
  readonly steps: ReadonlyArray<number | undefined>;
  readonly people: ReadonlyArray<string | undefined>;
}

/** Each subject's facts from ticket events: its orders under the regime's fact (`{ orders: [...] }`). */
export type SubjectOrders = Map<string, Record<string, Array<Record<string, string>>>>;

/** An instant as ISO 8601 in UTC, without milliseconds when it has none (`2026-10-08T01:00:00Z`). */
function instant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const byStartThenId = (a: { start: number; id: string }, b: { start: number; id: string }): number => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Turns tickets aggregated from events — by SQL or by streaming — into each subject's
 * orders, so that both paths give the same facts: fields in the order {@link ticketOrders}
 * writes them (id, class, start, steps, people), a step not taken left out, times as ISO
 * 8601 in UTC, each subject's orders by start and then ticket id, subjects in order.
 *
 * @example
 * eventOrders([{ ticket: 'K1', subject: 'T-001', cls: 'repair', steps: [t0, t0 + 420_000], people: ['CS-07'] }], rule).get('T-001')
 * // { orders: [{ id: 'K1', kind: 'repair', dispatchedAt: '…', contactedAt: '…', agent: 'CS-07' }] }
 */
export function eventOrders(rows: Iterable<TicketEventRow>, rule: OrderRule): SubjectOrders {
  const held = new Map<string, Array<{ start: number; id: string; order: Record<string, string> }>>();
  for (const row of rows) {
    const start = row.steps[0];
    if (start === undefined) continue;
    const order: Record<string, string> = { id: row.ticket, [rule.classField]: row.cls };
    rule.steps.forEach((step, k) => {
      const at = row.steps[k];
      if (at !== undefined) order[step.name] = instant(at);
    });
    rule.people.forEach((name, k) => {
      const who = row.people[k];
      if (who !== undefined && who !== '') order[name] = who;
    });
    const list = held.get(row.subject);
    const entry = { start, id: row.ticket, order };
    if (list) list.push(entry);
    else held.set(row.subject, [entry]);
  }
  const out: SubjectOrders = new Map();
  for (const subject of [...held.keys()].sort()) out.set(subject, { [rule.fact]: (held.get(subject) ?? []).sort(byStartThenId).map((e) => e.order) });
  return out;
}
