import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdapterError } from '../AdapterError.js';
import { sqlLiteral, TICKET_EVENT_COLUMNS } from './ticketEventsSql.js';

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

/**
 * DuckDB's memory cap when none is given. With it, 10,000,000 events ran at 350–360 MB peak RSS in all
 * (256MB gave 470–515 MB: DuckDB holds more than its cap in buffers outside it); DuckDB's own default is
 * 80% of the machine's memory.
 */
export const DUCKDB_MEMORY_LIMIT = '128MB';
/** DuckDB's worker threads when none are given: one core, as the streaming reader uses; pass `threads` for more. */
export const DUCKDB_THREADS = 1;

/** Options of the DuckDB paths ({@link duckdbTicketFacts}, {@link duckdbTicketOrders}). */
export interface DuckDbTicketOptions {
  readonly until?: string;
  /** Default: from the file's extension (`.parquet` is Parquet, anything else CSV). */
  readonly format?: 'csv' | 'parquet';
  /** DuckDB's worker threads (`SET threads`). Default {@link DUCKDB_THREADS}. */
  readonly threads?: number;
  /**
   * DuckDB's memory cap (`SET memory_limit`, such as `'1GB'`); past it, an aggregation spills
   * to `tempDirectory`. Default {@link DUCKDB_MEMORY_LIMIT}; DuckDB's own default is 80% of the machine's memory.
   */
  readonly memoryLimit?: string;
  /** Where DuckDB spills past its cap. Default: a folder of its own under the system's temporary folder, removed afterwards. */
  readonly tempDirectory?: string;
}


/**
 * Runs a query over a ticket event file (CSV or Parquet) on DuckDB, embedded and capped by
 * `threads` and `memoryLimit`: the file is the view `ticket_events` — the five event
 * columns, and each of `people` (a column of the file, or NULL where it has none) — so that
 * the query itself is standard SQL. The only DuckDB-specific text is that view.
 *
 * @example
 * const rows = await duckdbRows('events.parquet', ticketEventsSql(profile), {}, []);
 * @throws AdapterError `duckdbMissing` when `@duckdb/node-api` is not installed.
 */
export async function duckdbRows(file: string, sql: string, options: DuckDbTicketOptions, people: readonly string[]): Promise<Array<Record<string, unknown>>> {
  const { DuckDBInstance } = await loadDuckDb();
  const spill = options.tempDirectory ?? mkdtempSync(join(tmpdir(), 'kaohe-duckdb-'));
  const db = await DuckDBInstance.create(':memory:', {
    threads: String(options.threads ?? DUCKDB_THREADS),
    memory_limit: options.memoryLimit ?? DUCKDB_MEMORY_LIMIT,
    temp_directory: spill,
  });
  const connection = await db.connect();
  try {
    const parquet = (options.format ?? (file.toLowerCase().endsWith('.parquet') ? 'parquet' : 'csv')) === 'parquet';
    const read = (types: string): string => (parquet ? `read_parquet(${sqlLiteral(file)})` : `read_csv(${sqlLiteral(file)}, header = true${types})`);
    const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${read(', all_varchar = true')}`)).getRowObjectsJS();
    const present = new Set(described.map((r) => String(r['column_name']).toLowerCase()));
    const own = people.filter((p) => present.has(p.toLowerCase()));
    // Text columns stay text (an id of digits is not a number), `at` a 64-bit integer.
    const types = [...TICKET_EVENT_COLUMNS.map((c) => `'${c}': '${c === 'at' ? 'BIGINT' : 'VARCHAR'}'`), ...own.map((p) => `${sqlLiteral(p)}: 'VARCHAR'`)].join(', ');
    const columns = [...TICKET_EVENT_COLUMNS.map((c) => `"${c}"`), ...people.map((p) => (own.includes(p) ? `"${p}"` : `CAST(NULL AS VARCHAR) AS "${p}"`))].join(', ');
    await connection.run(`CREATE VIEW ticket_events AS SELECT ${columns} FROM ${read(`, types = {${types}}`)}`);
    return (await connection.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    connection.closeSync?.();
    db.closeSync?.();
    if (options.tempDirectory === undefined) rmSync(spill, { recursive: true, force: true });
  }
}
