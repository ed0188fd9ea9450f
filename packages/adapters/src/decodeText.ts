import { TextDecoder } from 'node:util';
import { AdapterError } from './AdapterError.js';

/** Encodings a CSV file may be given in; `auto` looks at the bytes. */
export type TextEncodingName = 'auto' | 'utf-8' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be';

/**
 * Picks the encoding of a text file from its first bytes: a byte-order mark names
 * UTF-8 or UTF-16; otherwise bytes that are valid UTF-8 are UTF-8, and anything
 * else is GB18030 (the superset of GBK and GB2312 that Excel uses when it saves a
 * CSV on a Chinese system).
 *
 * @example
 * detectEncoding(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb])) // 'gb18030' (姓名 in GBK)
 */
export function detectEncoding(sample: Uint8Array): Exclude<TextEncodingName, 'auto' | 'gbk'> {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Decodes a stream of bytes into text chunks, dropping a byte-order mark. With
 * `auto`, the encoding is chosen from the first chunk by {@link detectEncoding};
 * UTF-8 is then decoded strictly, so a file that turns out not to be UTF-8 stops
 * with an error instead of yielding replacement characters.
 *
 * @example
 * for await (const text of decodeText(fs.createReadStream('data.csv'), 'auto')) …
 * @throws AdapterError `encodingMismatch` when UTF-8 bytes turn out invalid.
 */
export async function* decodeText(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, encoding: TextEncodingName = 'auto'): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let name = '';
  let offset = 0;
  for await (const chunk of bytes) {
    if (decoder === null) {
      name = encoding === 'auto' ? detectEncoding(chunk) : encoding === 'gbk' ? 'gb18030' : encoding;
      decoder = new TextDecoder(name, { fatal: name === 'utf-8' });
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new AdapterError('encodingMismatch', { encoding: name, offset });
    }
    offset += chunk.byteLength;
    if (text.length > 0) yield text;
  }
  if (decoder !== null) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw new AdapterError('encodingMismatch', { encoding: name, offset });
    }
    if (rest.length > 0) yield rest;
  }
}
