import { createReadStream } from 'node:fs';
import { open as openFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AdapterError } from './AdapterError.js';
import { csvSheets } from './csvSheets.js';
import type { TextEncodingName } from './decodeText.js';
import type { SheetSource } from './sheetSource.js';
import { xlsxSheets } from './xlsxSheets.js';

/** Something to read: a file path, the bytes of a file, or a stream of bytes. */
export type InputSource = string | Uint8Array | Readable | AsyncIterable<Uint8Array>;

/** A file format this package reads. */
export type SourceFormat = 'csv' | 'xlsx';

/** Options of {@link openSource}. */
export interface OpenOptions {
  readonly format?: SourceFormat;
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function formatOfPath(path: string): SourceFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  return null;
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '') || name;
}

async function* prepend(first: Uint8Array, iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

async function* slices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += 1 << 16) yield bytes.subarray(i, i + (1 << 16));
}

function describe(source: InputSource): string {
  return typeof source === 'string' ? source : source instanceof Uint8Array ? 'the given bytes' : 'the given stream';
}

function sniff(first: Uint8Array, source: InputSource): SourceFormat {
  if (startsWith(first, ZIP)) return 'xlsx';
  if (startsWith(first, OLE)) throw new AdapterError('legacyWorkbook', { source: describe(source) });
  return 'csv';
}

/** The first bytes of a file, to tell an old .xls renamed .xlsx (which the zip reader would call a bad signature). */
async function leadingBytes(path: string): Promise<Uint8Array> {
  const handle = await openFile(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(new Uint8Array(OLE.length), 0, OLE.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a source as sheets of rows: the format comes from the option, else the
 * file's extension, else its first bytes (a zip is an .xlsx workbook; anything else
 * is read as CSV text).
 *
 * @example
 * for await (const sheet of openSource('考核表.xlsx')) console.log(sheet.name);
 * @throws AdapterError `legacyWorkbook` for an old binary .xls file (also when renamed .xlsx); `sourceUnreadable` when a file cannot be opened.
 */
export function openSource(source: InputSource, options: OpenOptions = {}): SheetSource {
  return {
    async *[Symbol.asyncIterator]() {
      const csvOptions = { encoding: options.encoding ?? 'auto', delimiter: options.delimiter } as const;
      if (typeof source === 'string') {
        const format = options.format ?? formatOfPath(source);
        const open = (): Readable => {
          const stream = createReadStream(source, { highWaterMark: 1 << 16 });
          return stream;
        };
        const name = baseName(source);
        try {
          await stat(source);
          if (format === 'xlsx') {
            if (startsWith(await leadingBytes(source), OLE)) throw new AdapterError('legacyWorkbook', { source });
            yield* xlsxSheets(open());
            return;
          }
          const stream = open();
          const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
          const first = await iterator.next();
          const bytes = first.done ? new Uint8Array(0) : first.value;
          const sniffed = format ?? sniff(bytes, source);
          const all = prepend(bytes, iterator);
          if (sniffed === 'xlsx') yield* xlsxSheets(Readable.from(all));
          else yield* csvSheets(all, { ...csvOptions, name });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
            throw new AdapterError('sourceUnreadable', { source, reason: (error as Error).message }, [source]);
          }
          throw error;
        }
        return;
      }
      if (source instanceof Uint8Array) {
        const format = options.format ?? sniff(source, source);
        if (format === 'xlsx') yield* xlsxSheets(Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]));
        else yield* csvSheets(slices(source), csvOptions);
        return;
      }
      const iterator = (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
      const first = await iterator.next();
      const bytes = first.done ? new Uint8Array(0) : first.value;
      const format = options.format ?? sniff(bytes, source);
      const all = prepend(bytes, iterator);
      if (format === 'xlsx') yield* xlsxSheets(Readable.from(all));
      else yield* csvSheets(all, csvOptions);
    },
  };
}
