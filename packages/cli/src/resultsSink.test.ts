import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it, vi } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { jsonlSink } from './jsonlSink';
import { jsonSink } from './jsonSink';
import { readyResult, type PrintedResult, type ReadyResult, type ResultsSink } from './resultsSink';
import type { TextOut } from './textOut';

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
