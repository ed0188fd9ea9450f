import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './decodeText.js';

const GBK_NAME = [0xd0, 0xd5, 0xc3, 0xfb]; // 姓名

async function all(chunks: Uint8Array[], encoding?: Parameters<typeof decodeText>[1]): Promise<string> {
  let text = '';
  for await (const t of decodeText(chunks, encoding)) text += t;
  return text;
}

describe('decodeText', () => {
  it('detects UTF-8, its BOM, UTF-16 and GB18030', () => {
    expect(detectEncoding(Buffer.from('姓名,工号'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('\ufeff姓名'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x53, 0x59]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from(GBK_NAME))).toBe('gb18030');
  });

  it('drops the BOM and joins characters split across chunks', async () => {
    const bytes = Buffer.from('\ufeff姓名');
    expect(await all([bytes.subarray(0, 4), bytes.subarray(4)])).toBe('姓名');
    expect(await all([Buffer.from([0xd0]), Buffer.from([0xd5, 0xc3, 0xfb])], 'gbk')).toBe('姓名');
  });

  it('stops on bytes that turn out not to be UTF-8', async () => {
    await expect(all([Buffer.from('ok,'), Buffer.from(GBK_NAME)])).rejects.toMatchObject({ code: 'encodingMismatch' });
  });
});
