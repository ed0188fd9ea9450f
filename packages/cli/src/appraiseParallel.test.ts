import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appraiseScheme, compileScheme, isKaoheError, type OrgChartInput } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { subjectArray } from '../../../bench/generate.mjs';
import { appraiseParallel, appraiseParallelUtf8, runParallel, type ParallelOutcome, type Utf8Outcome } from './appraiseParallel';
import { resultsElementJson } from './indentedJson';
import { WorkerError } from './WorkerError';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'kaohe-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What one thread makes of the same inputs: a result's JSON, or the error's code and message. */
async function inProcess(id: string, inputs: readonly unknown[], org?: OrgChartInput): Promise<string[]> {
  const compiled = compileScheme(getPreset(id)?.scheme, { schemes: presetSchemes });
  const out: string[] = [];
  for (const input of inputs) {
    try {
      out.push(JSON.stringify(await appraiseScheme(compiled, input, org === undefined ? {} : { org })));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      out.push(`${error.code}: ${error.message}`);
    }
  }
  return out;
}

const shown = (o: ParallelOutcome): string => (o.ok ? JSON.stringify(o.result) : `${o.error.code}: ${o.error.message}`);

async function collect(iterable: AsyncIterable<ParallelOutcome>): Promise<ParallelOutcome[]> {
  const out: ParallelOutcome[] = [];
  for await (const o of iterable) out.push(o);
  return out;
}

describe('appraiseParallel', () => {
  it('gives the worked examples the same JSON as one thread, in input order', { timeout: 120_000 }, async () => {
    const cases: Array<[string, string, string?]> = [
      ['tech-support-center/department-manager', 'examples/subjects/example-a.json'],
      ['tech-support-center/implementation-engineer', 'examples/subjects/example-d.json'],
      ['tech-support-center/after-sales-supervisor', 'examples/subjects/example-e.json'],
      ['tech-support-center/idc-engineer', 'examples/subjects/example-f.json'],
      ['ops-department/customer-service-rep', 'examples/subjects/example-g.json'],
      ['tech-department/presales-project', 'examples/subjects/example-h.json'],
      ['broadband-field-ops/technician', 'examples/subjects/example-k.json', 'examples/orgs/broadband-field-ops.json'],
    ];
    for (const [id, file, orgFile] of cases) {
      const data = json(file);
      const inputs = Array.isArray(data) ? data : [data];
      const org = orgFile === undefined ? undefined : (json(orgFile) as OrgChartInput);
      const outcomes = await collect(appraiseParallel(id, inputs, { jobs: 2, batch: 1, ...(org === undefined ? {} : { org }) }));
      expect(outcomes.map(shown), id).toEqual(await inProcess(id, inputs, org));
      expect(outcomes.every((o) => o.ok)).toBe(true);
    }
  });

  it('gives 3,000 generated subjects, some broken, the same results and errors as one thread, compact JSON included', { timeout: 120_000 }, async () => {
    const id = 'tech-support-center/presales-engineer';
    const inputs: unknown[] = subjectArray(id, 3000, 11).map((s, i) => (i % 101 === 5 ? { ...s, facts: {} } : i % 211 === 9 ? { ...s, period: 'Q9' } : s));
    const expected = await inProcess(id, inputs);
    const scheme = getPreset(id)?.scheme as object;
    const outcomes = await collect(appraiseParallel(scheme, (async function* () { yield* inputs; })(), { jobs: 2, batch: 7, encoding: { compact: true } }));
    expect(outcomes.map((o) => o.index)).toEqual(inputs.map((_, i) => i));
    expect(outcomes.map(shown)).toEqual(expected);
    expect(outcomes.filter((o) => !o.ok).length).toBe(expected.filter((e) => !e.startsWith('{')).length);
    expect(outcomes.filter((o) => !o.ok).length).toBeGreaterThan(30);
    for (const o of outcomes) if (o.ok) expect(o.compact).toBe(expected[o.index]);
  });

  it('splits the JSON a worker joined per batch back into each subject\'s compact and indented forms, around the errors', { timeout: 60_000 }, async () => {
    const id = 'tech-support-center/presales-engineer';
    // Errors first, last and side by side in a batch, and a batch of errors only.
    const broken = new Set([0, 4, 5, 6, 7, 8, 9, 23, 299]);
    const inputs: unknown[] = subjectArray(id, 300, 5).map((s, i) => (broken.has(i) ? { ...s, facts: {} } : s));
    const expected = await inProcess(id, inputs);
    const outcomes = await collect(appraiseParallel(id, inputs, { jobs: 2, batch: 5, encoding: { compact: true, pretty: true } }));
    expect(outcomes.map((o) => o.index)).toEqual(inputs.map((_, i) => i));
    expect(outcomes.map(shown)).toEqual(expected);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.index)).toEqual([...broken]);
    for (const o of outcomes) {
      if (!o.ok) continue;
      expect(o.compact).toBe(expected[o.index]);
      expect(o.pretty).toBe(JSON.stringify(JSON.parse(expected[o.index] as string), null, 2));
    }
    // The result is an own property: a copy of the outcome carries it.
    const copies = outcomes.filter((o) => o.ok).map((o) => ({ ...o }));
    expect(copies.map((c) => JSON.stringify(c.result))).toEqual(expected.filter((_, i) => !broken.has(i)));
    expect(Object.keys(copies[0] as object).sort()).toEqual(['compact', 'index', 'input', 'ok', 'pretty', 'result']);
  });

  it('gives each subject\'s JSON as the UTF-8 its worker transferred: compact and as an element of the results array, around the errors', { timeout: 60_000 }, async () => {
    const id = 'tech-support-center/presales-engineer';
    const broken = new Set([0, 4, 5, 6, 7, 8, 9, 23, 299]);
    const inputs: unknown[] = subjectArray(id, 300, 5).map((s, i) => (broken.has(i) ? { ...s, facts: {} } : s));
    const expected = await inProcess(id, inputs);
    const outcomes: Utf8Outcome[] = [];
    for await (const o of appraiseParallelUtf8(id, inputs, { jobs: 2, batch: 5, encoding: { compact: true, pretty: true } })) outcomes.push(o);
    expect(outcomes.map((o) => o.index)).toEqual(inputs.map((_, i) => i));
    expect(outcomes.map((o) => (o.ok ? null : `${o.error.code}: ${o.error.message}`)).filter((e) => e !== null)).toEqual(expected.filter((_, i) => broken.has(i)));
    const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
    for (const o of outcomes) {
      if (!o.ok) continue;
      expect(text(o.compact)).toBe(expected[o.index]);
      expect(text(o.inResults)).toBe(resultsElementJson(JSON.parse(expected[o.index] as string)));
    }
    // Only compact asked: no second text per subject.
    const compactOnly: Utf8Outcome[] = [];
    for await (const o of appraiseParallelUtf8(id, inputs.slice(0, 40), { jobs: 2, batch: 6, encoding: { compact: true } })) compactOnly.push(o);
    expect(compactOnly.map((o) => (o.ok ? [text(o.compact), o.inResults] : `${o.error.code}: ${o.error.message}`))).toEqual(expected.slice(0, 40).map((e, i) => (broken.has(i) ? e : [e, undefined])));
  });

  it('reads the inputs only as the workers need them: never more than 2 × jobs × batch ahead', async () => {
    const id = 'tech-support-center/presales-engineer';
    const inputs = subjectArray(id, 2000, 3);
    let pulled = 0;
    let yielded = 0;
    let most = 0;
    function* source(): Generator<unknown> {
      for (const input of inputs) {
        pulled++;
        yield input;
      }
    }
    for await (const o of appraiseParallel(id, source(), { jobs: 2, batch: 10 })) {
      expect(o.ok).toBe(true);
      yielded++;
      most = Math.max(most, pulled - yielded);
    }
    expect(yielded).toBe(2000);
    expect(most).toBeLessThanOrEqual(2 * 2 * 10);
  });

  it('stops the input and the workers when the caller stops early', async () => {
    const id = 'tech-support-center/presales-engineer';
    let closed = false;
    function* source(): Generator<unknown> {
      try {
        yield* subjectArray(id, 1000, 5);
      } finally {
        closed = true;
      }
    }
    let seen = 0;
    for await (const o of appraiseParallel(id, source(), { jobs: 2, batch: 4 })) {
      expect(o.index).toBe(seen);
      if (++seen === 10) break;
    }
    expect(closed).toBe(true);
  });

  it('refuses an unknown preset or a bad scheme before starting a worker', async () => {
    await expect(collect(appraiseParallel('no/such-preset', []))).rejects.toThrow(/no preset "no\/such-preset"/);
    await expect(collect(appraiseParallel({ kind: 'scorecard' }, []))).rejects.toSatisfy(isKaoheError);
  });

  it('ends with a WorkerError naming the cause when a worker throws or exits, instead of waiting', async () => {
    const id = 'tech-support-center/presales-engineer';
    const inputs = subjectArray(id, 50, 1);
    const throwing = join(dir, 'throwing.mjs');
    writeFileSync(throwing, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom in the worker'); });\n");
    const exiting = join(dir, 'exiting.mjs');
    writeFileSync(exiting, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const thrown = collect(runParallel(new URL(`file://${throwing}`), id, inputs, { jobs: 2, batch: 5 }));
    await expect(thrown).rejects.toBeInstanceOf(WorkerError);
    await expect(thrown).rejects.toThrow(/boom in the worker/);
    await expect(collect(runParallel(new URL(`file://${exiting}`), id, inputs, { jobs: 2, batch: 5 }))).rejects.toThrow(/a worker thread stopped, so the run was ended: exit code 3/);
  });
});
