import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { escapeCellText } from './escapeCellText.js';
import type { Locale } from './localizedMessage.js';
import type { ResultForWorkbook, ResultVetoForWorkbook } from './resultForWorkbook.js';
import { RESULTS_HEADERS } from './resultsHeaders.js';

/** Options of {@link writeResultsWorkbook}. */
export interface ResultsWorkbookOptions {
  /** The language of headers, names and explanation lines (default `zh-CN`). */
  readonly locale?: Locale;
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

function sheetName(schemeId: string, taken: Set<string>): string {
  const last = schemeId.split('/').pop() ?? schemeId;
  const base = (last.replace(FORBIDDEN_IN_SHEET_NAME, '_').trim() || 'results').slice(0, 28);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function vetoText(veto: ResultVetoForWorkbook, locale: Locale): string {
  return veto.message?.[locale] ?? veto.id ?? '';
}

function groupByScheme(results: Iterable<ResultForWorkbook>): Map<string, ResultForWorkbook[]> {
  const groups = new Map<string, ResultForWorkbook[]>();
  for (const result of results) {
    const key = `${result.scheme.id}@${String(result.scheme.version)}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(result);
  }
  return groups;
}

async function collect(results: Iterable<ResultForWorkbook> | AsyncIterable<ResultForWorkbook>): Promise<ResultForWorkbook[]> {
  const all: ResultForWorkbook[] = [];
  for await (const r of results) all.push(r);
  return all;
}

function text(value: string): string {
  return escapeCellText(value);
}

/**
 * Writes appraisal results to an .xlsx workbook people can read: a sheet per scheme
 * (a title row naming the scheme, version and hash, then a header row), a row per
 * subject, a column per item (its points as a number shown with two decimals), the
 * total, the band, the outcome, the vetoes and the explanation lines in the chosen
 * language. Every text is written as a string cell, and text that a spreadsheet
 * could take for a formula (`=`, `+`, `-`, `@`, tab, CR) is escaped by
 * {@link escapeCellText}. Streams the workbook out (exceljs's streaming writer).
 *
 * @example
 * await writeResultsWorkbook(results, 'results.xlsx', { locale: 'zh-CN' });
 * @throws Error when the target cannot be written.
 */
export async function writeResultsWorkbook(
  results: Iterable<ResultForWorkbook> | AsyncIterable<ResultForWorkbook>,
  target: string | Writable,
  options: ResultsWorkbookOptions = {},
): Promise<void> {
  const locale = options.locale ?? 'zh-CN';
  const h = (key: keyof typeof RESULTS_HEADERS): string => RESULTS_HEADERS[key][locale];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: true,
  });
  const taken = new Set<string>();
  for (const group of groupByScheme(await collect(results)).values()) {
    const first = group[0] as ResultForWorkbook;
    const sheet = workbook.addWorksheet(sheetName(first.scheme.id, taken));
    const items: { id: string; header: string }[] = [];
    const seen = new Set<string>();
    for (const result of group) {
      for (const item of result.items) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        items.push({ id: item.id, header: `${item.id} ${item.name[locale]}` });
      }
    }
    const headers = [h('subject'), h('period'), ...items.map((i) => i.header), h('total'), h('band'), h('outcome'), h('vetoes'), h('explanation')];
    const width = headers.length;
    const scheme = first.scheme;
    const title = `${scheme.name?.[locale] ?? scheme.id} · ${scheme.id} v${String(scheme.version)}${scheme.hash ? ` · ${scheme.hash}` : ''}`;
    const titleRow = sheet.addRow([text(title)]);
    titleRow.font = { bold: true, size: 13 };
    sheet.mergeCells(1, 1, 1, width);
    titleRow.commit();
    const headerRow = sheet.addRow(headers.map(text));
    headerRow.font = { bold: true };
    headerRow.alignment = { wrapText: true, vertical: 'middle' };
    headerRow.commit();
    sheet.columns = headers.map((_, i) => ({ width: i === width - 1 ? 80 : i < 2 ? 16 : 12 }));
    for (const result of group) {
      const byId = new Map(result.items.map((item) => [item.id, item]));
      const explanation = result.items
        .flatMap((item) => item.lines.map((line) => `${item.id}: ${line.message[locale]}`))
        .join('\n');
      const values: (string | number | null)[] = [
        text(result.subject),
        text(result.period),
        ...items.map((i) => {
          const item = byId.get(i.id);
          return item === undefined ? null : Number(item.points);
        }),
        Number(result.total),
        result.band ? text(result.band.name[locale]) : null,
        text(result.outcome),
        text(result.vetoes.map((v) => vetoText(v, locale)).join('\n')),
        text(explanation),
      ];
      const row = sheet.addRow(values);
      for (let c = 3; c <= items.length + 3; c++) row.getCell(c).numFmt = '0.00';
      row.getCell(width).alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/**
 * The results workbook of {@link writeResultsWorkbook} as bytes.
 *
 * @example
 * const bytes = await resultsWorkbookBuffer(results, { locale: 'en' });
 */
export async function resultsWorkbookBuffer(
  results: Iterable<ResultForWorkbook> | AsyncIterable<ResultForWorkbook>,
  options: ResultsWorkbookOptions = {},
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeResultsWorkbook(results, sink, options);
  sink.end();
  await done;
  return Buffer.concat(chunks);
}
