import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvSheets } from './csvSheets.js';
import { decodeText } from './decodeText.js';
import type { RecordSheetRows } from './sheetSource.js';
import { RECORD_BATCHES } from './sheetSource.js';
import { splitPlainCsv, splitPlainLine } from './splitPlainCsv.js';

type LowLevelParser = { parse(input: string, base: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } } };
const Parser = (Papa as unknown as { Parser: new (config: object) => LowLevelParser }).Parser;

/** Text of the characters that matter to a CSV reader, quotes included or not. */
const csvText = (quotes: boolean): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(',', ',', '\t', ';', '\r', '\n', '\n', '\r\n', 'a', '1', ' ', '中', '\ufeff', ...(quotes ? ['"', '""'] : [])), maxLength: 60 });
const newlines = fc.constantFrom('\n', '\r\n', '\r');
const delimiters = fc.constantFrom(',', '\t', ';', '||');

describe('splitPlainCsv', () => {
  it('splits text without quotes as papaparse does: the same records and the same cursor, with or without the last line', () => {
    fc.assert(
      fc.property(csvText(false), delimiters, newlines, fc.boolean(), (text, delimiter, newline, whole) => {
        const papa = new Parser({ delimiter, newline, quoteChar: '"' }).parse(text, 0, !whole);
        const ours = splitPlainCsv(text, delimiter, newline, whole);
        expect(ours.records).toEqual(papa.data);
        expect(ours.cursor).toBe(papa.meta.cursor);
        expect(ours.longest).toBe(Math.max(0, ...ours.records.flat().map((c) => c.length)));
      }),
      { seed: 41, numRuns: 5000 },
    );
  });

  it('splits each line as splitPlainCsv splits it into a record (splitPlainLine)', () => {
    fc.assert(
      fc.property(csvText(false), fc.constantFrom(',', '\t', ';'), newlines, (text, delimiter, newline) => {
        const { records, cursor } = splitPlainCsv(text, delimiter, newline, false);
        const lines: string[][] = [];
        for (let start = 0, end = text.indexOf(newline); end >= 0 && end < cursor; start = end + newline.length, end = text.indexOf(newline, start)) {
          lines.push(splitPlainLine(text, start, end, delimiter));
        }
        expect(lines).toEqual(records);
      }),
      { seed: 43, numRuns: 3000 },
    );
  });

  it('keeps an empty line as a record of one empty cell and leaves a line without its break for the next chunk', () => {
    expect(splitPlainCsv('a,b\r\n\r\n1,2\r\n3,', ',', '\r\n', false)).toEqual({ records: [['a', 'b'], [''], ['1', '2']], cursor: 12, longest: 1 });
    expect(splitPlainCsv('3,', ',', '\r\n', true)).toEqual({ records: [['3', '']], cursor: 2, longest: 1 });
  });
});

/** The records of decoded chunks as the reader took them before: papaparse's parser for every chunk. */
function papaparseChunks(chunks: readonly string[], delimiter: string): string[][] {
  const parser = new Parser({ delimiter, newline: '\n', quoteChar: '"' });
  const records: string[][] = [];
  let partial = '';
  let base = 0;
  for (const text of chunks) {
    const input = partial + text;
    const result = parser.parse(input, base, true);
    partial = input.substring(result.meta.cursor - base);
    base = result.meta.cursor;
    records.push(...result.data);
  }
  if (partial.length > 0) records.push(...parser.parse(partial, base, false).data);
  return records;
}

describe('csvSheets over text cut into chunks anywhere', () => {
  it('reads the records papaparse read, quoted or not, whatever the chunks and the encoding', async () => {
    await fc.assert(
      fc.asyncProperty(csvText(true), fc.array(fc.nat({ max: 80 }), { maxLength: 6 }), fc.constantFrom(',', ';'), fc.constantFrom('utf-8', 'utf-16le'), async (body, cuts, delimiter, encoding) => {
        // A header line fixes the guessed newline (\n) and delimiter, as a real file's does.
        const text = `h${delimiter}k\n${body}`;
        // UTF-16 is decoded chunk by chunk, not line by line: lines then go on from one chunk to the next.
        const bytes = Buffer.from(text, encoding === 'utf-8' ? 'utf8' : 'utf16le');
        const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((x, y) => x - y);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length)).filter((c) => c.length > 0);
        const decoded: string[] = [];
        for await (const t of decodeText(chunks, encoding)) decoded.push(t);
        const records: string[][] = [];
        for await (const sheet of csvSheets((async function* () {
          yield* chunks;
        })(), { encoding, delimiter })) {
          for await (const batch of (sheet as RecordSheetRows)[RECORD_BATCHES] ?? []) records.push(...(batch.records as string[][]));
        }
        expect(records).toEqual(papaparseChunks(decoded, delimiter));
      }),
      { seed: 42, numRuns: 1500 },
    );
  });
});
