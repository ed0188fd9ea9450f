import { duckdbRows, type DuckDbTicketOptions } from './duckdbRows.js';
import { eventOrders, type SubjectOrders } from './eventOrders.js';
import type { TicketProfile } from './TicketProfile.js';
import { orderRule, personColumn, stepColumn, ticketOrdersSql } from './ticketOrdersSql.js';

const number = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : Number(value));
const text = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));

/**
 * Runs {@link ticketOrdersSql} on DuckDB, embedded, over a ticket event file (CSV or
 * Parquet): each subject's orders, for a profile without an on-time count (the
 * technician's regime), identical per subject to what {@link ticketEventOrders} gives by
 * streaming. Needs the optional peer dependency `@duckdb/node-api`; DuckDB's threads and
 * memory are capped (see {@link DuckDbTicketOptions}).
 *
 * @example
 * const facts = await duckdbTicketOrders('events.parquet', ticketProfile('sheet', 'broadband-field-ops/technician'));
 * appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...facts.get('T-001'), breaches } });
 * @throws AdapterError `duckdbMissing` when `@duckdb/node-api` is not installed.
 */
export async function duckdbTicketOrders(file: string, profile: TicketProfile, options: Omit<DuckDbTicketOptions, 'until'> = {}): Promise<SubjectOrders> {
  const rule = orderRule(profile);
  const rows = await duckdbRows(file, ticketOrdersSql(profile), options, rule.people);
  return eventOrders(
    rows.map((row) => ({
      ticket: String(row['ticket_id']),
      subject: String(row['subject']),
      cls: String(row[rule.classField]),
      steps: rule.steps.map((s) => number(row[stepColumn(s.name)])),
      people: rule.people.map((p) => text(row[personColumn(p)])),
    })),
    rule,
  );
}
