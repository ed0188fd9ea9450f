import { appraiseRegime, appraiseScheme, appraiseSync, isKaoheError, type CompiledScheme, type KaoheError, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { appraiseParallel, appraiseParallelUtf8, DEFAULT_BATCH } from './appraiseParallel';
import type { Encoding } from './parallelProtocol';
import { readyResult, type PrintedResult, type ReadyResult } from './resultsSink';

const utf8 = new TextDecoder();

/** One subject of a run, in input order: its result or kaohe's error, and whether the input holds more than one. */
export type Step = { readonly index: number; readonly input: unknown; readonly several: boolean } & (
  | { readonly ok: true; readonly result: ReadyResult }
  | { readonly ok: false; readonly error: KaoheError }
);

/** How a run appraises: the scheme once compiled here, and as data for worker threads. */
export interface StepOptions {
  readonly compiled: CompiledScheme;
  /** A preset id or scheme JSON, for the workers to rebuild the scheme from. */
  readonly scheme: string | object;
  readonly jobs: number;
  readonly locale: Locale;
  readonly org: OrgChartInput | undefined;
  /** The JSON forms the outputs print, made on the workers' threads. */
  readonly encoding: Encoding;
  /** Every line built with its result, or none (`--no-lines`). */
  readonly explain: 'eager' | false;
}

/** Each item with its index, and whether the input holds more than one (known by reading one item ahead). */
async function* withLookahead<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<{ item: T; index: number; several: boolean }> {
  let index = 0;
  let previous: { readonly item: T } | null = null;
  for await (const item of items) {
    if (previous !== null) yield { item: previous.item, index: index - 1, several: true };
    previous = { item };
    index++;
  }
  if (previous !== null) yield { item: previous.item, index: index - 1, several: index > 1 };
}

/**
 * How this thread makes a subject's step. Without a promise when the scheme has no rule to await
 * (a penalty regime, a scorecard without `condition` rules): the same result as `appraiseScheme`.
 */
function stepMaker(options: StepOptions): (input: unknown, index: number, several: boolean) => Step | Promise<Step> {
  // Every result is printed whole, lines and all: built at once, they are not paid for twice.
  const { explain, compiled } = options;
  const context = options.org === undefined ? { locale: options.locale, explain } : { locale: options.locale, org: options.org, explain };
  // Results without lines have a shape the scheme's plan knows, whose JSON is made from its pieces; results with lines are walked.
  const made = { scheme: explain === false ? compiled : undefined };
  const failed = (error: unknown, input: unknown, index: number, several: boolean): Step => {
    if (!isKaoheError(error)) throw error;
    return { index, input, several, ok: false, error };
  };
  const now: ((input: unknown) => SchemeResult) | null =
    compiled.kind === 'compiledPenaltyRegime'
      ? (input) => appraiseRegime(compiled, input, context)
      : compiled.requiresAsync
        ? null
        : (input) => appraiseSync(compiled, input, context);
  if (now === null) {
    return async (input, index, several) => {
      try {
        return { index, input, several, ok: true, result: readyResult(await appraiseScheme(compiled, input, context), made) };
      } catch (error) {
        return failed(error, input, index, several);
      }
    };
  }
  return (input, index, several) => {
    try {
      return { index, input, several, ok: true, result: readyResult(now(input), made) };
    } catch (error) {
      return failed(error, input, index, several);
    }
  };
}

async function* inProcess(items: AsyncIterable<unknown> | Iterable<unknown>, options: StepOptions): AsyncGenerator<Step> {
  const step = stepMaker(options);
  for await (const { item: input, index, several } of withLookahead(items)) yield await step(input, index, several);
}

/**
 * The steps of inputs read a batch at a time, appraised in this thread a batch at a time: the
 * same steps, in the same order, as {@link appraiseSteps} with `jobs` 1, with one promise per
 * batch (for a scheme with no rule to await) rather than several per subject.
 *
 * @example
 * for await (const steps of inProcessBatches(sheet.batches, options)) for (const step of steps) print(step);
 */
export async function* inProcessBatches(batches: AsyncIterable<readonly unknown[]>, options: StepOptions): AsyncGenerator<readonly Step[]> {
  const step = stepMaker(options);
  let index = 0;
  // The first input's step waits for a second input, which tells whether the input holds several.
  let first: Step | null = null;
  for await (const batch of batches) {
    const steps: Step[] = [];
    for (const input of batch) {
      const made = step(input, index, true);
      const next = made instanceof Promise ? await made : made;
      if (index++ === 0) first = next;
      else {
        if (first !== null) steps.push(first);
        first = null;
        steps.push(next);
      }
    }
    if (steps.length > 0) yield steps;
  }
  if (first !== null) yield [{ ...first, several: false }];
}

/** The items read ahead, then the rest; the rest is closed when the reader stops early. */
async function* joined(head: readonly unknown[], rest: AsyncIterator<unknown> | Iterator<unknown>): AsyncGenerator<unknown> {
  let done = false;
  try {
    yield* head;
    for (;;) {
      const next = await rest.next();
      if (next.done === true) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await rest.return?.();
  }
}

/**
 * The subjects of a run appraised in order: on `jobs` worker threads (see appraiseParallel), or
 * in this thread for `jobs` 1 and for an input of no more than one batch, where starting threads
 * would cost more than it saves. Either way the steps are the same, so the outputs are the same bytes.
 */
export async function* appraiseSteps(items: AsyncIterable<unknown> | Iterable<unknown>, options: StepOptions): AsyncGenerator<Step> {
  if (options.jobs <= 1) {
    yield* inProcess(items, options);
    return;
  }
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<unknown>)[Symbol.iterator]();
  const head: unknown[] = [];
  let ended = false;
  while (head.length <= DEFAULT_BATCH) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  if (ended) {
    yield* inProcess(head, options);
    return;
  }
  const parallel = { jobs: options.jobs, locale: options.locale, encoding: options.encoding, explain: options.explain, ...(options.org === undefined ? {} : { org: options.org }) };
  const rest = joined(head, iterator);
  if (!options.encoding.value) {
    // JSON only: the workers' UTF-8 goes out as it is, parsed or decoded only if an output asks.
    for await (const outcome of appraiseParallelUtf8(options.scheme, rest, parallel)) {
      const { index, input } = outcome;
      if (!outcome.ok) {
        yield { index, input, several: true, ok: false, error: outcome.error };
        continue;
      }
      const { compact, inResults } = outcome;
      const parse = (): PrintedResult => JSON.parse(utf8.decode(compact ?? inResults)) as PrintedResult;
      yield { index, input, several: true, ok: true, result: readyResult(parse, { compactUtf8: compact, inResultsUtf8: inResults }) };
    }
    return;
  }
  for await (const outcome of appraiseParallel(options.scheme, rest, parallel)) {
    const { index, input } = outcome;
    yield outcome.ok
      ? { index, input, several: true, ok: true, result: readyResult(() => outcome.result, { compact: outcome.compact, pretty: outcome.pretty }) }
      : { index, input, several: true, ok: false, error: outcome.error };
  }
}
