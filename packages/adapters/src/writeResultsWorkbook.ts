import { PassThrough, type Writable } from 'node:stream';
import { loadExcelJs } from './loadExcelJs.js';
import type ExcelJSModule from 'exceljs';
import { addWorkbookRow, type CellFormat } from './addWorkbookRow.js';
import type { Locale, LocalizedText } from './localizedMessage.js';
import { outcomeText } from './outcomeText.js';
import { writeRejectedSheet } from './rejectedSheet.js';
import type {
  RegimeResultForWorkbook,
  RejectedRowForWorkbook,
  ResultForWorkbook,
  ResultSchemeForWorkbook,
  ResultVetoForWorkbook,
  RunCountsForWorkbook,
  WorkbookResult,
} from './resultForWorkbook.js';
import { RESULTS_HEADERS, type ResultsHeaderKey } from './resultsHeaders.js';
import { ResultsSummary } from './ResultsSummary.js';
import { writeSummarySheet } from './summarySheet.js';
import { WORKBOOK_TEXTS } from './workbookTexts.js';

/** Options of {@link writeResultsWorkbook}. */
export interface ResultsWorkbookOptions {
  /** The language of headers, names and explanation lines (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * The schemes of the results, for their names in the sheets' titles: a result of `@kaohe/core`
   * carries its scheme's id, version and hash only (a compiled scheme's `scheme` is one).
   */
  readonly schemes?: readonly { readonly id: string; readonly name: LocalizedText }[];
  /** The rows of the inputs that were not used, listed on a sheet of their own (none: no such sheet). */
  readonly rejected?: Iterable<RejectedRowForWorkbook> | AsyncIterable<RejectedRowForWorkbook>;
  /** The counts of the run for the summary sheet; by default, the results written and the rejected rows listed. */
  readonly counts?: RunCountsForWorkbook;
}

/** Options of {@link writeResultsWorkbookFrom}: the rejected rows, too, come as a pass that can be made again. */
export interface ResultsWorkbookFromOptions extends Omit<ResultsWorkbookOptions, 'rejected'> {
  readonly rejected?: () => Iterable<RejectedRowForWorkbook> | AsyncIterable<RejectedRowForWorkbook>;
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

const schemeKey = (result: WorkbookResult): string => `${result.scheme.id}@${String(result.scheme.version)}`;

/**
 * For each scheme (in order of first appearance), the few results that decide its sheet's
 * columns: the first one, and each that brings a name, a grade, a bonus, a sanction or an item
 * not seen before. The columns made from them are those made from every result of the scheme,
 * so a sheet's layout is known after one pass that holds no more than these.
 */
async function sheetShapes(results: Iterable<WorkbookResult> | AsyncIterable<WorkbookResult>, summary: ResultsSummary): Promise<Map<string, WorkbookResult[]>> {
  const shapes = new Map<string, { kept: WorkbookResult[]; seen: Set<string>; name: boolean; grade: boolean; bonus: boolean; sanction: boolean }>();
  for await (const result of results) {
    summary.add(result);
    const key = schemeKey(result);
    let shape = shapes.get(key);
    if (shape === undefined) shapes.set(key, (shape = { kept: [], seen: new Set(), name: false, grade: false, bonus: false, sanction: false }));
    let keep = shape.kept.length === 0;
    if (!shape.name && result.name) keep = shape.name = true;
    if (result.kind !== 'penaltyRegime') {
      if (!shape.grade && result.grade) keep = shape.grade = true;
      if (!shape.bonus && result.bonus) keep = shape.bonus = true;
      if (!shape.sanction && result.sanction) keep = shape.sanction = true;
      for (const item of result.items) {
        if (shape.seen.has(item.id)) continue;
        shape.seen.add(item.id);
        keep = true;
      }
    }
    if (keep) shape.kept.push(result);
  }
  return new Map([...shapes].map(([key, shape]) => [key, shape.kept]));
}

function text(value: string): string {
  return value;
}

/** The id of the built-in number format "Text" (`@`), given to formula-like text cells. */
const TEXT_FORMAT_ID = 49;

interface XmlStreamLike {
  openNode(name: string, attributes?: Record<string, unknown>): unknown;
}
interface XfXformLike {
  render(xml: XmlStreamLike, model: { numFmtId?: number }): void;
}

/**
 * exceljs writes no quote-prefix style: the cell formats of this workbook that use the
 * Text format get `quotePrefix="1"` as they are rendered, so that Excel keeps a
 * formula-like text as text even when the cell is edited, with the text itself exact.
 */
function quotePrefixTextCells(workbook: InstanceType<typeof ExcelJSModule.stream.xlsx.WorkbookWriter>): void {
  // The style manager renders each cell format to XML once, with its `map.style`, as the format is first used.
  const styles = (workbook as unknown as { styles?: { map?: { style?: XfXformLike } } }).styles;
  const xf = styles?.map?.style;
  if (xf === undefined) throw new Error('writeResultsWorkbook: this exceljs version writes styles differently; the quote-prefix style cannot be set');
  const render = xf.render.bind(xf);
  xf.render = (xml, model) => {
    if (model.numFmtId !== TEXT_FORMAT_ID) return render(xml, model);
    const open = xml.openNode;
    xml.openNode = (name, attributes) => {
      xml.openNode = open;
      return open.call(xml, name, { ...attributes, quotePrefix: '1' });
    };
    render(xml, model);
  };
}

/** A column of a results sheet: its header, its cell for a result, and whether it is a figure (two decimals). */
interface SheetColumn<R> {
  readonly header: string;
  readonly figure: boolean;
  readonly cell: (result: R) => string | number | null;
}

const figure = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

/** The subject column, then the name column when some result of the sheet has a name. */
function subjectColumns<R extends WorkbookResult>(group: readonly R[], locale: Locale): SheetColumn<R>[] {
  const subject: SheetColumn<R> = { header: RESULTS_HEADERS.subject[locale], figure: false, cell: (r) => text(r.subject) };
  if (!group.some((r) => r.name)) return [subject];
  return [subject, { header: RESULTS_HEADERS.name[locale], figure: false, cell: (r) => (r.name ? text(r.name) : null) }];
}

function scorecardColumns(group: readonly ResultForWorkbook[], locale: Locale): SheetColumn<ResultForWorkbook>[] {
  const h = (key: ResultsHeaderKey): string => RESULTS_HEADERS[key][locale];
  const items: { id: string; header: string }[] = [];
  const seen = new Set<string>();
  for (const result of group) {
    for (const item of result.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push({ id: item.id, header: `${item.id} ${item.name[locale]}` });
    }
  }
  const columns: SheetColumn<ResultForWorkbook>[] = [
    ...subjectColumns(group, locale),
    { header: h('period'), figure: false, cell: (r) => text(r.period) },
    ...items.map((i) => ({ header: i.header, figure: true, cell: (r: ResultForWorkbook) => figure(r.items.find((item) => item.id === i.id)?.points) })),
    { header: h('total'), figure: true, cell: (r) => figure(r.total) },
    { header: h('band'), figure: false, cell: (r) => (r.band ? text(r.band.name[locale]) : null) },
  ];
  if (group.some((r) => r.grade)) columns.push({ header: h('grade'), figure: false, cell: (r) => (r.grade ? text(r.grade.id) : null) });
  if (group.some((r) => r.bonus)) {
    columns.push(
      { header: h('bonusBase'), figure: true, cell: (r) => figure(r.bonus?.base) },
      { header: h('bonusFull'), figure: true, cell: (r) => figure(r.bonus?.full) },
      { header: h('bonusFinal'), figure: true, cell: (r) => figure(r.bonus?.final) },
      { header: h('bonusPool'), figure: true, cell: (r) => figure(r.bonus?.pool) },
    );
  }
  if (group.some((r) => r.sanction)) columns.push({ header: h('sanction'), figure: false, cell: (r) => (r.sanction ? text(r.sanction.name[locale]) : null) });
  columns.push(
    { header: h('outcome'), figure: false, cell: (r) => text(outcomeText(r, locale)) },
    { header: h('vetoes'), figure: false, cell: (r) => text(r.vetoes.map((v) => vetoText(v, locale)).join('\n')) },
    {
      header: h('explanation'),
      figure: false,
      cell: (r) => text(r.items.flatMap((item) => item.lines.map((line) => `${item.id}: ${line.message[locale]}`)).join('\n')),
    },
  );
  return columns;
}

function regimeColumns(group: readonly RegimeResultForWorkbook[], locale: Locale): SheetColumn<RegimeResultForWorkbook>[] {
  const h = (key: ResultsHeaderKey): string => RESULTS_HEADERS[key][locale];
  return [
    ...subjectColumns(group, locale),
    { header: h('period'), figure: false, cell: (r) => text(r.period) },
    { header: h('points'), figure: true, cell: (r) => figure(r.points) },
    { header: h('fine'), figure: true, cell: (r) => figure(r.fine.total) },
    { header: h('sanction'), figure: false, cell: (r) => text(r.sanctions.map((x) => x.name[locale]).join('\n')) },
    { header: h('outcome'), figure: false, cell: (r) => text(outcomeText(r, locale)) },
    { header: h('explanation'), figure: false, cell: (r) => text([...r.lines, ...r.fine.lines].map((line) => line.message[locale]).join('\n')) },
  ];
}

/**
 * Writes appraisal results (`Appraisal`s and `RegimeResult`s of `@kaohe/core`, as
 * `appraise` returns them or as read back from the CLI's JSON) to an .xlsx workbook
 * people can read: a sheet per scheme
 * (a title row naming the scheme in the chosen language, its id, version and hash, then a header row), a row per
 * subject (its id, then its name in a 姓名/Name column when some result of the sheet
 * has one), a column per item (its points as a number shown with two decimals), the
 * total, the band, the grade and bonus of a project scheme, the outcome, the vetoes
 * and the explanation lines in the chosen language; a penalty regime's sheet has the
 * points, the fine and the sanctions instead of items. Outcomes are written in words (a band's or
 * sanction's name, 考核不合格 / fail). A summary sheet follows with the counts of the run and, per
 * scheme, the mean, lowest and highest total and the share of each band, outcome and veto; then,
 * when `rejected` is given, a sheet of the rows not used (sheet, row, column, value, reason).
 * Every text is written as a string cell,
 * exactly; text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR, see
 * `isFormulaLike`) gets the Text format with a quote-prefix style, so that it stays text
 * when the cell is edited. Streams the workbook out (exceljs's streaming writer).
 *
 * @example
 * await writeResultsWorkbook(results, 'results.xlsx', { locale: 'zh-CN' });
 * @throws Error when the target cannot be written.
 */
export async function writeResultsWorkbook(
  results: Iterable<WorkbookResult> | AsyncIterable<WorkbookResult>,
  target: string | Writable,
  options: ResultsWorkbookOptions = {},
): Promise<void> {
  const all: WorkbookResult[] = [];
  for await (const r of results) all.push(r);
  const rejected: RejectedRowForWorkbook[] = [];
  if (options.rejected !== undefined) for await (const r of options.rejected) rejected.push(r);
  const { rejected: _given, ...rest } = options;
  await writeResultsWorkbookFrom(() => all, target, options.rejected === undefined ? rest : { ...rest, rejected: () => rejected });
}

/**
 * {@link writeResultsWorkbook} without holding the results: `results` is called for a new pass
 * over them (one to lay out the sheets, then one per scheme to write its rows), for results far
 * more than memory holds, such as JSON Lines read back from a file. Each pass must give the
 * same results in the same order; the workbook is the same as {@link writeResultsWorkbook}'s.
 *
 * @example
 * await writeResultsWorkbookFrom(() => readResultLines('results.jsonl'), 'results.xlsx', { locale: 'zh-CN' });
 * @throws Error when the target cannot be written.
 */
export async function writeResultsWorkbookFrom(
  results: () => Iterable<WorkbookResult> | AsyncIterable<WorkbookResult>,
  target: string | Writable,
  options: ResultsWorkbookFromOptions = {},
): Promise<void> {
  const locale = options.locale ?? 'zh-CN';
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: true,
  });
  quotePrefixTextCells(workbook);
  const names = new Map((options.schemes ?? []).map((s) => [s.id, s.name]));
  const title = (scheme: ResultSchemeForWorkbook): string => {
    const name = scheme.name?.[locale] ?? names.get(scheme.id)?.[locale];
    return `${name === undefined ? '' : `${name} · `}${scheme.id} v${String(scheme.version)}${scheme.hash ? ` · ${scheme.hash}` : ''}`;
  };
  const taken = new Set([WORKBOOK_TEXTS.summarySheet[locale].toLowerCase(), WORKBOOK_TEXTS.rejectedSheet[locale].toLowerCase()]);
  const summary = new ResultsSummary(locale);
  for (const [key, shape] of await sheetShapes(results(), summary)) {
    const first = shape[0] as WorkbookResult;
    const columns = (
      first.kind === 'penaltyRegime' ? regimeColumns(shape as RegimeResultForWorkbook[], locale) : scorecardColumns(shape as ResultForWorkbook[], locale)
    ) as SheetColumn<WorkbookResult>[];
    const sheet = workbook.addWorksheet(sheetName(first.scheme.id, taken));
    const width = columns.length;
    const titleRow = sheet.addRow([text(title(first.scheme))]);
    titleRow.font = { bold: true, size: 13 };
    sheet.mergeCells(1, 1, 1, width);
    titleRow.commit();
    const headerRow = sheet.addRow(columns.map((c) => text(c.header)));
    headerRow.font = { bold: true };
    headerRow.alignment = { wrapText: true, vertical: 'middle' };
    headerRow.commit();
    sheet.columns = columns.map((_, i) => ({ width: i === width - 1 ? 80 : i < 2 ? 16 : 12 }));
    const formats: CellFormat[] = columns.map((c) => (c.figure ? 'figure' : undefined));
    for await (const result of results()) {
      if (schemeKey(result) === key) addWorkbookRow(sheet, columns.map((c) => c.cell(result)), formats, { wrapLast: true });
    }
    sheet.commit();
  }
  const schemes = summary.schemes();
  let counts = options.counts;
  if (counts === undefined) {
    let rejected = 0;
    if (options.rejected !== undefined) for await (const _ of options.rejected()) rejected++;
    const appraised = schemes.reduce((n, s) => n + s.count, 0);
    counts = { read: appraised + rejected, appraised, rejected, errors: 0 };
  }
  writeSummarySheet(workbook.addWorksheet(WORKBOOK_TEXTS.summarySheet[locale]), schemes, counts, title, locale);
  if (options.rejected !== undefined) await writeRejectedSheet(workbook.addWorksheet(WORKBOOK_TEXTS.rejectedSheet[locale]), options.rejected(), locale);
  await workbook.commit();
}

/**
 * The results workbook of {@link writeResultsWorkbook} as bytes.
 *
 * @example
 * const bytes = await resultsWorkbookBuffer(results, { locale: 'en' });
 */
export async function resultsWorkbookBuffer(
  results: Iterable<WorkbookResult> | AsyncIterable<WorkbookResult>,
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
