import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from './readInputs.js';

const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\n';

/** A subject-per-row file of `rows` rows, as bytes. */
function subjects(rows: number): Buffer {
  let text = HEADER;
  for (let i = 0; i < rows; i++) text += `E${i},${10 + (i % 5)},${i % 6},${90 + (i % 10)}%,8,9,8,9\n`;
  return Buffer.from(text);
}

/** The bytes in chunks of `size`, as a file stream gives them. */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

/** The error a read of the source stops with, or `null`. */
async function readUntilError(source: Readable): Promise<{ error: unknown }> {
  const reader = readInputs(source, { mapping: 'tech-support-center/presales-engineer', period: '2026-Q3', keepRejections: false });
  try {
    for await (const input of reader) expect(input.subject).not.toBe('');
  } catch (error) {
    return { error };
  }
  return { error: null };
}

describe('strict decoding of a streamed subject-per-row file', () => {
  it('names the row and byte offset of a bad byte many chunks into a UTF-8 file whose only Chinese is its header', async () => {
    // Too few non-ASCII bytes to settle the encoding before the bad byte: it was guessed GB18030 and the
    // error named row 1 (the UTF-8 header read as GB18030) instead of the bad byte.
    const good = subjects(5000);
    const lineStart = good.indexOf('\nE4321,') + 1;
    const bad = Buffer.from(good);
    bad[lineStart + 3] = 0xff; // the "3" of E4321
    for (const size of [997, 65536]) {
      const { error } = await readUntilError(chunked(bad, size));
      expect(error, String(size)).toMatchObject({ code: 'encodingMismatch', params: { encoding: 'utf-8', row: 4323, offset: lineStart + 3 } });
    }
  });

  it('names the row and byte offset of a bad byte in a GBK file, which stays GB18030', async () => {
    const gbkHeader = Buffer.from([0xb9, 0xa4, 0xba, 0xc5, 0x2c, 0x31, 0x0a]); // 工号,1 in GBK
    const lines = [gbkHeader];
    for (let i = 0; i < 3000; i++) lines.push(Buffer.from(`E${i},1\n`));
    const before = Buffer.concat(lines);
    const file = Buffer.concat([before, Buffer.from([0x45, 0x31, 0xff, 0x2c, 0x31, 0x0a])]);
    const { error } = await readUntilError(chunked(file, 1000));
    expect(error).toMatchObject({ code: 'encodingMismatch', params: { encoding: 'gb18030', row: 3002, offset: before.length + 2 } });
  });

  it('names the row and byte offset of a UTF-8 line pasted into a GBK file', async () => {
    const gbkHeader = Buffer.from([0xb9, 0xa4, 0xba, 0xc5]); // 工号 in GBK
    const lines = [Buffer.concat([gbkHeader, Buffer.from(',立项项目数'.replace(/[^\x00-\x7f]/g, '') + '\n')])];
    for (let i = 0; i < 3000; i++) lines.push(Buffer.from(`E${i},1\n`));
    const before = Buffer.concat(lines);
    const utf8Line = Buffer.from('刘洋,1\n');
    const file = Buffer.concat([before, utf8Line, Buffer.from('E9,1\n')]);
    const { error } = await readUntilError(chunked(file, 1000));
    expect(error).toMatchObject({ code: 'mixedEncoding', params: { row: 3002, offset: before.length } });
  });
});
