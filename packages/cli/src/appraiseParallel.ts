import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileScheme, KaoheError, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { JOINED_SEPARATOR, type BatchReply, type Encoding, type JoinedFailure, type Outcome, type Utf8Reply, type WorkerSetup } from './parallelProtocol';
import { WorkerError } from './WorkerError';

/** Options of {@link appraiseParallel}. */
export interface AppraiseParallelOptions {
  /** Worker threads: by default the cores Node may use (`os.availableParallelism()`). */
  readonly jobs?: number;
  /** Subjects sent to a worker in one message (64 by default): fewer messages, at the cost of more held at once. */
  readonly batch?: number;
  /** Locale of the error messages (results carry both locales). */
  readonly locale?: Locale;
  /** The org chart a penalty regime's collective rules read. */
  readonly org?: OrgChartInput;
  /**
   * Which forms the workers send each result in. By default the object only; a program that writes
   * JSON can ask for `compact` (`JSON.stringify(result)`) or `pretty` (indented by 2) instead, made
   * on the worker's thread, and then `result` is parsed from it only when read.
   */
  readonly encoding?: Partial<Encoding>;
  /**
   * `false` for bulk runs: results without lines, as `appraiseSync(…, { explain: false })` gives
   * them (every `lines` of a scorecard's results empty, the figures the same; a penalty regime's
   * results keep theirs, as `appraiseRegime` has no such option). By default every line is built
   * with its result, which crosses threads whole.
   */
  readonly explain?: boolean | 'eager';
}

/** One subject's outcome, in input order: its result, or the kaohe error that kept it from one. */
export type ParallelOutcome =
  | { readonly index: number; readonly input: unknown; readonly ok: true; readonly result: SchemeResult; readonly compact?: string; readonly pretty?: string }
  | { readonly index: number; readonly input: unknown; readonly ok: false; readonly error: KaoheError };

/** Subjects sent to a worker per message when the caller does not say. */
export const DEFAULT_BATCH = 64;
/** Batches a worker holds at once: one being appraised and one waiting, so that it never idles on the main thread. */
const PER_WORKER = 2;

/** The built worker file; the sources (under test) use the built one beside them. */
function workerFile(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../dist/parallelWorker.js', here) : new URL('./parallelWorker.js', here);
}

/** A batch's outcomes as a worker sent them: one by one, or as joined JSON (text or UTF-8) and the failures apart. */
type Replied = { readonly outcomes: readonly Outcome[] } | { readonly joined: string; readonly failures: readonly JoinedFailure[] } | Utf8Reply;

/**
 * A subject's outcome with its JSON in UTF-8 as its worker made it (see Utf8Reply): `compact`, and
 * `inResults` (an element of the JSON output's results array), each as asked.
 */
export type Utf8Outcome =
  | { readonly index: number; readonly input: unknown; readonly ok: true; readonly compact: Uint8Array | undefined; readonly inResults: Uint8Array | undefined }
  | { readonly index: number; readonly input: unknown; readonly ok: false; readonly error: KaoheError };

interface Batch {
  readonly id: number;
  readonly first: number;
  readonly inputs: readonly unknown[];
  readonly done: Promise<Replied>;
  resolve(replied: Replied): void;
  reject(error: Error): void;
}

function newBatch(id: number, first: number, inputs: readonly unknown[]): Batch {
  let resolve!: (replied: Replied) => void;
  let reject!: (error: Error) => void;
  const done = new Promise<Replied>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  // Awaited in order later; a failure before then must not count as unhandled.
  done.catch(() => undefined);
  return { id, first, inputs, done, resolve, reject };
}

/**
 * A result that came as JSON, parsed only if `result` is read. `result` is an own enumerable
 * property, so that a spread copy of the outcome keeps it, and an accessor shared by every
 * outcome: an object literal's getter is made afresh for each subject (about 6 µs against 2–3 µs).
 */
class JsonOutcome {
  readonly ok = true;
  declare readonly compact?: string;
  declare readonly pretty?: string;
  declare readonly result: SchemeResult;
  #parsed: SchemeResult | undefined;

  static readonly #result: PropertyDescriptor = {
    enumerable: true,
    get(this: JsonOutcome): SchemeResult {
      this.#parsed ??= JSON.parse((this.compact ?? this.pretty) as string) as SchemeResult;
      return this.#parsed;
    },
  };

  constructor(
    readonly index: number,
    readonly input: unknown,
    compact: string | undefined,
    pretty: string | undefined,
  ) {
    if (compact !== undefined) this.compact = compact;
    if (pretty !== undefined) this.pretty = pretty;
    Object.defineProperty(this, 'result', JsonOutcome.#result);
  }
}

/** A subject kaohe could not appraise, as the caller sees it. */
type Failed = Extract<ParallelOutcome, { ok: false }>;

function failed(index: number, input: unknown, issues: JoinedFailure['issues'], context: string | undefined, locale: Locale): Failed {
  return { index, input, ok: false, error: new KaoheError(issues, { locale, ...(context === undefined ? {} : { context }) }) };
}

/** Each subject of a batch whose results came joined, in order: its failure, or what `success` makes of it. */
function* joinedOutcomes<T>(batch: Batch, failures: readonly JoinedFailure[], locale: Locale, success: (index: number, input: unknown) => T): Generator<T | Failed> {
  const { first, inputs } = batch;
  let failure = 0;
  for (let at = 0; at < inputs.length; at++) {
    const f = failures[failure];
    if (f !== undefined && f.at === at) {
      failure++;
      yield failed(first + at, inputs[at], f.issues, f.context, locale);
    } else yield success(first + at, inputs[at]);
  }
}

/** A batch's outcomes in order, as the caller sees them. */
function* outcomesOf(batch: Batch, replied: Replied, encoding: Encoding, locale: Locale): Generator<ParallelOutcome> {
  const { first, inputs } = batch;
  if ('outcomes' in replied) {
    for (let at = 0; at < replied.outcomes.length; at++) {
      const outcome = replied.outcomes[at] as Outcome;
      if (!outcome.ok) yield failed(first + at, inputs[at], outcome.issues, outcome.context, locale);
      else if (outcome.value !== undefined) yield { index: first + at, input: inputs[at], ok: true, result: outcome.value, ...(outcome.compact === undefined ? {} : { compact: outcome.compact }), ...(outcome.pretty === undefined ? {} : { pretty: outcome.pretty }) };
      else yield new JsonOutcome(first + at, inputs[at], outcome.compact, outcome.pretty);
    }
    return;
  }
  if (!('joined' in replied)) throw new Error('a reply in UTF-8 to a run that asked for text');
  const texts = replied.joined.split(JOINED_SEPARATOR);
  let text = 0;
  yield* joinedOutcomes(batch, replied.failures, locale, (index, input) => {
    const compact = encoding.compact ? texts[text++] : undefined;
    const pretty = encoding.pretty ? texts[text++] : undefined;
    return new JsonOutcome(index, input, compact, pretty);
  });
}

/** A batch's outcomes in order, their JSON in UTF-8: views of the buffer the worker transferred. */
function utf8Outcomes(batch: Batch, replied: Replied, encoding: Encoding, locale: Locale): Generator<Utf8Outcome> {
  if (!('bytes' in replied)) throw new Error('a reply in text to a run that asked for UTF-8');
  const { bytes, ends } = replied;
  let text = 0;
  const next = (): Uint8Array => bytes.subarray(text === 0 ? 0 : ends[text - 1], ends[text++]);
  return joinedOutcomes(batch, replied.failures, locale, (index, input) => {
    const compact = encoding.compact ? next() : undefined;
    const inResults = encoding.pretty ? next() : undefined;
    return { index, input, ok: true as const, compact, inResults };
  });
}

/** A pool of worker threads; each batch goes to the least busy. */
class Pool {
  private readonly workers: Array<{ readonly worker: Worker; readonly held: Map<number, Batch> }> = [];
  private failure: Error | null = null;

  constructor(file: URL, jobs: number, setup: WorkerSetup, locale: Locale) {
    for (let i = 0; i < jobs; i++) {
      // A small young generation: a worker's garbage is short-lived, and each worker's counts in the process's memory.
      const worker = new Worker(file, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot = { worker, held: new Map<number, Batch>() };
      worker.on('message', (reply: BatchReply) => {
        if (!('fault' in reply)) {
          const batch = slot.held.get(reply.id);
          slot.held.delete(reply.id);
          batch?.resolve(reply);
          return;
        }
        const { fault } = reply;
        this.fail('issues' in fault ? new KaoheError(fault.issues, { locale, ...(fault.context === undefined ? {} : { context: fault.context }) }) : new WorkerError(locale, fault.message));
      });
      worker.on('error', (error) => this.fail(new WorkerError(locale, error.stack ?? error.message)));
      worker.on('exit', (code) => {
        if (this.failure === null) this.fail(new WorkerError(locale, `exit code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  /** Rejects every batch held: a run that lost a batch cannot keep its order. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const { held } of this.workers) {
      for (const batch of held.values()) batch.reject(this.failure);
      held.clear();
    }
  }

  send(batch: Batch): void {
    if (this.failure !== null) {
      batch.reject(this.failure);
      return;
    }
    // The least busy worker: batches of uneven cost then spread by themselves.
    let slot = this.workers[0];
    for (const s of this.workers) if (slot === undefined || s.held.size < slot.held.size) slot = s;
    if (slot === undefined) throw new Error('no worker');
    slot.held.set(batch.id, batch);
    slot.worker.postMessage({ id: batch.id, inputs: batch.inputs });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * Appraises subjects on worker threads and yields their outcomes in input order, the same
 * results as `appraiseScheme`/`appraiseSync` on one thread. The inputs are read as the workers
 * need them, in batches of `batch` subjects per message, never more than 2 × jobs × batch
 * subjects held at once, so that memory stays flat over any number of subjects. A subject kaohe
 * cannot appraise is an outcome with its error, and the run goes on; a worker that stops (an
 * exception outside kaohe, out of memory) ends the run with a {@link WorkerError} rather than
 * waiting for it.
 *
 * The scheme crosses to the workers as data — a preset id or scheme JSON (its `extends` looked
 * up among the presets) — because functions cannot. It lives in `@kaohe/cli` rather than
 * `@kaohe/core` because it needs Node's worker threads and the presets, while the core stays
 * free of both and runs in browsers.
 *
 * @example
 * for await (const outcome of appraiseParallel('tech-support-center/presales-engineer', subjects, { jobs: 4 })) {
 *   if (outcome.ok) write(outcome.result);
 *   else console.error(outcome.error.message);
 * }
 * @throws {KaoheError} when the scheme does not compile (checked before any worker starts).
 * @throws {WorkerError} when a worker thread stops or fails outside kaohe's own errors.
 */
export function appraiseParallel(scheme: string | object, inputs: Iterable<unknown> | AsyncIterable<unknown>, options: AppraiseParallelOptions = {}): AsyncGenerator<ParallelOutcome, void, undefined> {
  return runParallel(workerFile(), scheme, inputs, options);
}

/** {@link appraiseParallel} with the worker file given (the tests start workers that fail). */
export function runParallel(
  file: URL,
  scheme: string | object,
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: AppraiseParallelOptions = {},
): AsyncGenerator<ParallelOutcome, void, undefined> {
  return parallelRun(file, scheme, inputs, options, false, outcomesOf);
}

/**
 * {@link appraiseParallel} for a program that writes JSON: each result's JSON in UTF-8 as its
 * worker made it (`compact`, and for `pretty` the element of the JSON output's results array),
 * never a string on this thread.
 *
 * @example
 * for await (const o of appraiseParallelUtf8('tech-support-center/presales-engineer', subjects, { jobs: 2, encoding: { compact: true } })) {
 *   if (o.ok) process.stdout.write(o.compact as Uint8Array);
 * }
 * @throws {KaoheError} when the scheme does not compile (checked before any worker starts).
 * @throws {WorkerError} when a worker thread stops or fails outside kaohe's own errors.
 */
export function appraiseParallelUtf8(scheme: string | object, inputs: Iterable<unknown> | AsyncIterable<unknown>, options: AppraiseParallelOptions = {}): AsyncGenerator<Utf8Outcome, void, undefined> {
  return parallelRun(workerFile(), scheme, inputs, { ...options, encoding: { ...options.encoding, value: false } }, true, utf8Outcomes);
}

/** Runs the pool over the inputs and yields what `each` makes of every batch's reply, in input order. */
async function* parallelRun<T>(
  file: URL,
  scheme: string | object,
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: AppraiseParallelOptions,
  utf8: boolean,
  each: (batch: Batch, replied: Replied, encoding: Encoding, locale: Locale) => Iterable<T>,
): AsyncGenerator<T, void, undefined> {
  const locale = options.locale ?? 'en';
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const size = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
  const data = typeof scheme === 'string' ? getPreset(scheme)?.scheme : scheme;
  if (data === undefined) throw new KaoheError({ code: 'scheme_invalid', path: [], params: { reason: { en: `no preset "${String(scheme)}"`, 'zh-CN': `没有预设 "${String(scheme)}"` } } }, { locale });
  // Compiled here first so that a bad scheme fails at once, with the caller's stack.
  compileScheme(data, { schemes: presetSchemes, locale });
  const encoding: Encoding = { value: options.encoding?.value ?? !(options.encoding?.compact === true || options.encoding?.pretty === true), compact: options.encoding?.compact ?? false, pretty: options.encoding?.pretty ?? false };
  const pool = new Pool(file, jobs, { scheme, locale, org: options.org, encoding, explain: options.explain !== false, utf8 }, locale);
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<unknown>)[Symbol.iterator]();
  const order: Batch[] = [];
  let read = 0;
  let ids = 0;
  let exhausted = false;
  try {
    for (;;) {
      // Batches read but not yet yielded, whether at a worker or done: the bound on memory.
      while (!exhausted && order.length < jobs * PER_WORKER) {
        const items: unknown[] = [];
        while (items.length < size) {
          const next = await iterator.next();
          if (next.done === true) {
            exhausted = true;
            break;
          }
          items.push(next.value);
        }
        if (items.length === 0) break;
        const batch = newBatch(ids++, read, items);
        read += items.length;
        order.push(batch);
        pool.send(batch);
      }
      const batch = order.shift();
      if (batch === undefined) return;
      yield* each(batch, await batch.done, encoding, locale);
    }
  } finally {
    if (!exhausted) await iterator.return?.();
    await pool.close();
  }
}
