import { duckdbRows, type DuckDbTicketOptions } from './duckdbRows.js';
import type { TicketProfile } from './TicketProfile.js';
import type { SubjectCounts } from './ticketEventFacts.js';
import { ticketEventsSql } from './ticketEventsSql.js';

/**
 * Runs {@link ticketEventsSql} on DuckDB, embedded, over a ticket event file (CSV or
 * Parquet): each subject's on-time counts, as {@link ticketEventFacts} gives them by
 * streaming. Needs the optional peer dependency `@duckdb/node-api`, loaded on first use;
 * DuckDB's threads and memory are capped (see {@link DuckDbTicketOptions}).
 *
 * @example
 * const counts = await duckdbTicketFacts('events.parquet', ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'));
 * @throws AdapterError `duckdbMissing` when `@duckdb/node-api` is not installed.
 */
export async function duckdbTicketFacts(file: string, profile: TicketProfile, options: DuckDbTicketOptions = {}): Promise<SubjectCounts> {
  const rows = await duckdbRows(file, ticketEventsSql(profile, options), options, []);
  const onTime = profile.onTime as NonNullable<TicketProfile['onTime']>;
  const counts: SubjectCounts = new Map();
  for (const row of rows) {
    counts.set(String(row['subject']), { [onTime.onTimeFact]: Number(row[onTime.onTimeFact]), [onTime.totalFact]: Number(row[onTime.totalFact]) });
  }
  return counts;
}
