import type { SchemeResult } from '@kaohe/core';
import type { FactSource } from './factSource';
import type { CellWarning, RejectedRow, WithheldSubject } from './spreadsheetInput';

/** A result as printed: the core's, with where its facts came from for a run over a CRM or a service desk. */
export type PrintedResult = SchemeResult & { readonly sources?: readonly FactSource[] };

/** A subject that could not be appraised, for the JSON output. */
export interface SubjectFailure {
  readonly file: string;
  readonly index: number;
  readonly subject: string | null;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/**
 * The counts of a run: `read` rows under the headers of a spreadsheet (or subjects of a JSON
 * input), of which `appraised` gave a result, `errors` could not be appraised, `rejected` rows
 * had a bad cell and `blank` rows were empty. With a subject per row,
 * read = appraised + errors + rejected + blank.
 */
export interface RunSummary {
  readonly read: number;
  readonly appraised: number;
  readonly rejected: number;
  readonly errors: number;
  readonly blank: number;
}

/** What is known only once every subject has been appraised. */
export interface RunTail {
  readonly summary: RunSummary;
  readonly withheld: readonly WithheldSubject[];
  readonly warnings: readonly CellWarning[];
  /** A spreadsheet was read (so that its `rejected` list belongs in the JSON document, even empty). */
  readonly sheet: boolean;
}

/** Where a run's results go as they are made: each call is awaited, so a slow output slows the run down. */
export interface ResultsSink {
  result(result: PrintedResult): Promise<void>;
  failure(failure: SubjectFailure): Promise<void>;
  rejected(row: RejectedRow): Promise<void>;
  end(tail: RunTail): Promise<void>;
}

/**
 * One sink feeding several (standard output, `--out`, `--rejects`), in order.
 *
 * @example
 * const sink = teeSink([jsonlSink(streamOut(process.stdout)), rejectsCsvSink(fileOut('rejects.csv'))]);
 */
export function teeSink(sinks: readonly ResultsSink[]): ResultsSink {
  return {
    async result(result) {
      for (const s of sinks) await s.result(result);
    },
    async failure(failure) {
      for (const s of sinks) await s.failure(failure);
    },
    async rejected(row) {
      for (const s of sinks) await s.rejected(row);
    },
    async end(tail) {
      for (const s of sinks) await s.end(tail);
    },
  };
}
