import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Unzipper } from 'unzipper';
import { pipeline } from 'node:stream/promises';
import { countedPart, xmlPart, type PartKind, type SheetPosition } from './xmlPart.js';

/** The methods of exceljs's streaming `WorkbookReader` that read one part each (not in its typings). */
export interface WorkbookReaderParts {
  readonly sharedStrings?: unknown;
  readonly workbookRels?: unknown;
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseWorksheet(text: AsyncIterable<string>, sheetNo: string): Iterator<{ value: WorksheetReaderLike }>;
}

/** A worksheet of exceljs's streaming reader: its rows, as they are parsed. */
export interface WorksheetReaderLike extends AsyncIterable<unknown> {
  readonly name?: string;
  readonly id?: number;
}

/** A worksheet, and where its scan is (for messages about a cell). */
export interface WorkbookSheet {
  readonly worksheet: WorksheetReaderLike;
  readonly position: SheetPosition;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const PART_KINDS: Readonly<Record<string, PartKind>> = { 'xl/sharedStrings.xml': 'strings' };

/** Runs a part reader to its end (the shared strings reader caches its strings as it goes and yields nothing). */
async function drain(events: AsyncIterable<unknown>): Promise<void> {
  const iterator = events[Symbol.asyncIterator]();
  while (!(await iterator.next()).done);
}

function worksheet(reader: WorkbookReaderParts, text: AsyncIterable<string>, position: SheetPosition, sheetNo: string): WorkbookSheet {
  const sheet = reader._parseWorksheet(text, sheetNo).next().value.value;
  position.sheet = sheet.name ?? position.sheet;
  return { worksheet: sheet, position };
}

/**
 * The sheets of an .xlsx workbook, read the way exceljs's `WorkbookReader.parse` reads
 * them (the workbook, its relations, styles and shared strings by exceljs's own part
 * readers), except that every part goes through {@link xmlPart} as it is inflated: the
 * size limits stop a zip bomb at once, characters split between chunks stay whole,
 * and rows and cells without an `r` attribute are numbered by their order. A sheet
 * that comes before the shared strings waits in a temporary file, removed at the end.
 *
 * @example
 * for await (const { worksheet } of workbookSheets(reader, unzipper, fs.createReadStream('a.xlsx'))) …
 * @throws AdapterError from {@link xmlPart}; the zip reader's errors as they come (`FILE_ENDED` for a truncated file).
 */
export async function* workbookSheets(
  reader: WorkbookReaderParts,
  unzipper: Unzipper,
  input: Readable,
): AsyncGenerator<WorkbookSheet> {
  const zip = unzipper.Parse({ forceStream: true });
  input.on('error', (error) => zip.destroy(error));
  input.pipe(zip);
  let folder: string | null = null;
  const waiting: { sheetNo: string; position: SheetPosition; file: string }[] = [];
  // The zip reader reports a truncated file on itself, not on the entry being read (which
  // may even be handed out after the error, with part of its data): hand the error on.
  let current: Readable | null = null;
  let failure: Error | null = null;
  zip.on('error', (error: Error) => {
    failure = error;
    current?.destroy(error);
  });
  try {
    for await (const entry of zip) {
      if (failure !== null) throw failure;
      current = entry;
      // A corrupt deflate stream fails on the entry itself, possibly after its reader has let go of
      // it: kept here and thrown below, so that it is the workbook's error, never an unhandled event.
      entry.on('error', (error: Error) => {
        failure ??= error;
      });
      const part = entry.path;
      const text = (): Readable => Readable.from(xmlPart(entry, part, PART_KINDS[part] ?? 'other'));
      const sheetNo = SHEET.exec(part)?.[1];
      if (part === 'xl/_rels/workbook.xml.rels') await reader._parseRels(text());
      else if (part === 'xl/workbook.xml') await reader._parseWorkbook(text());
      else if (part === 'xl/styles.xml') await reader._parseStyles(text());
      else if (part === 'xl/sharedStrings.xml') await drain(reader._parseSharedStrings(text()));
      else if (sheetNo !== undefined) {
        const position: SheetPosition = { sheet: `Sheet${sheetNo}`, row: 0, column: 0 };
        const sheetText = xmlPart(entry, part, 'sheet', position);
        if (reader.sharedStrings && reader.workbookRels) yield worksheet(reader, sheetText, position, sheetNo);
        else {
          // Checked and numbered on the way to the file, so that a bomb stops before it fills the disk.
          folder ??= await mkdtemp(join(tmpdir(), 'kaohe-xlsx-'));
          const file = join(folder, `sheet${sheetNo}.xml`);
          await pipeline(Readable.from(sheetText), createWriteStream(file));
          waiting.push({ sheetNo, position, file });
        }
      }
      // Parts not read (themes, images…) are inflated all the same: counted, so that a bomb there stops too.
      await drain(countedPart(entry, part));
      if (failure !== null) throw failure;
    }
    if (failure !== null) throw failure;
    current = null;
    for (const { sheetNo, position, file } of waiting) {
      yield worksheet(reader, createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>, position, sheetNo);
    }
  } finally {
    input.unpipe(zip);
    input.destroy();
    zip.destroy();
    if (folder !== null) await rm(folder, { recursive: true, force: true });
  }
}
