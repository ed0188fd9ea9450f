import { parentPort, workerData } from 'node:worker_threads';
import { appraiseScheme, compileScheme, isKaoheError, type CompiledScheme, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { heapBudget, setCollector, WORKER_HEAP_BUDGET_MB } from './heapBudget';
import { JOINED_SEPARATOR, type BatchReply, type Encoding, type JoinedFailure, type Outcome, type Utf8Reply, type WorkerSetup } from './parallelProtocol';
import { readyResult } from './resultsSink';

// A worker of appraiseParallel: it rebuilds the scheme from data (functions cannot cross threads),
// then appraises each batch it is sent and replies with the batch's outcomes in order.

const setup = workerData as WorkerSetup;
const port = parentPort;
// Present when the process exposed it (the kaohe command does), as for the main thread.
const gc = (globalThis as { gc?: unknown }).gc;
setCollector(typeof gc === 'function' ? (gc as () => void) : undefined);
const tick = heapBudget(WORKER_HEAP_BUDGET_MB);

function schemeData(scheme: WorkerSetup['scheme']): unknown {
  if (typeof scheme !== 'string') return scheme;
  const entry = getPreset(scheme);
  return entry === undefined ? scheme : entry.scheme;
}

/** The result in the forms the caller asked for: encoding here spares the main thread the JSON work. */
function encoded(compiled: CompiledScheme, result: SchemeResult, encoding: Encoding): Outcome {
  const ready = readyResult(result, { scheme: compiled });
  return {
    ok: true,
    ...(encoding.value ? { value: result } : {}),
    ...(encoding.compact ? { compact: ready.compact } : {}),
    ...(encoding.pretty ? { pretty: ready.pretty } : {}),
  } as Outcome;
}

/** Where a batch's UTF-8 is written first, grown as needed: one buffer for every batch. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

/** Texts in UTF-8, one after the other in a buffer of their own (to be transferred), and where each ends. */
function utf8Of(texts: readonly string[]): Pick<Utf8Reply, 'bytes' | 'ends'> {
  let room = 0;
  for (const text of texts) room += text.length * 3;
  if (room > scratch.length) scratch = Buffer.allocUnsafeSlow(room);
  const ends = new Uint32Array(texts.length);
  let used = 0;
  for (let i = 0; i < texts.length; i++) {
    used += scratch.write(texts[i] as string, used);
    ends[i] = used;
  }
  // Copied out at its size: the whole buffer crosses, and the worst case (3 bytes a unit) is about twice what JSON takes.
  return { bytes: new Uint8Array(scratch.subarray(0, used)), ends };
}

/** Each subject's result, or kaohe's error as data; anything else is a fault of the run and ends the batch. */
async function eachOutcome(compiled: CompiledScheme, inputs: readonly unknown[], onResult: (result: SchemeResult) => void, onFailure: (failure: JoinedFailure) => void): Promise<void> {
  // A result crosses threads as data, lines and all: built at once, they are not paid for twice.
  const explain = setup.explain ? ('eager' as const) : false;
  const { locale, org } = setup;
  const context = org === undefined ? { locale, explain } : { locale, org, explain };
  for (let at = 0; at < inputs.length; at++) {
    tick();
    let result: SchemeResult;
    try {
      result = await appraiseScheme(compiled, inputs[at], context);
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      onFailure({ at, issues: error.issues, context: error.context });
      continue;
    }
    onResult(result);
  }
}

async function appraiseBatch(compiled: CompiledScheme, id: number, inputs: readonly unknown[]): Promise<BatchReply> {
  const { encoding } = setup;
  if (encoding.value) {
    const outcomes: Outcome[] = [];
    await eachOutcome(compiled, inputs, (result) => outcomes.push(encoded(compiled, result, encoding)), ({ issues, context }) => outcomes.push({ ok: false, issues, context }));
    return { id, outcomes };
  }
  // Only JSON wanted: one string or buffer for the batch, as the per-subject objects and strings cost both threads more to cross than to make.
  const texts: string[] = [];
  const failures: JoinedFailure[] = [];
  const { utf8 } = setup;
  await eachOutcome(
    compiled,
    inputs,
    (result) => {
      const ready = readyResult(result, { scheme: compiled });
      if (encoding.compact) texts.push(ready.compact);
      if (encoding.pretty) texts.push(utf8 ? ready.inResults : ready.pretty);
    },
    (failure) => failures.push(failure),
  );
  return utf8 ? { id, ...utf8Of(texts), failures } : { id, joined: texts.join(JOINED_SEPARATOR), failures };
}

if (port !== null) {
  let compiled: CompiledScheme | null = null;
  try {
    compiled = compileScheme(schemeData(setup.scheme), { schemes: presetSchemes, locale: setup.locale });
  } catch (error) {
    port.postMessage({ id: -1, fault: isKaoheError(error) ? { issues: error.issues, context: error.context } : { message: String(error instanceof Error ? (error.stack ?? error.message) : error) } } satisfies BatchReply);
  }
  const ready = compiled;
  if (ready !== null) {
    port.on('message', (batch: { id: number; inputs: unknown[] }) => {
      appraiseBatch(ready, batch.id, batch.inputs).then(
        (reply) => port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []),
        (error: unknown) => port.postMessage({ id: batch.id, fault: { message: String(error instanceof Error ? (error.stack ?? error.message) : error) } } satisfies BatchReply),
      );
    });
  }
}
