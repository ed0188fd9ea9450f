import { describe, expect, it } from 'vitest';
import { csvSheets } from './csvSheets.js';
import { MAX_CELL_CHARS, MAX_ROW_BYTES } from './limits.js';

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  const all = Buffer.from(text);
  for (let i = 0; i < all.length; i += 1 << 16) yield all.subarray(i, i + (1 << 16));
}

async function rows(text: string): Promise<number> {
  let n = 0;
  for await (const sheet of csvSheets(bytes(text), { name: 'data' })) for await (const batch of sheet.batches) n += batch.length;
  return n;
}

describe('csvSheets limits', () => {
  it('takes a cell of exactly the largest size', async () => {
    expect(await rows(`a,b\n1,${'x'.repeat(MAX_CELL_CHARS)}\n`)).toBe(2);
  });

  it('stops at a cell over the limit, naming its row and column', async () => {
    await expect(rows(`a,b\n1,2\n3,"${'x'.repeat(MAX_CELL_CHARS + 1)}"\n`)).rejects.toMatchObject({
      code: 'cellTooLarge',
      params: { sheet: 'data', row: 3, column: 'B', limit: MAX_CELL_CHARS },
    });
  });

  it('stops at an unquoted cell over the limit too (text without quotes is split without papaparse)', async () => {
    await expect(rows(`a,b\n1,2\n${'x'.repeat(MAX_CELL_CHARS + 1)},3\n`)).rejects.toMatchObject({
      code: 'cellTooLarge',
      params: { sheet: 'data', row: 3, column: 'A', limit: MAX_CELL_CHARS },
    });
  });

  it('stops an unclosed quote at the row limit instead of reading the rest of the file as one cell', async () => {
    const line = `x,${'y'.repeat(60)}\n`;
    const text = `a,b\n1,"never closed\n${line.repeat(Math.ceil((MAX_ROW_BYTES * 1.5) / line.length))}`;
    await expect(rows(text)).rejects.toMatchObject({ code: 'rowTooLarge', params: { row: 2, limit: MAX_ROW_BYTES } });
  });

});
