import { resultJson, resultJsonParts, type CompiledScheme, type SchemeResult } from '@kaohe/core';
import type { FactSource } from './factSource';
import { indentedJson, resultsElementJson } from './indentedJson';
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
  /**
   * With `--shard i/n`: the shard (`"2/4"`), and the subjects and rows left to the other shards
   * (then read = appraised + errors + rejected + blank + otherShards).
   */
  readonly shard?: string;
  readonly otherShards?: number;
  /** The warning lines of a JSON Lines file read back (a run's own count is that of its warnings). */
  readonly warnings?: number;
}

/** Why a run stopped before its input ended (a read error mid-file, a worker that stopped). */
export interface RunFailure {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/** What is known only once every subject has been appraised. */
export interface RunTail {
  readonly summary: RunSummary;
  readonly withheld: readonly WithheldSubject[];
  readonly warnings: readonly CellWarning[];
  /** A spreadsheet was read (so that its `rejected` list belongs in the JSON document, even empty). */
  readonly sheet: boolean;
}

/**
 * A result with its JSON, made once for every output that prints it: compact (`JSON.stringify`)
 * and indented by 2. A worker thread may have made them already; otherwise they are made when
 * first read.
 */
export interface ReadyResult {
  readonly value: PrintedResult;
  readonly compact: string;
  /** `compact` in parts when it is made from the plan's pieces (see `resultJsonParts`): the scheme's at even places. */
  readonly parts: readonly string[] | undefined;
  readonly pretty: string;
  /** `pretty` as an element of the JSON output's `results` array (indented 4 further). */
  readonly inResults: string;
  /** `compact` in UTF-8, when a worker thread made it so: an output writes these bytes as they are. */
  readonly compactUtf8?: Uint8Array | undefined;
  /** `inResults` in UTF-8, the same. */
  readonly inResultsUtf8?: Uint8Array | undefined;
}

/** What is known of a result's forms already: JSON a worker made (as text or as UTF-8), and the compiled scheme the result is of. */
export interface ReadyMade {
  readonly compact?: string | undefined;
  readonly pretty?: string | undefined;
  readonly compactUtf8?: Uint8Array | undefined;
  readonly inResultsUtf8?: Uint8Array | undefined;
  /** The scheme that made the result: its JSON is then made by `resultJson`, from pieces for a result without lines. */
  readonly scheme?: CompiledScheme | undefined;
}

const utf8 = new TextDecoder();

/**
 * A result's forms, each made when first read. A class rather than an object literal with getters:
 * a literal's accessors are made afresh for every result (about 3 µs each, against 0.05 µs for an
 * instance), and a run makes one per subject.
 */
class ReadyResultOf implements ReadyResult {
  #value: PrintedResult | undefined;
  readonly #parse: (() => PrintedResult) | undefined;
  readonly #scheme: CompiledScheme | undefined;
  #compact: string | undefined;
  #parts: readonly string[] | null | undefined;
  #pretty: string | undefined;
  #inResults: string | undefined;
  readonly compactUtf8: Uint8Array | undefined;
  readonly inResultsUtf8: Uint8Array | undefined;

  constructor(value: PrintedResult | (() => PrintedResult), made: ReadyMade) {
    if (typeof value === 'function') this.#parse = value;
    else this.#value = value;
    this.#compact = made.compact;
    this.#pretty = made.pretty;
    this.compactUtf8 = made.compactUtf8;
    this.inResultsUtf8 = made.inResultsUtf8;
    this.#scheme = made.scheme;
  }

  get value(): PrintedResult {
    this.#value ??= (this.#parse as () => PrintedResult)();
    return this.#value;
  }

  get compact(): string {
    this.#compact ??= this.compactUtf8 === undefined ? (this.parts?.join('') ?? JSON.stringify(this.value)) : utf8.decode(this.compactUtf8);
    return this.#compact;
  }

  get parts(): readonly string[] | undefined {
    // JSON made elsewhere (a worker's) is whole already.
    if (this.#parts === undefined) this.#parts = this.#scheme === undefined || this.#compact !== undefined || this.compactUtf8 !== undefined ? null : (resultJsonParts(this.#scheme, this.value) ?? null);
    return this.#parts ?? undefined;
  }

  get pretty(): string {
    this.#pretty ??= this.#scheme === undefined ? JSON.stringify(this.value, null, 2) : resultJson(this.#scheme, this.value, 2);
    return this.#pretty;
  }

  get inResults(): string {
    // JSON already made (a worker's, or from a plan's pieces) is indented again; any other result is written indented at once.
    this.#inResults ??=
      this.inResultsUtf8 !== undefined
        ? utf8.decode(this.inResultsUtf8)
        : this.#pretty === undefined && this.#scheme === undefined
          ? resultsElementJson(this.value)
          : indentedJson(this.pretty, '    ');
    return this.#inResults;
  }
}

/**
 * A {@link ReadyResult} of a result object, or of the JSON a worker made (the object then parsed
 * only if some output needs it).
 *
 * @example
 * readyResult(result).compact === JSON.stringify(result) // true
 */
export function readyResult(value: PrintedResult | (() => PrintedResult), made: ReadyMade = {}): ReadyResult {
  return new ReadyResultOf(value, made);
}

/** Where a run's results go as they are made: each call is awaited, so a slow output slows the run down. */
export interface ResultsSink {
  result(result: ReadyResult): Promise<void>;
  /**
   * `result` at once, when the output can take it without waiting: true. False: nothing was
   * written, and the caller awaits `result`. Absent where there is no such way.
   */
  resultNow?(result: ReadyResult): boolean;
  failure(failure: SubjectFailure): Promise<void>;
  rejected(row: RejectedRow): Promise<void>;
  end(tail: RunTail): Promise<void>;
  /** The run stopped early: each output is left whole and says so (or is not written), and no temporary file stays. */
  abort(failure: RunFailure): Promise<void>;
}

/**
 * One sink feeding several (standard output, `--out`, `--rejects`), in order.
 *
 * @example
 * const sink = teeSink([jsonlSink(streamOut(process.stdout)), rejectsCsvSink(fileOut('rejects.csv'))]);
 */
export function teeSink(sinks: readonly ResultsSink[]): ResultsSink {
  // One output alone may take a result at once; of several, one could and another not.
  const only = sinks.length === 1 ? sinks[0] : undefined;
  return {
    async result(result) {
      for (const s of sinks) await s.result(result);
    },
    ...(only?.resultNow === undefined ? {} : { resultNow: (result: ReadyResult) => (only.resultNow as (r: ReadyResult) => boolean).call(only, result) }),
    async failure(failure) {
      for (const s of sinks) await s.failure(failure);
    },
    async rejected(row) {
      for (const s of sinks) await s.rejected(row);
    },
    async end(tail) {
      for (const s of sinks) await s.end(tail);
    },
    async abort(failure) {
      // Every output is finished even when one of them cannot be.
      const results = await Promise.allSettled(sinks.map((s) => s.abort(failure)));
      for (const r of results) if (r.status === 'rejected') throw r.reason;
    },
  };
}
