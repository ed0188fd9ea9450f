import { TextDecoder } from 'node:util';
import { AdapterError } from './AdapterError.js';
import { columnLetter } from './columnLetter.js';
import { MAX_CELL_CHARS, MAX_SHEET_BYTES } from './limits.js';

/**
 * The longest run of XML between two `<` that a cell of {@link MAX_CELL_CHARS} characters
 * can take: each character written as the longest character reference (`&#x10FFFF;`).
 */
const MAX_RUN = MAX_CELL_CHARS * 10 + 1024;

const TAG = /<(row|c)(\s[^>]*?)?(\/?)>/g;
const R_ATTRIBUTE = /\sr\s*=\s*"([^"]*)"/;
/** A `<row>` or `<c>` without its `r` attribute. */
const WITHOUT_R = /<(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/;

/** What a part of a workbook is: a sheet (rows and cells), the shared strings, or anything else. */
export type PartKind = 'sheet' | 'strings' | 'other';

/** Where a sheet's scan is: the row and column of the last `<row>` and `<c>` seen. */
export interface SheetPosition {
  /** The sheet's name, once known (for messages). */
  sheet: string;
  row: number;
  /** 1-based column of the last cell. */
  column: number;
}

function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/**
 * Gives every `<row>` and `<c>` of a sheet its `r` attribute: the format lets a writer
 * leave it out, a row then following the one before it and a cell the cell before it,
 * and exceljs's reader cannot do without it.
 */
class RowNumbers {
  private carry = '';

  constructor(readonly at: SheetPosition) {}

  number(text: string, final: boolean): string {
    let all = this.carry + text;
    this.carry = '';
    const lt = all.lastIndexOf('<');
    if (!final && lt >= 0 && all.indexOf('>', lt) < 0) {
      this.carry = all.slice(lt);
      all = all.slice(0, lt);
    }
    if (!WITHOUT_R.test(all)) {
      this.follow(all);
      return all;
    }
    const at = this.at;
    return all.replace(TAG, (tag: string, name: string, attributes: string | undefined, close: string) => {
      const r = attributes === undefined ? null : R_ATTRIBUTE.exec(attributes);
      if (name === 'row') {
        at.row = r ? Number.parseInt(r[1] as string, 10) : at.row + 1;
        at.column = 0;
        return r ? tag : `<row r="${at.row}"${attributes ?? ''}${close}>`;
      }
      if (r) {
        at.column = columnOf(r[1] as string);
        return tag;
      }
      at.column++;
      return `<c r="${columnLetter(at.column - 1)}${at.row}"${attributes ?? ''}${close}>`;
    });
  }

  /** Where a text whose rows and cells all have `r` leaves the scan: its last row and cell (the common case, with no rewriting). */
  private follow(text: string): void {
    const at = this.at;
    let row = text.lastIndexOf('<row');
    while (row >= 0 && !/[\s/>]/.test(text.charAt(row + 4))) row = text.lastIndexOf('<row', row - 1);
    if (row >= 0) {
      at.row = Number.parseInt(R_ATTRIBUTE.exec(text.slice(row, text.indexOf('>', row)))?.[1] ?? String(at.row), 10);
      at.column = 0;
    }
    const cell = text.lastIndexOf('<c ');
    if (cell > row) at.column = columnOf(R_ATTRIBUTE.exec(text.slice(cell, text.indexOf('>', cell)))?.[1] ?? '');
  }
}

/**
 * The text of a part of an .xlsx workbook, decoded as it is inflated (a character split
 * between two chunks stays whole), within the limits: more than {@link MAX_SHEET_BYTES}
 * bytes stops with `sheetTooLarge`, a run between two tags longer than any cell can
 * take with `cellTooLarge` (naming the cell) or `textTooLarge`, before the text is held
 * in memory. In a sheet, rows and cells without their `r` attribute get it.
 *
 * @example
 * await reader._parseWorksheet(xmlPart(entry, 'xl/worksheets/sheet1.xml', 'sheet', position), '1')
 * @throws AdapterError `sheetTooLarge`, `cellTooLarge`, `textTooLarge`.
 */
export async function* xmlPart(chunks: AsyncIterable<Uint8Array>, part: string, kind: PartKind, at?: SheetPosition): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const rows = kind === 'sheet' ? new RowNumbers(at ?? { sheet: part, row: 0, column: 0 }) : null;
  let run = 0;
  const checkRuns = (text: string): void => {
    if (run + text.length <= MAX_RUN) {
      const lt = text.lastIndexOf('<');
      run = lt < 0 ? run + text.length : text.length - lt - 1;
      return;
    }
    for (let from = 0; ; ) {
      const lt = text.indexOf('<', from);
      run += (lt < 0 ? text.length : lt) - from;
      if (run > MAX_RUN) {
        if (rows === null) throw new AdapterError('textTooLarge', { part, limit: MAX_CELL_CHARS }, [part]);
        const { sheet, row, column } = rows.at;
        throw new AdapterError('cellTooLarge', { sheet, row, column: columnLetter(Math.max(0, column - 1)), limit: MAX_CELL_CHARS }, [sheet, row]);
      }
      if (lt < 0) return;
      run = 0;
      from = lt + 1;
    }
  };
  for await (const chunk of countedPart(chunks, part)) {
    const text = decoder.decode(chunk, { stream: true });
    const numbered = rows === null ? text : rows.number(text, false);
    checkRuns(text);
    if (numbered.length > 0) yield numbered;
  }
  const rest = decoder.decode();
  const numbered = rows === null ? rest : rows.number(rest, true);
  if (numbered.length > 0) yield numbered;
}

/**
 * The bytes of a part, counted against {@link MAX_SHEET_BYTES} as they pass (for a sheet
 * kept in a temporary file until the shared strings it uses have been read).
 *
 * @example
 * await pipeline(Readable.from(countedPart(entry, path)), createWriteStream(file));
 * @throws AdapterError `sheetTooLarge`.
 */
export async function* countedPart(chunks: AsyncIterable<Uint8Array>, part: string): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > MAX_SHEET_BYTES) throw new AdapterError('sheetTooLarge', { part, limit: MAX_SHEET_BYTES }, [part]);
    yield chunk;
  }
}
