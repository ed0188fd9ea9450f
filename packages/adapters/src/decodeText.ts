import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { AdapterError } from './AdapterError.js';
import { MAX_ROW_BYTES } from './limits.js';

/** Encodings a CSV file may be given in; `auto` looks at the bytes. */
export type TextEncodingName = 'auto' | 'utf-8' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be';

type Encoding = Exclude<TextEncodingName, 'auto' | 'gbk'>;

const LF = 0x0a;
/** Non-ASCII bytes to see before trusting that a file is UTF-8 (fewer GBK bytes may pass for UTF-8 by chance). */
const EVIDENCE = 256;
/** Bytes held while the encoding is undecided: past this, what was seen decides. */
const DECIDE_WITHIN = 1 << 20;

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: every ASCII character
 * (digits, commas, line breaks) has a NUL high byte, on the even bytes in big-endian
 * and the odd ones in little-endian; text in UTF-8 or GB18030 has no NUL at all.
 */
function utf16Pattern(bytes: Uint8Array): Encoding | null {
  const end = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (even >= 2 && even >= 4 * odd) return 'utf-16be';
  if (odd >= 2 && odd >= 4 * even) return 'utf-16le';
  return null;
}

function countNonAscii(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if ((bytes[i] as number) >= 0x80) n++;
  return n;
}

/**
 * Picks the encoding of a text file from its first bytes: a byte-order mark names
 * UTF-8 or UTF-16; NUL bytes on every other byte are UTF-16 without a mark; otherwise
 * bytes that are valid UTF-8 are UTF-8, and anything else is GB18030 (the superset of
 * GBK and GB2312 that Excel uses when it saves a CSV on a Chinese system). A sample
 * cut inside a character is judged on its whole lines.
 *
 * @example
 * detectEncoding(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb])) // 'gb18030' (姓名 in GBK)
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  const bom = bomEncoding(sample);
  if (bom !== null) return bom;
  const utf16 = utf16Pattern(sample);
  if (utf16 !== null) return utf16;
  const lines = sample.lastIndexOf(LF) + 1;
  return isUtf8(sample.subarray(0, lines > 0 ? lines : sample.length)) ? 'utf-8' : 'gb18030';
}

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** The longest line, in bytes (default {@link MAX_ROW_BYTES}). */
  readonly maxLineBytes?: number;
}

const EMPTY = Buffer.alloc(0);

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concat(a: Buffer, b: Uint8Array): Buffer {
  return a.length === 0 ? asBuffer(b) : Buffer.concat([a, b]);
}

function countLines(bytes: Buffer, end: number): number {
  // Buffer's indexOf (memchr) per line: four times faster than a loop over the bytes.
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

/** Whether a line holds a three-byte UTF-8 sequence (CJK) and is valid UTF-8 throughout. */
function looksUtf8(line: Uint8Array): boolean {
  let multibyte = false;
  for (let i = 0; i < line.length; i++) {
    const b = line[i] as number;
    if (b >= 0xe0 && b <= 0xef) {
      multibyte = true;
      break;
    }
  }
  return multibyte && isUtf8(line);
}

/**
 * The offset of the first bad sequence of a line: the decoder notices the error at a
 * byte (found by binary search over prefixes decoded as a stream); the sequence starts
 * after the last whole character before it.
 */
function firstBadByte(name: Encoding, line: Uint8Array): number {
  const decodes = (end: number, stream: boolean): boolean => {
    try {
      new TextDecoder(name, { fatal: true }).decode(line.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = line.length;
  if (decodes(hi, true)) hi = line.length + 1; // an incomplete character at the very end
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(mid, true)) lo = mid;
    else hi = mid;
  }
  let start = Math.min(hi - 1, line.length - 1);
  while (start > 0 && !decodes(start, false)) start--;
  return start;
}

/** The length of the whole lines at the start of `bytes` (up to `end`) that decode strictly in an encoding. */
function validLines(name: Encoding, bytes: Uint8Array, end: number): number {
  const decoder = new TextDecoder(name, { fatal: true });
  let start = 0;
  while (start < end) {
    const lf = bytes.indexOf(LF, start);
    const stop = lf < 0 || lf >= end ? end : lf + 1;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return start;
    }
    start = stop;
  }
  return end;
}

/** Decodes a UTF-8 or GB18030 file line by line, strictly, with each line's number and byte offset at hand for errors. */
class LineDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private offset = 0;
  private row = 1;
  private decoder: TextDecoder | null = null;

  constructor(
    private name: Encoding | null,
    private readonly guessed: boolean,
    private readonly maxLineBytes: number,
  ) {}

  push(chunk: Uint8Array, final: boolean): string {
    let bytes = asBuffer(chunk);
    if (this.name === null) {
      this.pending = concat(this.pending, bytes);
      if (!this.decide(final)) {
        const text = this.takeAscii();
        if (this.pending.length > this.maxLineBytes && this.pending.indexOf(LF) < 0) this.tooLong();
        return text;
      }
      bytes = this.pending;
      this.pending = EMPTY;
    }
    // Whole lines only; the chunk itself is decoded in place, only the line it completes is copied.
    let end = final ? bytes.length : bytes.lastIndexOf(LF) + 1;
    let text = '';
    if (this.pending.length > 0 && end > 0) {
      const lf = bytes.indexOf(LF);
      const first = lf < 0 ? bytes.length : lf + 1;
      text = this.decodeLines(concat(this.pending, bytes.subarray(0, first)));
      bytes = bytes.subarray(first);
      end -= first;
      this.pending = EMPTY;
    }
    if (end > 0) text += this.decodeLines(bytes.subarray(0, end));
    this.pending = concat(this.pending, bytes.subarray(end));
    if (this.pending.length > this.maxLineBytes) this.tooLong();
    return text;
  }

  private tooLong(): never {
    throw new AdapterError('rowTooLarge', { row: this.row, limit: this.maxLineBytes });
  }

  /** Settles the encoding once enough non-ASCII bytes were seen; `false` while undecided. */
  private decide(final: boolean): boolean {
    const bytes = this.pending;
    const lines = final ? bytes.length : bytes.lastIndexOf(LF) + 1;
    const nonAscii = countNonAscii(bytes, lines);
    if (nonAscii === 0 && !final && bytes.length <= DECIDE_WITHIN) return false;
    if (!isUtf8(bytes.subarray(0, lines))) {
      // Valid in neither: a file of one encoding with a bad byte; the one that reads further is the file's,
      // so that the error names the bad byte's row (a UTF-8 file read as GB18030 would fail on its header).
      this.name = validLines('utf-8', bytes, lines) > validLines('gb18030', bytes, lines) ? 'utf-8' : 'gb18030';
    }
    else if (nonAscii >= EVIDENCE || final || bytes.length > DECIDE_WITHIN) this.name = 'utf-8';
    else return false;
    return true;
  }

  /** While undecided, lines of ASCII only read the same in either encoding: hand them on. */
  private takeAscii(): string {
    const bytes = this.pending;
    let end = 0;
    for (let i = bytes.indexOf(LF); i >= 0 && countNonAscii(bytes.subarray(end, i), i - end) === 0; i = bytes.indexOf(LF, i + 1)) end = i + 1;
    if (end === 0) return '';
    this.pending = bytes.subarray(end);
    this.row += countLines(bytes, end);
    this.offset += end;
    return Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
  }

  private decodeLines(bytes: Buffer): string {
    const name = this.name as Encoding;
    this.decoder ??= new TextDecoder(name, { fatal: true, ignoreBOM: true });
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.fail(bytes);
    }
    if (name === 'gb18030' && this.guessed) this.refuseUtf8Lines(bytes);
    this.row += countLines(bytes, bytes.length);
    this.offset += bytes.length;
    return text;
  }

  /** Finds the first line a strict decoder refuses, and throws naming its row and byte. */
  private fail(bytes: Uint8Array): never {
    const name = this.name as Encoding;
    let start = 0;
    for (let row = this.row; ; row++) {
      const lf = bytes.indexOf(LF, start);
      const end = lf < 0 ? bytes.length : lf + 1;
      const line = bytes.subarray(start, end);
      try {
        new TextDecoder(name, { fatal: true }).decode(line);
      } catch {
        throw new AdapterError('encodingMismatch', { encoding: name, row, offset: this.offset + start + firstBadByte(name, line) });
      }
      start = end;
    }
  }

  /**
   * In a file guessed to be GB18030, a line of valid UTF-8 with Chinese characters is
   * a UTF-8 line pasted into a GBK file (刘洋 in UTF-8 reads as 鍒樻磱 in GB18030, all
   * valid): refused, not decoded into the wrong characters.
   */
  private refuseUtf8Lines(bytes: Uint8Array): void {
    let start = 0;
    for (let row = this.row; start < bytes.length; row++) {
      const lf = bytes.indexOf(LF, start);
      const end = lf < 0 ? bytes.length : lf + 1;
      const line = bytes.subarray(start, end);
      if (looksUtf8(line)) {
        const first = line.findIndex((b) => b >= 0x80);
        throw new AdapterError('mixedEncoding', { row, offset: this.offset + start + first });
      }
      start = end;
    }
  }
}

async function* decodeUtf16(chunks: AsyncIterable<Uint8Array>, name: Encoding, maxLineBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(name, { fatal: true });
  let offset = 0;
  let row = 1;
  let lineChars = 0;
  const take = (decode: () => string): string => {
    let text: string;
    try {
      text = decode();
    } catch {
      throw new AdapterError('encodingMismatch', { encoding: name, row, offset });
    }
    const lastLf = text.lastIndexOf('\n');
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) row++;
    lineChars = lastLf < 0 ? lineChars + text.length : text.length - lastLf - 1;
    if (lineChars * 2 > maxLineBytes) throw new AdapterError('rowTooLarge', { row, limit: maxLineBytes });
    return text;
  };
  for await (const chunk of chunks) {
    const text = take(() => decoder.decode(chunk, { stream: true }));
    offset += chunk.byteLength;
    if (text.length > 0) yield text;
  }
  const rest = take(() => decoder.decode());
  if (rest.length > 0) yield rest;
}

async function* chunksFrom(head: Uint8Array, next: IteratorResult<Uint8Array>, iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  for (let n = next; !n.done; n = await iterator.next()) yield n.value;
}

/**
 * Decodes a stream of bytes into text, strictly: a byte that is not valid in the
 * encoding stops the read with an error naming its row and byte offset, never a
 * replacement character. With `auto`: a byte-order mark, else UTF-16 told by its NUL
 * bytes, else UTF-8 when the first lines with non-ASCII bytes are valid UTF-8, else
 * GB18030 — and then a line in valid UTF-8 Chinese is refused as a mix of encodings.
 * The byte-order mark is dropped.
 *
 * @example
 * for await (const text of decodeText(fs.createReadStream('data.csv'), 'auto')) …
 * @throws AdapterError `encodingMismatch` (a byte invalid in the encoding), `mixedEncoding`
 *   (UTF-8 lines in a GB18030 file), `rowTooLarge` (a line over `maxLineBytes`).
 */
export async function* decodeText(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  encoding: TextEncodingName = 'auto',
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  const maxLineBytes = options.maxLineBytes ?? MAX_ROW_BYTES;
  const iterator: AsyncIterator<Uint8Array> = Symbol.asyncIterator in bytes ? bytes[Symbol.asyncIterator]() : (async function* () {
    yield* bytes;
  })();
  let head: Buffer = Buffer.alloc(0);
  let next = await iterator.next();
  // Enough bytes to see a byte-order mark and the NUL pattern of UTF-16.
  while (!next.done && head.length < 64) {
    head = concat(head, next.value);
    next = await iterator.next();
  }
  const bom = bomEncoding(head);
  const named: Encoding | null = encoding === 'auto' ? (bom ?? utf16Pattern(head)) : encoding === 'gbk' ? 'gb18030' : encoding;
  if (bom !== null && bom === named) head = head.subarray(bom === 'utf-8' ? 3 : 2);
  if (named === 'utf-16le' || named === 'utf-16be') {
    yield* decodeUtf16(chunksFrom(head, next, iterator), named, maxLineBytes);
    return;
  }
  const lines = new LineDecoder(named, encoding === 'auto', maxLineBytes);
  let chunk: Uint8Array = head;
  for (;;) {
    const final = next.done === true;
    const text = lines.push(chunk, final);
    if (text.length > 0) yield text;
    if (final) return;
    chunk = next.value as Uint8Array;
    next = await iterator.next();
  }
}
