import type { TicketProfile } from './TicketProfile.js';
import { sqlLiteral } from './ticketEventsSql.js';

/** A profile's orders as the event aggregations build them. */
export interface OrderRule {
  /** The regime's array fact (`orders`) and the order field of the class (`kind`). */
  readonly fact: string;
  readonly classField: string;
  /** Lower-case class word → the regime's class; the first class listing a word has it, as {@link ticketOrders} reads. */
  readonly classes: ReadonlyMap<string, string>;
  /** The start, then the other steps in the profile's order; `last` when the step's latest time counts. */
  readonly steps: ReadonlyArray<{ readonly name: string; readonly last: boolean }>;
  /** The people of an order (`agent`): optional columns of the event file, named as the order fields. */
  readonly people: readonly string[];
}

/**
 * The orders rule of a profile without an on-time count, for {@link ticketOrdersSql} and
 * {@link ticketEventOrders}.
 *
 * @example
 * orderRule(ticketProfile('sheet', 'broadband-field-ops/technician')).steps.map((s) => s.name)
 * // ['dispatchedAt', 'contactedAt', 'onSiteAt', 'completedAt']
 * @throws Error when the profile gives on-time counts (use {@link ticketEventsSql}).
 */
export function orderRule(profile: TicketProfile): OrderRule {
  if (profile.onTime) throw new Error(`ticket profile ${profile.id} gives on-time counts, not orders: aggregate it with ticketEventsSql`);
  const classes = new Map<string, string>();
  for (const [cls, words] of Object.entries(profile.classes.values)) for (const word of words) if (!classes.has(word.toLowerCase())) classes.set(word.toLowerCase(), cls);
  const last = (step: TicketProfile['start']): boolean => 'occurrence' in step.from && step.from.occurrence === 'last';
  return {
    fact: profile.fact,
    classField: profile.classes.to,
    classes,
    steps: [profile.start, ...profile.steps].map((s) => ({ name: s.name, last: last(s) })),
    people: profile.people.map((p) => p.name),
  };
}


/** The result column of a step or a person: prefixed, so that no profile name meets `subject` or `ticket_id`. */
export const stepColumn = (name: string): string => `step_${name}`;
export const personColumn = (name: string): string => `person_${name}`;

/**
 * The aggregation from ticket events to each ticket's order, as standard SQL over
 * `ticket_events(ticket_id, subject, class, step, at[, person columns])`: one row per
 * ticket that can be used — a subject, a start, a mapped class, no step before its start,
 * as {@link ticketOrders} requires — with its class, each step's time in milliseconds
 * (the first, or the last where the profile's `occurrence` says) and its people (one
 * column per person of the profile, such as `agent`). The times become ISO 8601 in
 * {@link duckdbTicketOrders} and {@link ticketEventOrders} alike. Quoting and `VALUES` as
 * in {@link ticketEventsSql}.
 *
 * @example
 * const sql = ticketOrdersSql(ticketProfile('sheet', 'broadband-field-ops/technician'));
 * @throws Error when the profile gives on-time counts.
 */
export function ticketOrdersSql(profile: TicketProfile): string {
  const rule = orderRule(profile);
  const [start, ...others] = rule.steps as [OrderRule['steps'][number], ...OrderRule['steps']];
  const quoted = (name: string): string => `"${name}"`;
  const classes = [...rule.classes].map(([word, cls]) => `(${sqlLiteral(word)}, ${sqlLiteral(cls)})`).join(', ');
  const steps = rule.steps.map((s) => `         ${s.last ? 'MAX' : 'MIN'}(CASE WHEN e.step = ${sqlLiteral(s.name)} THEN e.at END) AS ${quoted(stepColumn(s.name))},`);
  const people = rule.people.map((p) => `         MIN(e.${quoted(p)}) AS ${quoted(personColumn(p))},`);
  const startAt = `t.${quoted(stepColumn(start.name))}`;
  return [
    'WITH tickets AS (',
    '  SELECT e.ticket_id,',
    ...steps,
    ...people,
    '         MIN(e.subject) AS subject,',
    '         MIN(e.class) AS class_word',
    '  FROM ticket_events e',
    '  GROUP BY e.ticket_id',
    ')',
    `SELECT t.subject, t.ticket_id, c.class_id AS ${quoted(rule.classField)},`,
    `       ${[...rule.steps.map((s) => `t.${quoted(stepColumn(s.name))}`), ...rule.people.map((p) => `t.${quoted(personColumn(p))}`)].join(', ')}`,
    'FROM tickets t',
    `JOIN (VALUES ${classes}) AS c (word, class_id) ON LOWER(t.class_word) = c.word`,
    `WHERE t.subject IS NOT NULL AND ${startAt} IS NOT NULL`,
    ...others.map((s) => `  AND (t.${quoted(stepColumn(s.name))} IS NULL OR t.${quoted(stepColumn(s.name))} >= ${startAt})`),
    `ORDER BY t.subject, ${startAt}, t.ticket_id`,
  ].join('\n');
}
