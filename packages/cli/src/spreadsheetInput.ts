import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale, SchemeResult, SchemeSource } from '@kaohe/core';
import type { AppraisalInput, Mapping, ReadReport } from '@kaohe/adapters';
import type { FactSource } from './factSource';
import type { CliIo } from './io';
import { fileProblem } from './fileProblem';
import { readJsonFile } from './loadScheme';
import { cliMessage } from './messages';

/** A rejected row as the JSON output lists it: every bad cell with its reason in the chosen locale. */
export interface RejectedRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly subject: string | null;
  /** The id of a CRM record or ticket, for a record of an export rather than a row of a sheet. */
  readonly record?: string;
  readonly cells: ReadonlyArray<{ readonly column: string; readonly header: string; readonly value: string; readonly code: string; readonly message: string }>;
}

/** A subject left out because some of its rows were rejected. */
export interface WithheldSubject {
  readonly file: string;
  readonly subject: string;
  readonly period: string;
  readonly rows: readonly string[];
  readonly message: string;
  /** Why, when not for rejected rows (`joinConflict`: two sources give a fact different values). */
  readonly code?: string;
}

/**
 * What to look at without failing the run, for the JSON output and the `warning` lines of JSON
 * Lines: a cell no column reads (right of the last header), or a note on a record or subject of a
 * source run (a project not ready, a time zone assumed, an SLA verdict that differs, a subject one
 * source lacks, a month missing from the history).
 */
export interface CellWarning {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly code: string;
  readonly message: string;
  /** The id of a CRM record or ticket the warning is about (its message names it). */
  readonly record?: string;
  /** The subject the warning is about, where known (its message names it). */
  readonly subject?: string;
}

/**
 * Whether a warning is about a cell of a sheet (placed by sheet, column and row) rather than a
 * record or subject its message names.
 *
 * @example
 * isCellWarning({ file: 'a.csv', sheet: 'a', row: 2, column: 'F', value: 'x', code: 'cellWithoutHeader', message: '…' }) // true
 */
export function isCellWarning(w: CellWarning): boolean {
  return w.record === undefined && w.subject === undefined;
}

/** The rows under the headers of the sheets read: `read` = `used` + `rejected` + `blank`. */
export interface RowCounts {
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
  readonly blank: number;
}

/** What a spreadsheet read did not use, once its inputs have been iterated. */
export interface SpreadsheetRead {
  readonly file: string;
  /** Inputs produced. */
  readonly inputs: number;
  /** The first {@link REJECTED_SHOWN} rejected rows (for stderr); every one went to `onRejected`. */
  readonly rejected: RejectedRow[];
  /** Rows rejected, all of them. */
  readonly rejectedCount: number;
  readonly withheld: WithheldSubject[];
  readonly warnings: CellWarning[];
  readonly rows: RowCounts;
  /** The rows are the records of an export (a CRM's, a service desk's), not of a sheet. */
  readonly records?: boolean;
}

/** A spreadsheet being read: iterate `inputs` (once), then `finish` tells what was not used. */
export interface SpreadsheetStream {
  readonly inputs: AsyncIterable<AppraisalInput>;
  /** The same inputs as the reader makes them, a batch at a time (iterate this or `inputs`, not both): one promise per batch rather than per input. */
  readonly batches?: AsyncIterable<readonly AppraisalInput[]>;
  /** Where a subject's facts came from (a CRM's records and fields, a service desk's tickets), printed beside its result. */
  sourcesOf?(subject: string): readonly FactSource[] | undefined;
  /** Sees each result as it is made (a service desk's own SLA verdicts are compared with it). */
  seen?(result: SchemeResult): void;
  finish(): SpreadsheetRead;
}

/** Rejected rows kept for the lines on stderr; the others are counted (and go to the outputs as found). */
export const REJECTED_SHOWN = 1000;

function rowCounts(report: ReadReport): RowCounts {
  let used = 0;
  let rejected = 0;
  let blank = 0;
  for (const sheet of report.sheets) {
    if (sheet.table === null) continue;
    used += sheet.rowsUsed;
    rejected += sheet.rowsRejected;
    blank += sheet.blankRows;
  }
  return { read: used + rejected + blank, used, rejected, blank };
}

/** Files of at least this size get a progress display (when stderr is a terminal). */
const LARGE = 1 << 20;

/** A progress line on stderr, rewritten with a carriage return; only on a terminal and for large files. */
function progress(io: CliIo, file: string, size: number, locale: Locale): { update: (rows: number) => void; done: () => void } {
  if (io.stderr.isTTY !== true || size < LARGE) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(rows) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${cliMessage(locale, 'progress', `${file}: ${rows.toLocaleString('en')}`)}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

/**
 * Opens a workbook or CSV file through `@kaohe/adapters` (loaded only here, so that
 * a JSON run never loads the spreadsheet libraries) for reading subject by subject. The column
 * mapping is the one given with --mapping, else the one generated from the scheme (with the
 * headers shipped for a preset merged over it). Each rejected row goes to `onRejected` as it is
 * found; only the first {@link REJECTED_SHOWN} are kept.
 */
export async function openSpreadsheet(
  file: string,
  options: {
    format?: 'csv' | 'xlsx' | undefined;
    mapping?: string | undefined;
    period?: string | undefined;
    scheme: unknown;
    schemes: SchemeSource;
    locale: Locale;
    /** Changes the mapping read with (the scheme's, or --mapping): a raters' sheet needs only its rating columns. */
    narrow?: ((mapping: Mapping) => Mapping) | undefined;
  },
  io: CliIo,
  onRejected: (row: RejectedRow, before: number) => void,
): Promise<SpreadsheetStream> {
  const path = resolve(io.cwd, file);
  // The file is looked at before the adapters are loaded, so that a wrong path says so at once.
  const found = await stat(path).catch(async (error: unknown) => {
    throw await fileProblem(error, file, io.cwd, options.locale);
  });
  if (found.isDirectory()) throw await fileProblem(Object.assign(new Error(file), { code: 'EISDIR' }), file, io.cwd, options.locale);
  await access(path, constants.R_OK).catch(async (error: unknown) => {
    throw await fileProblem(error, file, io.cwd, options.locale);
  });
  const adapters = await import('@kaohe/adapters');
  const given = options.mapping === undefined ? undefined : adapters.parseMapping(await readJsonFile(options.mapping, io.cwd, options.locale, 'mapping'));
  const mapping = options.narrow === undefined ? given : options.narrow(given ?? adapters.schemeMapping(options.scheme, { schemes: options.schemes }));
  const shown = progress(io, file, found.size, options.locale);
  const { locale } = options;
  const rejected: RejectedRow[] = [];
  let rejectedCount = 0;
  const reader = adapters.readInputs(path, {
    ...(mapping === undefined ? { scheme: options.scheme, schemes: options.schemes } : { mapping }),
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.format === undefined ? {} : { format: options.format }),
    onProgress: shown.update,
    keepRejections: false,
    onRejection(r) {
      const row: RejectedRow = {
        file,
        sheet: r.sheet,
        row: r.row,
        subject: r.subject,
        cells: r.issues.map((i) => ({ column: i.column, header: i.header, value: i.value, code: i.reason.code, message: i.message[locale] })),
      };
      rejectedCount++;
      if (rejected.length < REJECTED_SHOWN) rejected.push(row);
      // The inputs the reader made from the rows before this one (it makes them in the rows' order).
      onRejected(row, reader.report.inputs);
    },
  });
  async function* batches(): AsyncGenerator<readonly AppraisalInput[]> {
    try {
      yield* reader.batches();
    } finally {
      shown.done();
    }
  }
  async function* inputs(): AsyncGenerator<AppraisalInput> {
    // Batches, not the reader's per-input iterator: one layer of promises less per input.
    for await (const batch of batches()) yield* batch;
  }
  return {
    inputs: inputs(),
    batches: batches(),
    finish: () => ({
      file,
      inputs: reader.report.inputs,
      rejected,
      rejectedCount,
      withheld: reader.report.withheld.map((w) => ({ file, subject: w.subject, period: w.period, rows: w.rows, message: w.message[locale] })),
      warnings: reader.report.warnings.map((w) => ({ file, sheet: w.sheet, row: w.row, column: w.column, value: w.value, code: w.reason.code, message: w.message[locale] })),
      rows: rowCounts(reader.report),
    }),
  };
}

/**
 * What a read left unused that belongs to one shard: the rejected rows and withheld subjects of its
 * subjects, and — for the first shard only — the rows without a subject (blank rows, cells without a
 * header), so that the shards' counts add up to the file's.
 */
export function shardRead(read: SpreadsheetRead, mine: (subject: string | null) => boolean, first: boolean, rejectedMine: number): SpreadsheetRead {
  return {
    ...read,
    rejected: read.rejected.filter((r) => mine(r.subject)),
    rejectedCount: rejectedMine,
    withheld: read.withheld.filter((w) => mine(w.subject)),
    warnings: first ? read.warnings : [],
    rows: { ...read.rows, rejected: rejectedMine, blank: first ? read.rows.blank : 0 },
  };
}

/** Whether a read used every row and cell: nothing rejected, withheld, blank or left out, and some subject found. */
export function isCleanRead(read: SpreadsheetRead): boolean {
  return read.inputs > 0 && read.rejectedCount === 0 && read.withheld.length === 0 && read.warnings.length === 0 && read.rows.blank === 0;
}

/**
 * What a read did not use, for stderr: the rejected rows and withheld subjects, the cells
 * without a header, one line each, with their counts; no subject found; and a last line
 * counting the rows under the headers (read = used + rejected + blank).
 */
export function rejectionSummary(read: SpreadsheetRead, locale: Locale): string {
  const lines: string[] = [];
  // A record's message names the record; a row's place is its sheet, column and row.
  for (const r of read.rejected) {
    for (const c of r.cells) lines.push(r.record === undefined ? `${r.file} ${r.sheet}!${c.column}${r.row} (${c.header}): ${c.message}` : `${r.file}: ${c.message}`);
  }
  if (read.rejectedCount > read.rejected.length) lines.push(cliMessage(locale, 'moreRejected', String(read.rejectedCount - read.rejected.length)));
  for (const w of read.withheld) lines.push(`${w.file}: ${w.message}`);
  for (const w of read.warnings) lines.push(isCellWarning(w) ? `${w.file} ${w.sheet}!${w.column}${w.row}: ${w.message}` : `${w.file}: ${w.message}`);
  const records = read.records === true;
  if (read.rejectedCount > 0) lines.push(cliMessage(locale, records ? 'recordsRejectedCount' : 'rejectedCount', String(read.rejectedCount)));
  const headerless = read.warnings.filter(isCellWarning).length;
  if (headerless > 0) lines.push(cliMessage(locale, 'warningCount', String(headerless)));
  if (read.inputs === 0) lines.push(`kaohe: ${read.file}: ${cliMessage(locale, records ? 'noSubjects' : 'noSubjectFound')}`);
  const counts = { file: read.file, read: String(read.rows.read), used: String(read.rows.used), rejected: String(read.rows.rejected), blank: String(read.rows.blank) };
  lines.push(cliMessage(locale, records ? 'recordsSummary' : 'rowsSummary', counts));
  return lines.join('\n');
}
