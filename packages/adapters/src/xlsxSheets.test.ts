import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deflatedRepeat, sheetXml, textCell, workbook, zip } from '../fixtures/zip.mjs';
import { MAX_CELL_CHARS, MAX_SHEET_BYTES } from './limits.js';
import { openSource } from './openSource.js';
import type { RawRow } from './rawCell.js';

async function read(bytes: Uint8Array): Promise<{ sheet: string; rows: RawRow[] }[]> {
  const sheets: { sheet: string; rows: RawRow[] }[] = [];
  for await (const sheet of openSource(bytes, { format: 'xlsx' })) {
    const rows: RawRow[] = [];
    for await (const batch of sheet.batches) rows.push(...batch);
    sheets.push({ sheet: sheet.name, rows });
  }
  return sheets;
}

const HEAD = sheetXml([`<row r="1">${textCell('A1', '工号')}</row>`]).replace('</sheetData></worksheet>', '');

describe('xlsxSheets', () => {
  it('places rows and cells without an `r` attribute by their order', async () => {
    const rows = [
      `<row>${textCell(null, '工号')}${textCell(null, '姓名')}</row>`,
      `<row>${textCell(null, 'E1')}<c><v>7</v></c></row>`,
      `<row r="5">${textCell('B5', 'x')}${textCell(null, 'y')}</row>`,
      `<row>${textCell(null, 'E2')}</row>`,
    ];
    const [sheet] = await read(workbook(sheetXml(rows)));
    expect(sheet?.rows).toEqual([
      { row: 1, cells: ['工号', '姓名'] },
      { row: 2, cells: ['E1', 7] },
      { row: 5, cells: [null, 'x', 'y'] },
      { row: 6, cells: ['E2'] },
    ]);
  });

  it('takes a cell of the largest size and refuses a larger one, naming it', async () => {
    const cell = (n: number): Buffer => workbook(sheetXml([`<row r="1">${textCell('A1', 'a')}</row>`, `<row r="2"><c r="C2" t="inlineStr"><is><t>${'x'.repeat(n)}</t></is></c></row>`]));
    expect((await read(cell(MAX_CELL_CHARS)))[0]?.rows[1]?.cells[2]).toHaveLength(MAX_CELL_CHARS);
    await expect(read(cell(MAX_CELL_CHARS + 1))).rejects.toMatchObject({
      code: 'cellTooLarge',
      params: { sheet: 'Sheet1', row: 2, column: 'C', limit: MAX_CELL_CHARS },
    });
  });

  it('stops a 3 GB cell of a 3 MB zip as it is inflated, naming the cell', async () => {
    const bomb = workbook(deflatedRepeat(`${HEAD}<row r="2"><c r="B2" t="inlineStr"><is><t>`, 'A', 3 * 2 ** 30, '</t></is></c></row></sheetData></worksheet>'));
    expect(bomb.length).toBeLessThan(4_000_000);
    await expect(read(bomb)).rejects.toMatchObject({ code: 'cellTooLarge', params: { row: 2, column: 'B' } });
  });

  it('stops a part that inflates past the sheet limit, even one that is never read', async () => {
    const parts = zip([
      ['xl/media/image1.png', deflatedRepeat('', '\u0000', MAX_SHEET_BYTES + 1, '')],
      ['xl/worksheets/sheet1.xml', sheetXml([])],
    ]);
    await expect(read(parts)).rejects.toMatchObject({ code: 'sheetTooLarge', params: { part: 'xl/media/image1.png', limit: MAX_SHEET_BYTES } });
  });

  it('says a truncated workbook is truncated', async () => {
    const whole = readFileSync(fileURLToPath(new URL('../fixtures/presales-engineer.xlsx', import.meta.url)));
    await expect(read(whole.subarray(0, Math.floor(whole.length / 2)))).rejects.toMatchObject({ code: 'workbookTruncated' });
  });

  it('says a workbook whose compressed data is damaged cannot be read, and never leaves the error unhandled', async () => {
    const whole = readFileSync(fileURLToPath(new URL('../fixtures/presales-engineer.xlsx', import.meta.url)));
    // Two flipped bytes inside a deflated part: zlib fails on the part's stream ("invalid distance too far back"),
    // which once escaped as an unhandled 'error' event and ended the process.
    for (const at of [100 + ((14 * 7919) % (whole.length - 200)), 100 + ((18 * 7919) % (whole.length - 200))]) {
      const damaged = Buffer.from(whole);
      damaged[at] = (damaged[at] ?? 0) ^ 0xff;
      damaged[at + 1] = (damaged[at + 1] ?? 0) ^ 0x55;
      await expect(read(damaged)).rejects.toMatchObject({ code: 'workbookUnreadable' });
    }
  });
});
