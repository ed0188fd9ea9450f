import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Writable } from 'node:stream';

/** Where text goes out, one awaited write at a time, so that a slow reader slows the writer down. */
export interface TextOut {
  /** Text, or text already in UTF-8 (a worker thread's JSON), written as it is. */
  write(text: string | Uint8Array): Promise<void>;
  /**
   * The parts' text, written one after another: those at even places recur from write to write
   * (a scheme's constant JSON, see `resultJsonParts`), so their UTF-8 is kept, and only the others
   * are encoded each time. Absent where nothing is gained: the caller then writes the joined text.
   */
  writeParts?(parts: readonly string[]): Promise<void>;
  /**
   * `writeParts` at once, when the parts fit in the bytes gathered so far (nothing to send, nothing
   * to wait for): true. False: nothing was written, and the caller awaits `writeParts`. Why: most
   * results fit, and a promise per result cost more than gathering its bytes.
   */
  writePartsNow?(parts: readonly string[]): boolean;
  /** Ends the output (a file is flushed and closed; a standard stream is left open). */
  close(): Promise<void>;
}

/**
 * The reader of the standard output went away (`kaohe appraise … | head -1`): the run ends
 * quietly, as a command piped into another is expected to, without reading further.
 */
export class OutputClosed extends Error {
  constructor() {
    super('the standard output was closed by its reader');
    this.name = 'OutputClosed';
  }
}

/** A stream as `CliIo` gives it: `write` returning false asks the writer to wait for `drain`. */
export interface WritableLike {
  /** Text; a Node stream (`process.stdout`) is also given bytes. */
  write(text: string | Uint8Array): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  on?(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
  readonly destroyed?: boolean;
}

const utf8 = new TextDecoder();

/** Bytes of text gathered before they are written: a write call per chunk rather than per line. */
const CHUNK = 64 * 1024;

/**
 * Text gathered as UTF-8 into chunks of {@link CHUNK} bytes. Why: a write of each result's line
 * made a Buffer of it (flattening the joined string first) and, into a file or /dev/null, a system
 * call; encoding the line into one chunk does neither, and a run writes a chunk per some 12–30 results.
 */
class Chunks {
  private bytes = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  /** Whether `text` (at most 3 bytes of UTF-8 per UTF-16 unit) fits in what is left. */
  fits(text: string | Uint8Array): boolean {
    return (typeof text === 'string' ? text.length * 3 : text.length) <= CHUNK - this.used;
  }

  add(text: string | Uint8Array): void {
    if (typeof text === 'string') this.used += this.bytes.write(text, this.used);
    else {
      this.bytes.set(text, this.used);
      this.used += text.length;
    }
  }

  /** Whether the parts' text fits in what is left. */
  fitsParts(parts: readonly string[]): boolean {
    let length = 0;
    for (const part of parts) length += part.length;
    return length * 3 <= CHUNK - this.used;
  }

  /** The parts' text (see `TextOut.writeParts`): the recurring ones copied from their kept bytes. */
  addParts(parts: readonly string[]): void {
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i] as string;
      if (i % 2 === 0) {
        const bytes = encodedOf(part);
        this.bytes.set(bytes, this.used);
        this.used += bytes.length;
      } else this.used = asciiInto(this.bytes, this.used, part) ?? this.used + this.bytes.write(part, this.used);
    }
  }

  /** The bytes gathered, handed over (a stream may hold them until written), or null when there are none. */
  take(): Buffer | null {
    if (this.used === 0) return null;
    const full = this.bytes.subarray(0, this.used);
    this.bytes = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return full;
  }
}

/**
 * Writes text through `put`, gathered into chunks: text that does not fit sends the chunk first,
 * and text larger than a chunk goes as it is.
 */
async function chunked(chunks: Chunks, text: string | Uint8Array, put: (data: string | Uint8Array) => Promise<void>): Promise<void> {
  if (!chunks.fits(text)) {
    const full = chunks.take();
    if (full !== null) await put(full);
    if (!chunks.fits(text)) return put(text);
  }
  chunks.add(text);
}

/** The UTF-8 of the recurring parts written, by their text; bounded, as a caller could pass anything. */
const encoded = new Map<string, Buffer>();
const ENCODED_MAX = 4096;

function encodedOf(text: string): Buffer {
  let bytes = encoded.get(text);
  if (bytes === undefined) {
    bytes = Buffer.from(text, 'utf8');
    if (encoded.size < ENCODED_MAX) encoded.set(text, bytes);
  }
  return bytes;
}

/**
 * Writes a short ASCII text byte by byte and gives the offset after it, or `undefined` (nothing
 * written that counts) for a text with any other character. Why: a result's own values (a subject
 * id, a period, points) are a few ASCII characters, for which a call into the encoder costs more
 * than the copy.
 */
function asciiInto(bytes: Buffer, at: number, text: string): number | undefined {
  if (text.length > 64) return undefined;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    bytes[at + i] = code;
  }
  return at + text.length;
}

/** The parts added to the chunk under way when they fit (see `TextOut.writePartsNow`). */
function partsNow(chunks: Chunks, parts: readonly string[]): boolean {
  if (!chunks.fitsParts(parts)) return false;
  chunks.addParts(parts);
  return true;
}

/** Writes the parts through `put`, gathered into chunks as {@link chunked} does text. */
async function chunkedParts(chunks: Chunks, parts: readonly string[], put: (data: string | Buffer) => Promise<void>): Promise<void> {
  if (!chunks.fitsParts(parts)) {
    const full = chunks.take();
    if (full !== null) await put(full);
    if (!chunks.fitsParts(parts)) return put(parts.join(''));
  }
  chunks.addParts(parts);
}

/** The errors of a write to a pipe whose reader has gone. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * A text output over a stream that respects back-pressure: when `write` returns false, the next
 * write waits for `drain`, so that memory stays bounded however slow the stream's reader is.
 * When the stream's reader goes away (EPIPE), the write under way and every later one throw
 * {@link OutputClosed}, so that the run stops rather than appraising into a closed pipe. A Node
 * stream is written in chunks of 64 KiB of UTF-8, sent when full and at `close`; any other writer
 * (a test's) gets each text as it comes.
 *
 * @example
 * const out = streamOut(process.stdout);
 * await out.write('{"type":"summary"}\n');
 * @throws OutputClosed once the stream's reader has closed it; the stream's own error for any other failure.
 */
export function streamOut(stream: WritableLike): TextOut {
  let failure: (Error & { code?: string }) | null = null;
  let wake: (() => void) | null = null;
  stream.on?.('error', (error) => {
    failure ??= error;
    wake?.();
  });
  const check = (): void => {
    if (failure !== null && !CLOSED.has(failure.code ?? '')) throw failure;
    if (failure !== null || stream.destroyed === true) throw new OutputClosed();
  };
  const put = async (text: string | Uint8Array): Promise<void> => {
    check();
    if (stream.write(text) === false && stream.once !== undefined) {
      const drain = stream.once.bind(stream);
      // A stream that fails never drains: its error wakes the writer instead.
      await new Promise<void>((resolve) => {
        wake = resolve;
        drain('drain', resolve);
      });
      wake = null;
      check();
    }
  };
  let chunks = stream instanceof Writable ? new Chunks() : null;
  return {
    async write(text) {
      // Only a Node stream takes bytes.
      if (chunks === null) return put(typeof text === 'string' ? text : utf8.decode(text));
      check();
      await chunked(chunks, text, put);
    },
    async writeParts(parts) {
      if (chunks === null) return put(parts.join(''));
      check();
      await chunkedParts(chunks, parts, put);
    },
    writePartsNow(parts) {
      if (chunks === null) return false;
      check();
      return partsNow(chunks, parts);
    },
    async close() {
      // The standard streams stay open for the lines written after the results, which go as they come.
      const rest = chunks?.take() ?? null;
      chunks = null;
      if (rest !== null) await put(rest);
    },
  };
}

/**
 * Waits for the stream's next `drain`, or its `close` when it fails instead, and leaves no listener
 * behind (waiting with `events.once` on both would leave one per wait on the event that did not come).
 */
function drainedOrClosed(target: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      target.off('drain', done);
      target.off('close', done);
      resolve();
    };
    target.on('drain', done);
    target.on('close', done);
  });
}

/**
 * A text output into a file (replaced when it exists), opened at the first write or at `close`
 * (so that a run refused before its first result leaves no file behind), written in chunks of
 * 64 KiB as the text comes.
 *
 * @example
 * const out = fileOut('/tmp/results.jsonl');
 * await out.write('…\n');
 * await out.close();
 * @throws Error (the stream's) when the file cannot be opened or written.
 */
export function fileOut(path: string): TextOut {
  let stream: WriteStream | null = null;
  let failure: Error | null = null;
  const open = (): WriteStream => {
    if (stream === null) {
      stream = createWriteStream(path);
      stream.on('error', (error) => {
        failure = error;
      });
    }
    return stream;
  };
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  const put = async (data: string | Uint8Array): Promise<void> => {
    const target = open();
    check();
    if (!target.write(data)) await drainedOrClosed(target);
    check();
  };
  const chunks = new Chunks();
  return {
    async write(text) {
      open();
      check();
      await chunked(chunks, text, put);
    },
    async writeParts(parts) {
      open();
      check();
      await chunkedParts(chunks, parts, put);
    },
    writePartsNow(parts) {
      open();
      check();
      return partsNow(chunks, parts);
    },
    async close() {
      const rest = chunks.take();
      if (rest !== null) await put(rest);
      const target = open();
      check();
      target.end();
      await once(target, 'close');
      check();
    },
  };
}
