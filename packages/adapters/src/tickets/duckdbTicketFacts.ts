import { AdapterError } from '../AdapterError.js';
import type { TicketProfile } from './TicketProfile.js';
import type { SubjectCounts } from './ticketEventFacts.js';
import { ticketEventsSql } from './ticketEventsSql.js';

/** The part of `@duckdb/node-api` used here, so that the package's types never need it installed. */
interface DuckDb {
  DuckDBInstance: {
    create(path: string, options?: Record<string, string>): Promise<{
      connect(): Promise<{
        run(sql: string): Promise<unknown>;
        runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Array<Record<string, unknown>> }>;
        closeSync?(): void;
      }>;
      closeSync?(): void;
    }>;
  };
}

/** Loads the optional peer dependency on first use: the adapters install stays light without it. */
async function loadDuckDb(): Promise<DuckDb> {
  try {
    return (await import('@duckdb/node-api')) as unknown as DuckDb;
  } catch (error) {
    throw new AdapterError('duckdbMissing', { reason: (error as Error).message });
  }
}

/** Options of {@link duckdbTicketFacts}. */
export interface DuckDbTicketOptions {
  readonly until?: string;
  /** Default: from the file's extension (`.parquet` is Parquet, anything else CSV). */
  readonly format?: 'csv' | 'parquet';
  /** DuckDB's worker threads (default: DuckDB's own, one per core). */
  readonly threads?: number;
}

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * Runs {@link ticketEventsSql} on DuckDB, embedded, over a ticket event file (CSV or
 * Parquet): each subject's on-time counts, as {@link ticketEventFacts} gives them by
 * streaming. Needs the optional peer dependency `@duckdb/node-api`, loaded on first use.
 * The only DuckDB-specific text is the view that names the file (`read_csv`,
 * `read_parquet`); the aggregation itself is standard SQL.
 *
 * @example
 * const counts = await duckdbTicketFacts('events.parquet', ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'));
 * @throws AdapterError `duckdbMissing` when `@duckdb/node-api` is not installed.
 */
export async function duckdbTicketFacts(file: string, profile: TicketProfile, options: DuckDbTicketOptions = {}): Promise<SubjectCounts> {
  const sql = ticketEventsSql(profile, options);
  const { DuckDBInstance } = await loadDuckDb();
  const db = await DuckDBInstance.create(':memory:', options.threads === undefined ? {} : { threads: String(options.threads) });
  const connection = await db.connect();
  try {
    const parquet = (options.format ?? (file.toLowerCase().endsWith('.parquet') ? 'parquet' : 'csv')) === 'parquet';
    const columns = "{'ticket_id': 'VARCHAR', 'subject': 'VARCHAR', 'class': 'VARCHAR', 'step': 'VARCHAR', 'at': 'BIGINT'}";
    await connection.run(
      `CREATE VIEW ticket_events AS SELECT * FROM ${parquet ? `read_parquet(${literal(file)})` : `read_csv(${literal(file)}, header = true, columns = ${columns})`}`,
    );
    const onTime = profile.onTime as NonNullable<TicketProfile['onTime']>;
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const counts: SubjectCounts = new Map();
    for (const row of rows) {
      counts.set(String(row['subject']), { [onTime.onTimeFact]: Number(row[onTime.onTimeFact]), [onTime.totalFact]: Number(row[onTime.totalFact]) });
    }
    return counts;
  } finally {
    connection.closeSync?.();
    db.closeSync?.();
  }
}
