import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale, SchemeSource } from '@kaohe/core';
import type { AppraisalInput, ReadReport } from '@kaohe/adapters';
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
  readonly cells: ReadonlyArray<{ readonly column: string; readonly header: string; readonly value: string; readonly code: string; readonly message: string }>;
}

/** A subject left out because some of its rows were rejected. */
export interface WithheldSubject {
  readonly file: string;
  readonly subject: string;
  readonly period: string;
  readonly rows: readonly string[];
  readonly message: string;
}

/** What a spreadsheet gave: the inputs, and what it could not use. */
export interface SpreadsheetRead {
  readonly inputs: AppraisalInput[];
  readonly rejected: RejectedRow[];
  readonly withheld: WithheldSubject[];
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
 * Reads a workbook or CSV file through `@kaohe/adapters` (loaded only here, so that
 * a JSON run never loads the spreadsheet libraries). The column mapping is the one
 * given with --mapping, else the one generated from the scheme (with the headers
 * shipped for a preset merged over it).
 */
export async function readSpreadsheet(
  file: string,
  options: { format?: 'csv' | 'xlsx' | undefined; mapping?: string | undefined; period?: string | undefined; scheme: unknown; schemes: SchemeSource; locale: Locale },
  io: CliIo,
): Promise<SpreadsheetRead> {
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
  const mapping = options.mapping === undefined ? undefined : adapters.parseMapping(await readJsonFile(options.mapping, io.cwd, options.locale, 'mapping'));
  const size = found.size;
  const shown = progress(io, file, size, options.locale);
  let read: { inputs: AppraisalInput[]; report: ReadReport };
  try {
    read = await adapters.readAllInputs(path, {
      ...(mapping === undefined ? { scheme: options.scheme, schemes: options.schemes } : { mapping }),
      ...(options.period === undefined ? {} : { period: options.period }),
      ...(options.format === undefined ? {} : { format: options.format }),
      onProgress: shown.update,
    });
  } finally {
    shown.done();
  }
  const { locale } = options;
  return {
    inputs: read.inputs,
    rejected: read.report.rejected.map((r) => ({
      file,
      sheet: r.sheet,
      row: r.row,
      subject: r.subject,
      cells: r.issues.map((i) => ({ column: i.column, header: i.header, value: i.value, code: i.reason.code, message: i.message[locale] })),
    })),
    withheld: read.report.withheld.map((w) => ({ file, subject: w.subject, period: w.period, rows: w.rows, message: w.message[locale] })),
  };
}

/** The rejected rows and withheld subjects, one line each, for stderr. */
export function rejectionSummary(read: SpreadsheetRead, locale: Locale): string {
  const lines: string[] = [];
  for (const r of read.rejected) {
    for (const c of r.cells) lines.push(`${r.file} ${r.sheet}!${c.column}${r.row} (${c.header}): ${c.message}`);
  }
  for (const w of read.withheld) lines.push(`${w.file}: ${w.message}`);
  const rows = read.rejected.length;
  lines.push(cliMessage(locale, 'rejectedCount', String(rows)));
  return lines.join('\n');
}
