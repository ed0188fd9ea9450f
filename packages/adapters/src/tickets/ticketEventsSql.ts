import { Decimal } from 'decimal.js';
import type { TicketProfile } from './TicketProfile.js';

/** The columns of a ticket event file, one row per step of a ticket. */
export const TICKET_EVENT_COLUMNS = ['ticket_id', 'subject', 'class', 'step', 'at'] as const;

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** A profile's on-time rule as the aggregations use it: each class word with its class and limit in whole milliseconds. */
export interface EventRule {
  readonly start: string;
  readonly end: string;
  readonly endOccurrence: 'first' | 'last';
  /** Every step of the profile other than the start: one before the start leaves the ticket out, as {@link ticketOrders} does. */
  readonly others: readonly string[];
  /** Lower-case class word → its limit in ms (a limit of 1.5 hours is 5,400,000; a fraction of a millisecond cannot matter to whole-millisecond times). */
  readonly limits: ReadonlyMap<string, number>;
}

/**
 * The rule of a profile with an on-time count (`onTime`), for the event aggregations.
 *
 * @example
 * eventRule(ticketProfile('sheet', 'tech-support-center/after-sales-supervisor')).limits.get('一级') // 14400000
 * @throws Error when the profile has no `onTime`.
 */
export function eventRule(profile: TicketProfile): EventRule {
  const onTime = profile.onTime;
  if (!onTime) throw new Error(`ticket profile ${profile.id} has no onTime count to aggregate`);
  const limits = new Map<string, number>();
  for (const [cls, words] of Object.entries(profile.classes.values)) {
    const limit = onTime.limits[cls];
    if (limit === undefined) continue;
    const [unit, amount] = Object.entries(limit)[0] as [keyof typeof UNIT_MS, number | string];
    const ms = new Decimal(amount).times(UNIT_MS[unit]).floor().toNumber();
    for (const word of words) limits.set(word.toLowerCase(), ms);
  }
  const steps = [profile.start, ...profile.steps];
  const end = steps.find((s) => s.name === onTime.to);
  const occurrence = end && 'occurrence' in end.from ? end.from.occurrence : 'first';
  return { start: onTime.from, end: onTime.to, endOccurrence: occurrence, others: steps.map((s) => s.name).filter((n) => n !== onTime.from), limits };
}

/**
 * A text as an SQL string literal, its quotes doubled (`'it''s'`): the profile's words and a file's path go into SQL this way.
 *
 * @example
 * sqlLiteral("O'Brien") // "'O''Brien'"
 */
export const sqlLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * The aggregation from ticket events to each subject's on-time counts, as standard SQL
 * over a table `ticket_events(ticket_id, subject, class, step, at)` — `at` in
 * milliseconds since 1970 UTC, so that only integer arithmetic is needed. A warehouse
 * (Trino, DuckDB, PostgreSQL) runs it unchanged; the fact names are quoted identifiers
 * (`"ticketsOnTime"`), which Spark SQL writes with backticks unless in ANSI mode, and
 * ClickHouse writes the `VALUES` list as its `values()` table function. A ticket's
 * subject and class are the least of its rows' (`MIN`): an export gives one per ticket. The semantics are those of
 * {@link ticketEventFacts}: the start's first time, the end's first or last as the
 * profile says, a ticket with a step before its start or an unmapped class left out.
 *
 * @example
 * const sql = ticketEventsSql(ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'), { until: '2026-10-01T00:00:00+08:00' });
 */
export function ticketEventsSql(profile: TicketProfile, options: { readonly until?: string } = {}): string {
  const rule = eventRule(profile);
  const onTime = profile.onTime as NonNullable<TicketProfile['onTime']>;
  const classes = [...rule.limits].map(([word, ms]) => `(${sqlLiteral(word)}, ${ms})`).join(', ');
  const until = options.until === undefined ? undefined : Date.parse(options.until);
  const others = rule.others.map(sqlLiteral).join(', ');
  return [
    'WITH tickets AS (',
    '  SELECT e.ticket_id,',
    '         MIN(e.subject) AS subject,',
    '         MIN(e.class) AS class_word,',
    `         MIN(CASE WHEN e.step = ${sqlLiteral(rule.start)} THEN e.at END) AS start_at,`,
    `         MIN(CASE WHEN e.step IN (${others}) THEN e.at END) AS first_other_at,`,
    `         ${rule.endOccurrence === 'last' ? 'MAX' : 'MIN'}(CASE WHEN e.step = ${sqlLiteral(rule.end)} THEN e.at END) AS end_at`,
    '  FROM ticket_events e',
    '  GROUP BY e.ticket_id',
    '), counted AS (',
    '  SELECT t.subject, t.start_at + c.limit_ms AS deadline, t.end_at',
    '  FROM tickets t',
    `  JOIN (VALUES ${classes}) AS c (word, limit_ms) ON LOWER(t.class_word) = c.word`,
    '  WHERE t.subject IS NOT NULL AND t.start_at IS NOT NULL',
    '    AND (t.first_other_at IS NULL OR t.first_other_at >= t.start_at)',
    ')',
    `SELECT subject, SUM(CASE WHEN end_at IS NOT NULL AND end_at <= deadline THEN 1 ELSE 0 END) AS "${onTime.onTimeFact}", COUNT(*) AS "${onTime.totalFact}"`,
    'FROM counted',
    ...(until === undefined || Number.isNaN(until) ? [] : [`WHERE NOT (end_at IS NULL AND deadline >= ${until})`]),
    'GROUP BY subject',
    'ORDER BY subject',
  ].join('\n');
}
