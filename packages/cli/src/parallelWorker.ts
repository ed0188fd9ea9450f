import { parentPort, workerData } from 'node:worker_threads';
import { appraiseScheme, compileScheme, isKaoheError, type CompiledScheme, type Locale, type OrgChartInput } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { heapBudget, setCollector, WORKER_HEAP_BUDGET_MB } from './heapBudget';
import type { BatchReply, Encoding, Outcome, WorkerSetup } from './parallelProtocol';

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
function encoded(result: unknown, encoding: Encoding): Outcome {
  return {
    ok: true,
    ...(encoding.value ? { value: result } : {}),
    ...(encoding.compact ? { compact: JSON.stringify(result) } : {}),
    ...(encoding.pretty ? { pretty: JSON.stringify(result, null, 2) } : {}),
  } as Outcome;
}

async function appraiseBatch(compiled: CompiledScheme, inputs: readonly unknown[], locale: Locale, org: OrgChartInput | undefined): Promise<Outcome[]> {
  // A result crosses threads as data, lines and all: built at once, they are not paid for twice.
  const explain = setup.explain ? ('eager' as const) : false;
  const context = org === undefined ? { locale, explain } : { locale, org, explain };
  const outcomes: Outcome[] = [];
  for (const input of inputs) {
    tick();
    try {
      outcomes.push(encoded(await appraiseScheme(compiled, input, context), setup.encoding));
    } catch (error) {
      // Only kaohe's own errors belong to one subject; anything else is a fault of the run.
      if (!isKaoheError(error)) throw error;
      outcomes.push({ ok: false, issues: error.issues, context: error.context });
    }
  }
  return outcomes;
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
      appraiseBatch(ready, batch.inputs, setup.locale, setup.org).then(
        (outcomes) => port.postMessage({ id: batch.id, outcomes } satisfies BatchReply),
        (error: unknown) => port.postMessage({ id: batch.id, fault: { message: String(error instanceof Error ? (error.stack ?? error.message) : error) } } satisfies BatchReply),
      );
    });
  }
}
