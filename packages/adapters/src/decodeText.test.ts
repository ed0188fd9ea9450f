import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './decodeText.js';

const GBK_NAME = [0xd0, 0xd5, 0xc3, 0xfb]; // 姓名
const GBK_LIU_YANG = [0xc1, 0xf5, 0xd1, 0xf3]; // 刘洋

async function all(chunks: Uint8Array[], encoding?: Parameters<typeof decodeText>[1], options?: Parameters<typeof decodeText>[2]): Promise<string> {
  let text = '';
  for await (const t of decodeText(chunks, encoding, options)) text += t;
  return text;
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1] as number, bytes[i] as number];
  return bytes;
}

describe('decodeText', () => {
  it('detects UTF-8, its BOM, UTF-16 and GB18030', () => {
    expect(detectEncoding(Buffer.from('姓名,工号'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('\ufeff姓名'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x53, 0x59]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from(GBK_NAME))).toBe('gb18030');
    expect(detectEncoding(utf16be('工号,姓名\nE1,张伟\n'))).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('工号,姓名\nE1,张伟\n', 'utf16le'))).toBe('utf-16le');
  });

  it('drops the BOM and joins characters split across chunks', async () => {
    const bytes = Buffer.from('\ufeff姓名');
    expect(await all([bytes.subarray(0, 4), bytes.subarray(4)])).toBe('姓名');
    expect(await all([Buffer.from([0xd0]), Buffer.from([0xd5, 0xc3, 0xfb])], 'gbk')).toBe('姓名');
  });

  it('decides on the first non-ASCII bytes, however many ASCII lines come first', async () => {
    const ascii = Buffer.from('id,n\n'.repeat(20_000));
    expect(await all([ascii, Buffer.from([...GBK_NAME, 0x0a])])).toBe(`${'id,n\n'.repeat(20_000)}姓名\n`);
    expect(await all([ascii, Buffer.from('姓名\n')])).toBe(`${'id,n\n'.repeat(20_000)}姓名\n`);
  });

  it('reads UTF-16 without a byte-order mark', async () => {
    const text = '工号,姓名\nE1,张伟\n';
    expect(await all([utf16be(text)])).toBe(text);
    const le = Buffer.from(text, 'utf16le');
    expect(await all([le.subarray(0, 7), le.subarray(7)])).toBe(text);
  });

  it('names the row and byte of the first byte that is not UTF-8', async () => {
    const head = Buffer.from('工号,姓名\n'.repeat(100)); // 1,300 bytes of UTF-8: the file is UTF-8
    const bad = Buffer.concat([head, Buffer.from('E1,'), Buffer.from(GBK_NAME), Buffer.from('\n')]);
    await expect(all([bad.subarray(0, 700), bad.subarray(700)])).rejects.toMatchObject({
      code: 'encodingMismatch',
      params: { encoding: 'utf-8', row: 101, offset: head.length + 3 },
    });
    await expect(all([Buffer.from('ok,'), Buffer.from(GBK_NAME)], 'utf-8')).rejects.toMatchObject({ code: 'encodingMismatch', params: { row: 1 } });
  });

  it('refuses a UTF-8 row in a GBK file instead of reading 刘洋 as 鍒樻磱', async () => {
    const gbk = Buffer.from([...GBK_NAME, 0x0a, 0x31, 0x2c, ...GBK_LIU_YANG, 0x0a]);
    expect(await all([gbk])).toBe('姓名\n1,刘洋\n');
    const mixed = Buffer.concat([gbk, Buffer.from('2,刘洋\n')]);
    await expect(all([mixed])).rejects.toMatchObject({ code: 'mixedEncoding', params: { row: 3, offset: gbk.length + 2 } });
    // Given explicitly, the encoding is taken as said.
    expect(await all([mixed], 'gb18030')).toBe('姓名\n1,刘洋\n2,鍒樻磱\n');
  });

  it('refuses bytes invalid in GB18030, naming the row', async () => {
    await expect(all([Buffer.from([...GBK_NAME, 0x0a, 0x31, 0x2c, 0xc1, 0x2c, 0x0a])])).rejects.toMatchObject({
      code: 'encodingMismatch',
      params: { encoding: 'gb18030', row: 2, offset: 7 },
    });
  });

  it('stops a line longer than the limit, naming its row', async () => {
    const chunks = [Buffer.from('a,b\n'), ...Array.from({ length: 40 }, () => Buffer.alloc(1000, 0x78))];
    await expect(all(chunks, 'auto', { maxLineBytes: 10_000 })).rejects.toMatchObject({ code: 'rowTooLarge', params: { row: 2, limit: 10_000 } });
    await expect(all([utf16be('a,b\n'), utf16be('x'.repeat(20_000))], 'auto', { maxLineBytes: 10_000 })).rejects.toMatchObject({
      code: 'rowTooLarge',
      params: { row: 2 },
    });
  });
});
