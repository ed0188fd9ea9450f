import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { loadExcelJs } from './loadExcelJs.js';
import { AdapterError } from './AdapterError.js';
import { columnLetter } from './columnLetter.js';
import { MAX_CELL_CHARS } from './limits.js';
import type { RawCell, RawRow } from './rawCell.js';
import type { SheetSource } from './sheetSource.js';
import { workbookSheets, type WorkbookReaderParts, type WorkbookSheet } from './workbookSheets.js';

const BATCH = 512;

/** Whether a number format shows a time of day (h or s outside quoted and bracketed parts, [h] included). */
function formatHasTime(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(bare);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** Turns an exceljs cell value (and its number format) into a {@link RawCell}. */
export function fromExcelValue(value: unknown, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    return numFmt !== undefined && numFmt.includes('%') ? { kind: 'percent', value } : value;
  }
  if (value instanceof Date) {
    const hasTime = formatHasTime(numFmt) || value.getTime() % 86_400_000 !== 0;
    return { kind: 'date', date: value, hasTime };
  }
  if (isRecord(value)) {
    if (Array.isArray(value.richText)) {
      return value.richText.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
    }
    if (typeof value.error === 'string') return { kind: 'formulaError', text: value.error };
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = String(value.formula ?? value.sharedFormula ?? '');
      if (!('result' in value) || value.result === undefined) return { kind: 'formulaWithoutValue', text: `=${formula}` };
      return fromExcelValue(value.result, numFmt);
    }
    if (typeof value.text === 'string') return value.text;
  }
  return { kind: 'unsupported', text: JSON.stringify(value) ?? String(value) };
}

interface ExcelRowLike {
  number: number;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: { value: unknown; numFmt?: string }, col: number) => void): void;
}

function toRawRow(row: ExcelRowLike, sheet: string): RawRow {
  const cells: RawCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    while (cells.length < col - 1) cells.push(null);
    const value = fromExcelValue(cell.value, cell.numFmt);
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
      throw new AdapterError('cellTooLarge', { sheet, row: row.number, column: columnLetter(col - 1), limit: MAX_CELL_CHARS }, [sheet, row.number]);
    }
    cells[col - 1] = value;
  });
  return { row: row.number, cells };
}

/** A failure of the zip or XML readers as an {@link AdapterError}: a file that ends early is said to be truncated. */
function readFailure(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (/FILE_ENDED|unexpected end|unclosed|premature close/i.test(reason)) return new AdapterError('workbookTruncated', { reason });
  return new AdapterError('workbookUnreadable', { reason });
}

async function* sheetBatches({ worksheet, position }: WorkbookSheet): AsyncGenerator<readonly RawRow[]> {
  let batch: RawRow[] = [];
  try {
    for await (const row of worksheet) {
      batch.push(toRawRow(row as ExcelRowLike, position.sheet));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw readFailure(error);
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads an .xlsx workbook sheet by sheet with exceljs's streaming reader: rows are
 * parsed as the zip is inflated, so memory holds the shared strings and styles, not
 * the sheets. Dates come as dates (the workbook's own number formats tell a date
 * from a number), percentages as ratios, formula cells as their cached values. Rows
 * and cells without an `r` attribute are placed by their order. The limits of
 * `limits.ts` are checked as each part is inflated (see `workbookSheets`).
 *
 * @example
 * for await (const sheet of xlsxSheets('考核.xlsx'))
 *   for await (const rows of sheet.batches) …
 * @throws AdapterError `workbookTruncated` for a file that ends early, `workbookUnreadable` for
 *   one that is not a readable workbook, `sheetTooLarge`, `cellTooLarge`, `textTooLarge` past a limit.
 */
export function xlsxSheets(input: string | Readable): SheetSource {
  return {
    async *[Symbol.asyncIterator]() {
      const ExcelJS = await loadExcelJs();
      const unzipper = (await import('unzipper')).default;
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'cache',
        worksheets: 'emit',
        entries: 'ignore',
      }) as unknown as WorkbookReaderParts;
      const stream = typeof input === 'string' ? createReadStream(input) : input;
      try {
        for await (const sheet of workbookSheets(reader, unzipper, stream)) {
          const { worksheet } = sheet;
          yield { name: worksheet.name ?? `Sheet${worksheet.id ?? ''}`, batches: sheetBatches(sheet) };
        }
      } catch (error) {
        throw readFailure(error);
      }
    },
  };
}
