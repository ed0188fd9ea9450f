import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { jsonlSink } from './jsonlSink';
import { jsonSink } from './jsonSink';
import { readyResult, teeSink, type PrintedResult, type ReadyResult, type ResultsSink } from './resultsSink';
import { streamOut, type TextOut } from './textOut';

const PRESALES = 'tech-support-center/presales-engineer';
const compiled = compile(getPreset(PRESALES)?.scheme, { schemes: presetSchemes });
const results = subjectArray(PRESALES, 3, 4).map((s) => appraiseSync(compiled, s, { explain: 'eager' }) as PrintedResult);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The result as a worker thread sends it: its JSON in UTF-8 only, parsed if an output asks. */
const fromWorker = (result: PrintedResult, forms: { compact: boolean; inResults: boolean }): ReadyResult => {
  const made = readyResult(result);
  const compactUtf8 = forms.compact ? utf8(made.compact) : undefined;
  const inResultsUtf8 = forms.inResults ? utf8(made.inResults) : undefined;
  return readyResult(() => JSON.parse(new TextDecoder().decode(compactUtf8 ?? inResultsUtf8)) as PrintedResult, { compactUtf8, inResultsUtf8 });
};

/** What a sink writes for some results, the bytes of each write decoded. */
async function written(sinkOf: (out: TextOut) => ResultsSink, ready: readonly ReadyResult[]): Promise<string> {
  let text = '';
  const out: TextOut = { write: async (t) => void (text += typeof t === 'string' ? t : new TextDecoder().decode(t)), close: async () => undefined };
  const sink = sinkOf(out);
  for (const r of ready) await sink.result(r);
  await sink.end({ summary: { read: 3, appraised: 3, rejected: 0, errors: 0, blank: 0 }, withheld: [], warnings: [], sheet: false });
  return text;
}

describe('readyResult of a worker thread\'s UTF-8', () => {
  it('gives the same forms and value as the result itself, each made from the bytes there are', () => {
    for (const result of results) {
      const mine = readyResult(result);
      for (const forms of [{ compact: true, inResults: false }, { compact: false, inResults: true }, { compact: true, inResults: true }]) {
        const theirs = fromWorker(result, forms);
        expect([theirs.compact, theirs.pretty, theirs.inResults]).toEqual([mine.compact, mine.pretty, mine.inResults]);
        expect(theirs.value).toEqual(JSON.parse(mine.compact));
      }
    }
  });

  it('is written by the JSON Lines and JSON outputs as the same bytes as the result itself', async () => {
    const both = { compact: true, inResults: true };
    expect(await written(jsonlSink, results.map((r) => fromWorker(r, both)))).toBe(await written(jsonlSink, results.map((r) => readyResult(r))));
    const json = (out: TextOut): ResultsSink => jsonSink(out, { holdRejected: true });
    const document = await written(json, results.map((r) => fromWorker(r, both)));
    expect(document).toBe(await written(json, results.map((r) => readyResult(r))));
    expect(document).toBe(`${JSON.stringify({ results }, null, 2)}\n`);
  });

  it('is written without being parsed or made into text', async () => {
    const unparsed = results.map((r) => {
      const { compactUtf8, inResultsUtf8 } = fromWorker(r, { compact: true, inResults: true });
      return readyResult(() => {
        throw new Error('parsed');
      }, { compactUtf8, inResultsUtf8 });
    });
    expect(await written(jsonlSink, unparsed)).toBe(await written(jsonlSink, results.map((r) => readyResult(r))));
    expect(await written((out) => jsonSink(out, { holdRejected: true }), unparsed)).toBe(`${JSON.stringify({ results }, null, 2)}\n`);
  });
});

describe('readyResult', () => {
  it('makes the JSON of a result without lines of a known scheme from the plan’s pieces, as JSON.stringify would write it', () => {
    for (const input of subjectArray(PRESALES, 20, 7)) {
      const result = appraiseSync(compiled, input, { explain: false });
      const spy = vi.spyOn(JSON, 'stringify');
      const ready = readyResult(result, { scheme: compiled });
      const [compact, pretty, inResults] = [ready.compact, ready.pretty, ready.inResults];
      const walked = spy.mock.calls.some(([value]) => value === result);
      spy.mockRestore();
      expect(walked).toBe(false);
      expect(compact).toBe(JSON.stringify(result));
      expect(pretty).toBe(JSON.stringify(result, null, 2));
      expect(inResults).toBe(readyResult(result).inResults);
    }
  });
});

describe('resultNow', () => {
  const many = subjectArray(PRESALES, 400, 9).map((s) => appraiseSync(compiled, s, { explain: false }) as PrintedResult);
  /** The bytes a JSON Lines sink over a Node stream writes, each result at once when the sink takes it so. */
  async function jsonl(ready: readonly ReadyResult[], sinkOf: (out: TextOut) => ResultsSink, now: boolean): Promise<{ text: string; atOnce: number }> {
    const writes: Buffer[] = [];
    const sink = sinkOf(streamOut(new Writable({ write: (chunk: Buffer, _e, done) => void (writes.push(chunk), done()) })));
    let atOnce = 0;
    for (const r of ready) {
      if (now && sink.resultNow?.(r) === true) atOnce++;
      else await sink.result(r);
    }
    await sink.end({ summary: { read: ready.length, appraised: ready.length, rejected: 0, errors: 0, blank: 0 }, withheld: [], warnings: [], sheet: false });
    return { text: Buffer.concat(writes).toString('utf8'), atOnce };
  }

  it('writes the JSON Lines of results from the plan’s pieces at once, as the same bytes as result()', async () => {
    const planned = (): ReadyResult[] => many.map((r) => readyResult(r, { scheme: compiled }));
    const awaited = await jsonl(planned(), jsonlSink, false);
    const now = await jsonl(planned(), jsonlSink, true);
    expect(now.text).toBe(awaited.text);
    expect(now.atOnce).toBeGreaterThan(many.length / 2);
    // Through the outputs of `kaohe appraise` when standard output is the only one.
    expect((await jsonl(planned(), (out) => teeSink([jsonlSink(out)]), true)).text).toBe(awaited.text);
  });

  it('declines what it cannot write at once: JSON made elsewhere, or a result for several outputs', () => {
    const sink = jsonlSink(streamOut(new Writable({ write: (_c, _e, done) => done() })));
    expect(sink.resultNow?.(fromWorker(results[0] as PrintedResult, { compact: true, inResults: false }))).toBe(false);
    expect(teeSink([sink, sink]).resultNow).toBeUndefined();
    // A writer of text only (no Node stream) gathers nothing to take a result into.
    expect(jsonlSink({ write: async () => undefined, close: async () => undefined }).resultNow).toBeUndefined();
  });
});
