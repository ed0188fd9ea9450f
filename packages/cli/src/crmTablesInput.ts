import { basename, extname, resolve } from 'node:path';
import type { CrmProfile, CrmRecord, CrmRow, CrmTablesLayout } from '@kaohe/adapters';
import { cliMessage, listOf, UsageError } from './messages';
import type { SourceContext, SourceFiles } from './sourceContext';

/** A table read from a file or one sheet of a workbook, with the names it may answer to. */
interface Piece {
  readonly file: string;
  readonly names: readonly string[];
  /** The table a `NAME=` prefix or `--stage-history` gave it. */
  readonly forced?: string | undefined;
  /** Rows of a CSV or sheet, or a JSON document (query results) as read. */
  readonly rows?: CrmRow[];
  readonly json?: unknown;
  /** One sheet of a workbook of several: a sheet that names no table (notes, a cover) is not read. */
  readonly sheet?: boolean;
}

/** How each table of a profile's `tables` is named: its section, its object and, for a related table, the name the profile reads it by. */
function tableNames(layout: CrmTablesLayout): Map<string, string> {
  const names = new Map<string, string>();
  const add = (key: string, ...words: string[]): void => {
    for (const w of words) if (!names.has(w.toLowerCase())) names.set(w.toLowerCase(), key);
  };
  add('records', 'records', layout.records.object);
  if (layout.history !== undefined) add('history', 'history', layout.history.object);
  for (const [name, spec] of Object.entries(layout.related)) add(`related.${name}`, name, spec.object);
  return names;
}

/** A table's name for messages: the object of the records and history, the profile's name of a related table. */
function tableLabel(layout: CrmTablesLayout, key: string): string {
  if (key === 'records') return layout.records.object;
  if (key === 'history') return layout.history?.object ?? key;
  return key.slice('related.'.length);
}

const stem = (file: string): string => basename(file, extname(file));

/** The files given, each with the table its `NAME=` prefix names (only a prefix that is a table's name: a file may have "=" in its name). */
function namedFiles(files: SourceFiles, names: Map<string, string>): Array<{ file: string; forced?: string | undefined }> {
  const given = files.inputs.map((input) => {
    const at = input.indexOf('=');
    const key = at > 0 ? names.get(input.slice(0, at).toLowerCase()) : undefined;
    return key === undefined ? { file: input } : { file: input.slice(at + 1), forced: key };
  });
  return files.stageHistory === undefined ? given : [...given, { file: files.stageHistory, forced: 'history' }];
}

/** Reads each file: JSON query results where the source reads them, else every sheet of a CSV or .xlsx file. */
async function readPieces(context: SourceContext, files: SourceFiles, names: Map<string, string>, jsonTables: boolean): Promise<Piece[]> {
  const pieces: Piece[] = [];
  for (const { file, forced } of namedFiles(files, names)) {
    if (extname(file).toLowerCase() === '.json') {
      if (!jsonTables) throw new UsageError(cliMessage(context.locale, 'tableFormat', { file, source: context.source }));
      pieces.push({ file, names: [stem(file)], forced, json: await context.json(file) });
      continue;
    }
    const sheets = await context.adapters.crmTableSheets(resolve(context.cwd, file));
    // a workbook of one sheet is named by its file, as a CSV file is; a workbook of several, by each sheet's name
    if (sheets.length === 1) pieces.push({ file, names: [stem(file), sheets[0]?.name ?? ''], forced, rows: sheets[0]?.rows ?? [] });
    else for (const sheet of sheets) pieces.push({ file: `${file} [${sheet.name}]`, names: [sheet.name], rows: sheet.rows, sheet: true });
  }
  return pieces;
}

/** Each piece by the table it is: named, or the records when exactly one file is named by nothing. Sheets of a workbook that name no table are not read. */
function assign(pieces: readonly Piece[], layout: CrmTablesLayout, names: Map<string, string>, context: SourceContext): Map<string, Piece> {
  const { locale, source } = context;
  const assigned = new Map<string, Piece>();
  const unnamed: Piece[] = [];
  for (const piece of pieces) {
    const key = piece.forced ?? piece.names.map((n) => names.get(n.toLowerCase())).find((k) => k !== undefined);
    if (key === undefined) {
      if (piece.sheet !== true) unnamed.push(piece);
      continue;
    }
    const other = assigned.get(key);
    if (other !== undefined) throw new UsageError(cliMessage(locale, 'tableTwice', { table: tableLabel(layout, key), source, files: listOf(locale, [other.file, piece.file]) }));
    assigned.set(key, piece);
  }
  const [first, ...more] = unnamed;
  if (first !== undefined && more.length === 0 && !assigned.has('records')) assigned.set('records', first);
  else if (first !== undefined) {
    const labels = [...new Set(names.values())].map((k) => tableLabel(layout, k));
    throw new UsageError(cliMessage(locale, 'tableUnnamed', { file: first.file, source, names: listOf(locale, labels) }));
  }
  if (!assigned.has('records')) throw new UsageError(cliMessage(locale, 'tableNoRecords', { source, names: layout.records.object }));
  return assigned;
}

/**
 * CRM records from the tables of an export, read through the profile's `tables` section.
 * Each `--input` is a table, known by its file's name (or, in a workbook of several sheets,
 * each sheet's name): the object it holds (`Payment__c`, `回款`) or the name the profile reads
 * it by (`Payments`); `NAME=file` names it otherwise, `--stage-history` names the stage
 * changes, and the one file named by nothing is the records. JSON files are query results
 * (纷享销客's `{ errorCode, data: { dataList } }`) for the sources that read them.
 *
 * @example
 * const records = await readCrmTableFiles(context, { input: 'Opportunity.csv', inputs: ['Opportunity.csv', 'Payment__c.csv'] }, crmProfile('salesforce'), false);
 * @throws UsageError when a file names no table of the profile, two files give one table, no file gives the records, or the profile has no tables; AdapterError as the readers do.
 */
export async function readCrmTableFiles(context: SourceContext, files: SourceFiles, profile: CrmProfile, jsonTables: boolean): Promise<CrmRecord[]> {
  const layout = profile.tables;
  if (layout === undefined) throw new UsageError(cliMessage(context.locale, 'tablesMissing', { source: context.source, vendor: profile.vendor }));
  const names = tableNames(layout);
  const assigned = assign(await readPieces(context, files, names, jsonTables), layout, names, context);
  const related: Record<string, unknown> = {};
  for (const [key, piece] of assigned) if (key.startsWith('related.')) related[key.slice('related.'.length)] = piece.rows ?? piece.json;
  const records = assigned.get('records') as Piece;
  const history = assigned.get('history');
  if (records.json !== undefined) {
    const json = [...assigned.values()].find((p) => p.rows !== undefined);
    if (json !== undefined) throw new UsageError(cliMessage(context.locale, 'tableFormat', { file: records.file, source: context.source }));
    return context.adapters.fxiaokeRecords({ records: records.json, ...(history === undefined ? {} : { history: history.json }), related }, profile);
  }
  const json = [...assigned.values()].find((p) => p.rows === undefined);
  if (json !== undefined) throw new UsageError(cliMessage(context.locale, 'tableFormat', { file: json.file, source: context.source }));
  return context.adapters.tableRecords({ records: records.rows ?? [], ...(history === undefined ? {} : { history: history.rows ?? [] }), related: related as Record<string, CrmRow[]> }, profile);
}
