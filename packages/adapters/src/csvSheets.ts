import Papa from 'papaparse';
import { AdapterError } from './AdapterError.js';
import { columnLetter } from './columnLetter.js';
import { decodeText, type TextEncodingName } from './decodeText.js';
import { MAX_CELL_CHARS, MAX_ROW_BYTES } from './limits.js';
import type { RawRow } from './rawCell.js';
import { LINE_BATCHES, RECORD_BATCHES, type LineBatch, type RecordBatch, type RecordSheetRows, type SheetSource } from './sheetSource.js';
import { splitPlainCsv } from './splitPlainCsv.js';

/** The part of papaparse's low-level parser this reader drives. */
interface LowLevelParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } };
}
type LowLevelParserClass = new (config: { delimiter: string; newline: string; quoteChar: string }) => LowLevelParser;

/** Options of {@link csvSheets}. */
export interface CsvOptions {
  /** The file's encoding (default `auto`: BOM, else UTF-8 when valid, else GB18030). */
  readonly encoding?: TextEncodingName;
  /** The field delimiter (default: guessed from the first line among `,`, tab, `;`). */
  readonly delimiter?: string;
  /** The name the single sheet gets in reports (default `csv`). */
  readonly name?: string;
}

function guessDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const line = end < 0 ? text : text.slice(0, end);
  const count = (ch: string): number => line.split(ch).length - 1;
  const comma = count(',');
  const tab = count('\t');
  const semicolon = count(';');
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

function guessNewline(text: string): string {
  const i = text.search(/\r|\n/);
  if (i < 0) return '\n';
  if (text[i] === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** Stops at the first cell longer than {@link MAX_CELL_CHARS}, naming it. */
function checkCells(records: readonly string[][], firstRow: number, sheet: string): void {
  for (let r = 0; r < records.length; r++) {
    const cells = records[r] as string[];
    for (let c = 0; c < cells.length; c++) {
      if ((cells[c] as string).length > MAX_CELL_CHARS) {
        throw new AdapterError('cellTooLarge', { sheet, row: firstRow + r, column: columnLetter(c), limit: MAX_CELL_CHARS }, [sheet, firstRow + r]);
      }
    }
  }
}

/** Delimiters papaparse's parser refuses (it reads `,` instead). */
const BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];

/**
 * Parses a chunk: text without a quote character is split here (what papaparse does with it, see
 * `splitPlainCsv`, at about half its cost), any other text by papaparse; `whole` takes the text
 * after the last line break as the last record.
 */
function parseChunk(parser: LowLevelParser, plain: { delimiter: string; newline: string } | null, input: string, base: number, whole: boolean): { records: string[][]; cursor: number; longest: number } {
  if (plain !== null && input.indexOf('"') < 0) {
    const split = splitPlainCsv(input, plain.delimiter, plain.newline, whole);
    return { records: split.records, cursor: base + split.cursor, longest: split.longest };
  }
  const result = parser.parse(input, base, !whole);
  return { records: result.data, cursor: result.meta.cursor, longest: Infinity };
}

/** Line ends found by {@link plainLines}, reused from chunk to chunk (each batch gets a copy of its own). */
let lineEnds = new Int32Array(1 << 12);

/**
 * The whole lines of a chunk that holds no quote character and no line longer than the cell limit
 * (so no cell over it either): their number, each one's end put in {@link lineEnds}; -1 for any
 * other chunk. What `splitPlainCsv` would take of it, as lines. (The loop's exit returns a number
 * only: anything more there deoptimised the loop's code at every chunk.)
 */
function plainLines(input: string, newline: string): number {
  if (input.indexOf('"') >= 0) return -1;
  let count = 0;
  let start = 0;
  for (let at = input.indexOf(newline); at >= 0; at = input.indexOf(newline, start)) {
    if (at - start > MAX_CELL_CHARS) return -1;
    if (count === lineEnds.length) {
      const grown = new Int32Array(count * 2);
      grown.set(lineEnds);
      lineEnds = grown;
    }
    lineEnds[count++] = at;
    start = at + newline.length;
  }
  return count;
}

/**
 * The records of a CSV file, batch by batch; with `lines`, a chunk that {@link plainLines} takes is
 * handed out as its lines (a {@link LineBatch}) instead of split into cells.
 */
function csvRecords(bytes: AsyncIterable<Uint8Array>, options: CsvOptions, lines: false): AsyncGenerator<RecordBatch>;
function csvRecords(bytes: AsyncIterable<Uint8Array>, options: CsvOptions, lines: true): AsyncGenerator<RecordBatch | LineBatch>;
async function* csvRecords(bytes: AsyncIterable<Uint8Array>, options: CsvOptions, lines: boolean): AsyncGenerator<RecordBatch | LineBatch> {
  const Parser = (Papa as unknown as { Parser: LowLevelParserClass }).Parser;
  let parser: LowLevelParser | null = null;
  let plain: { delimiter: string; newline: string } | null = null;
  let partial = '';
  let base = 0;
  let rowNumber = 1;
  const sheet = options.name ?? 'csv';
  const batch = (records: string[][], longest: number): RecordBatch => {
    const firstRow = rowNumber;
    if (longest > MAX_CELL_CHARS) checkCells(records, firstRow, sheet);
    rowNumber += records.length;
    return { firstRow, records };
  };
  const rowTooLarge = (rows: number): AdapterError => new AdapterError('rowTooLarge', { row: rowNumber + rows, limit: MAX_ROW_BYTES }, [sheet]);
  for await (const text of decodeText(bytes, options.encoding ?? 'auto')) {
    const input = partial + text;
    if (parser === null) {
      const given = options.delimiter ?? guessDelimiter(input);
      const newline = guessNewline(input);
      parser = new Parser({ delimiter: given, newline, quoteChar: '"' });
      // The delimiter papaparse reads with (an empty one is left to it).
      const delimiter = BAD_DELIMITERS.includes(given) ? ',' : given;
      if (delimiter !== '') plain = { delimiter, newline };
    }
    const count = lines && plain !== null && plain.delimiter.length === 1 ? plainLines(input, plain.newline) : -1;
    if (count >= 0 && plain !== null) {
      const cursor = count === 0 ? 0 : (lineEnds[count - 1] as number) + plain.newline.length;
      partial = input.substring(cursor);
      base += cursor;
      if (partial.length > MAX_ROW_BYTES) throw rowTooLarge(count);
      if (count > 0) {
        yield { firstRow: rowNumber, text: input, start: 0, ends: lineEnds.slice(0, count), newline: plain.newline.length, delimiter: plain.delimiter };
        rowNumber += count;
      }
      continue;
    }
    const result = parseChunk(parser, plain, input, base, false);
    partial = input.substring(result.cursor - base);
    base = result.cursor;
    // An unclosed quote makes the rest of the file one row: stop it at the row limit.
    if (partial.length > MAX_ROW_BYTES) throw rowTooLarge(result.records.length);
    if (result.records.length > 0) yield batch(result.records, result.longest);
  }
  if (parser !== null && partial.length > 0) {
    const result = parseChunk(parser, plain, partial, base, true);
    if (result.records.length > 0) yield batch(result.records, result.longest);
  }
}

async function* rowBatches(batches: AsyncIterable<RecordBatch>): AsyncGenerator<readonly RawRow[]> {
  for await (const { firstRow, records } of batches) {
    const rows: RawRow[] = new Array<RawRow>(records.length);
    for (let i = 0; i < records.length; i++) rows[i] = { row: firstRow + i, cells: records[i] ?? [] };
    yield rows;
  }
}

/**
 * Reads a CSV (or tab-separated) file as a single sheet of text cells, streaming:
 * bytes are decoded chunk by chunk and parsed by papaparse, so memory stays bounded
 * by the chunk size whatever the file's length. Row numbers count records from 1
 * (they are line numbers unless a quoted cell spans lines).
 *
 * @example
 * for await (const sheet of csvSheets(fs.createReadStream('绩效.csv'), { encoding: 'auto' }))
 *   for await (const rows of sheet.batches) …
 */
export function csvSheets(bytes: AsyncIterable<Uint8Array>, options: CsvOptions = {}): SheetSource {
  return {
    async *[Symbol.asyncIterator]() {
      // Each is made lazily and only one is iterated: the bytes are read once.
      const sheet: RecordSheetRows = {
        name: options.name ?? 'csv',
        batches: rowBatches(csvRecords(bytes, options, false)),
        [RECORD_BATCHES]: csvRecords(bytes, options, false),
        [LINE_BATCHES]: csvRecords(bytes, options, true),
      };
      yield sheet;
    },
  };
}
