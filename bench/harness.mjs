// The comparison harness: every implementation of a scheme, and the check that they all give
// kaohe's totals and bands for every subject. Used by `pnpm bench` and by bench/bench.test.ts.
import { appraise, appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { handwritten } from './impl/handwritten.mjs';
import { integer } from './impl/integer.mjs';
import { createJsonRulesEngine } from './impl/jsonRulesEngine.mjs';
import { createZen } from './impl/zen.mjs';

/** How many zen-engine evaluations the in-flight variant keeps going at once. */
export const ZEN_IN_FLIGHT = 64;

export const SCHEME_IDS = ['tech-support-center/network-ops-supervisor', 'tech-support-center/presales-engineer'];

/** The preset compiled once, as a user would. */
export function compilePreset(id) {
  const entry = getPreset(id);
  if (entry === undefined) throw new Error(`no preset ${id}`);
  return compile(entry.scheme, { schemes: presetSchemes });
}

const summary = (appraisal) => ({ total: appraisal.total, band: appraisal.band === null ? null : appraisal.band.id });
/** The summary of a result whose lines were all read, as serialising it for output does. */
const readAll = (appraisal) => (JSON.stringify(appraisal).length > 0 ? summary(appraisal) : undefined);

/**
 * Every implementation of each scheme. Synchronous ones are marked, so that the timing loop does
 * not await them. `zenError` says why zen-engine is missing, when it is.
 */
export async function loadImplementations() {
  const jre = createJsonRulesEngine();
  const zen = await createZen();
  const byScheme = {};
  for (const id of SCHEME_IDS) {
    const compiled = compilePreset(id);
    const evaluatorOnly = { ...compiled };
    const list = [
      { name: 'kaohe appraiseSync', key: 'kaohe', sync: true, run: (input) => summary(appraiseSync(compiled, input)), raw: (input) => appraiseSync(compiled, input) },
      { name: 'kaohe await appraise', key: 'kaoheAsync', sync: false, run: async (input) => summary(await appraise(compiled, input)) },
      { name: 'kaohe appraiseSync explain: false', key: 'kaoheBare', sync: true, run: (input) => summary(appraiseSync(compiled, input, { explain: false })) },
      // What reading the explanation costs: serialising a result reads every line, as the CLI does.
      { name: 'kaohe appraiseSync, lines read (JSON.stringify)', key: 'kaoheRead', sync: true, run: (input) => readAll(appraiseSync(compiled, input)) },
      // The decimal evaluator alone, as before the plan: a copy of the compiled scheme has no plan.
      { name: 'kaohe decimal evaluator, no plan', key: 'kaoheEval', sync: true, run: (input) => summary(appraiseSync(evaluatorOnly, input)) },
      { name: '(a) json-rules-engine', key: 'jre', sync: false, run: jre[id] },
      { name: '(b) hand-written decimal.js', key: 'hand', sync: true, run: handwritten[id] },
      { name: '(d) hand-written scaled integers', key: 'int', sync: true, run: integer[id] },
    ];
    if (zen.implementations !== undefined) {
      list.push({ name: '(c) zen-engine, one call at a time', key: 'zen', sync: false, run: zen.implementations[id] });
      // zen's evaluate is asynchronous and runs on a thread pool: with many calls in flight it can use it.
      list.push({ name: `(c) zen-engine, ${ZEN_IN_FLIGHT} calls in flight`, key: 'zenFlight', sync: false, inFlight: ZEN_IN_FLIGHT, run: zen.implementations[id] });
    }
    byScheme[id] = list;
  }
  return { byScheme, zenError: zen.error ?? null, dispose: () => zen.engine?.dispose?.() };
}

/**
 * Runs every implementation on every subject and compares each result with kaohe's (total and
 * band). Returns, per implementation, how many subjects agreed and the first few that did not.
 */
export async function checkEquivalence(implementations, subjects) {
  const [reference, ...others] = implementations;
  const report = others.map((impl) => ({ name: impl.name, key: impl.key, agreed: 0, mismatches: 0, examples: [] }));
  for (const input of subjects) {
    const expected = reference.run(input);
    for (const [i, impl] of others.entries()) {
      const got = impl.sync ? impl.run(input) : await impl.run(input);
      const entry = report[i];
      if (got.total === expected.total && got.band === expected.band) entry.agreed += 1;
      else {
        entry.mismatches += 1;
        if (entry.examples.length < 3) entry.examples.push({ subject: input.subject, kaohe: expected, got });
      }
    }
  }
  return { subjects: subjects.length, report };
}
