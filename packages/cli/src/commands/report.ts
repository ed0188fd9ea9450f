import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type CompiledScheme, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import type { ReportData, RejectedRow, ReportError } from '@kaohe/report';
import { EXIT, type CliIo } from '../io';
import { adapterError } from '../adapterError';
import { fileProblem } from '../fileProblem';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';
import { inputFormat } from '../inputFormat';
import { openSpreadsheet, type SpreadsheetRead } from '../spreadsheetInput';

/** Options of `kaohe report`. */
export interface ReportCommandOptions {
  readonly input?: string | undefined;
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly org?: string | undefined;
  readonly mapping?: string | undefined;
  readonly period?: string | undefined;
  /** The HTML file to write; stdout when absent. */
  readonly out?: string | undefined;
  /** `all` (default), `none`, or `split` (one file per department beside --out). */
  readonly pages?: string | undefined;
  readonly locale: Locale;
}

type Pages = 'all' | 'none' | 'split';

function pickPages(value: string | undefined, locale: Locale): Pages {
  if (value === undefined) return 'all';
  if (value === 'all' || value === 'none' || value === 'split') return value;
  throw new UsageError(cliMessage(locale, 'unknownPages', value));
}

/** Whether a parsed JSON file holds results (`kaohe appraise --format json`) rather than inputs. */
const holdsResults = (data: unknown): boolean => typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as { results?: unknown }).results);

/** The presets the results name, compiled, so that their bands and thresholds are drawn; a scheme not found is just not drawn. */
function presetsOf(results: readonly SchemeResult[], locale: Locale): CompiledScheme[] {
  const compiled: CompiledScheme[] = [];
  for (const id of new Set(results.map((r) => r.scheme.id))) {
    const entry = getPreset(id);
    if (entry !== undefined) compiled.push(compileScheme(entry.scheme, { schemes: presetSchemes, locale }));
  }
  return compiled;
}

/** Appraises the inputs a user would give `kaohe appraise`, keeping what could not be used for the report. */
async function appraiseInputs(file: string, options: ReportCommandOptions, io: CliIo): Promise<{ data: ReportData; compiled: CompiledScheme }> {
  const { locale } = options;
  const loaded = await loadScheme(options, io.cwd, locale);
  let compiled: CompiledScheme;
  try {
    compiled = compileScheme(loaded.data, { schemes: loaded.schemes, locale });
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, locale);
    throw error;
  }
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale, 'org')) as OrgChartInput);
  const rejected: RejectedRow[] = [];
  const format = inputFormat(file, undefined, locale);
  let inputs: AsyncIterable<unknown> | Iterable<unknown>;
  let finish: (() => SpreadsheetRead) | undefined;
  if (format.kind === 'sheet') {
    const sheet = await openSpreadsheet(file, { format: format.format, mapping: options.mapping, period: options.period, scheme: loaded.data, schemes: loaded.schemes, locale }, io, (row) => {
      for (const cell of row.cells) rejected.push({ file, sheet: row.sheet, row: row.row, column: cell.column, value: cell.value, reason: cell.message });
    });
    inputs = sheet.inputs;
    finish = () => sheet.finish();
  } else {
    if (options.mapping !== undefined) throw new UsageError(cliMessage(locale, 'mappingForJson'));
    const data = await readJsonFile(file, io.cwd, locale, 'input');
    inputs = Array.isArray(data) ? data : [data];
  }
  const results: SchemeResult[] = [];
  const errors: ReportError[] = [];
  let count = 0;
  for await (const input of inputs) {
    count += 1;
    try {
      results.push(await appraiseScheme(compiled, input, org === undefined ? { locale } : { locale, org }));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
      errors.push({ file: `${file} #${count}`, subject: typeof subject === 'string' ? subject : null, field: error.path.join('.'), code: error.code, message: error.format(locale) });
    }
  }
  if (finish !== undefined) {
    for (const w of finish().withheld) rejected.push({ file, sheet: null, row: w.rows.join(', '), column: null, value: w.subject, reason: w.message });
  }
  const read = count + rejected.length;
  return { data: { results, errors, rejected, summary: { read, appraised: results.length, rejected: rejected.length, errors: errors.length } }, compiled };
}

/** Reads results (JSONL or the JSON of `kaohe appraise`), or appraises inputs, whichever the file holds. */
async function readInput(file: string, options: ReportCommandOptions, io: CliIo): Promise<{ data: ReportData; schemes: CompiledScheme[] }> {
  const { locale } = options;
  const report = await import('@kaohe/report');
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw await fileProblem(error, file, io.cwd, locale);
    }
    const data = withFile(file, locale, () => report.readResultsJsonl(text, { locale }));
    return { data, schemes: await schemesFor(data.results, options, io) };
  }
  if (extension === '.json') {
    const json = await readJsonFile(file, io.cwd, locale, 'input');
    if (holdsResults(json)) {
      const data = withFile(file, locale, () => report.readResultsJson(json, { locale }));
      return { data, schemes: await schemesFor(data.results, options, io) };
    }
  }
  const { data, compiled } = await appraiseInputs(file, options, io);
  return { data, schemes: [compiled] };
}

function withFile<T>(file: string, locale: Locale, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(file, locale);
    throw error;
  }
}

async function schemesFor(results: readonly SchemeResult[], options: ReportCommandOptions, io: CliIo): Promise<CompiledScheme[]> {
  if (options.preset === undefined && options.scheme === undefined) return presetsOf(results, options.locale);
  const loaded = await loadScheme(options, io.cwd, options.locale);
  return [compileScheme(loaded.data, { schemes: loaded.schemes, locale: options.locale })];
}

/**
 * `kaohe report`: one self-contained HTML report of a run — from results (`.jsonl` of
 * `kaohe appraise --format jsonl`, or its `--format json` output) or from the inputs themselves,
 * appraised here with --preset or --scheme. `--pages none` leaves the subject pages out; `--pages
 * split` writes them one file per department beside --out.
 */
export async function reportCommand(options: ReportCommandOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  if (options.input === undefined) throw new UsageError(cliMessage(locale, 'needInput'));
  const pages = pickPages(options.pages, locale);
  if (pages === 'split' && options.out === undefined) throw new UsageError(cliMessage(locale, 'splitNeedsOut'));
  let read: Awaited<ReturnType<typeof readInput>>;
  try {
    read = await readInput(options.input, options, io);
  } catch (error) {
    const bad = adapterError(error);
    if (bad === null) throw error;
    io.stderr.write(`kaohe: ${options.input}: ${bad.format(locale)}\n`);
    return EXIT.failed;
  }
  const { data, schemes } = read;
  const { renderReport, renderReportSplit } = await import('@kaohe/report');
  // Past a thousand subjects the items' clauses are cited once in the overview rather than on every page, to keep the file small.
  const sources = data.results.length > 1000 ? ('overview' as const) : ('page' as const);
  const reportOptions = { locale, schemes, sources, inputs: [options.input], errors: data.errors, rejected: data.rejected, warnings: data.warnings ?? [], summary: data.summary };
  if (options.out === undefined) {
    io.stdout.write(renderReport(data.results, { ...reportOptions, subjectPages: pages === 'none' ? 'none' : 'all' }));
    return EXIT.ok;
  }
  const out = resolve(io.cwd, options.out);
  const written = [options.out];
  if (pages === 'split') {
    const { index, files } = renderReportSplit(data.results, { ...reportOptions, prefix: basename(out, extname(out)) });
    await writeFile(out, index);
    for (const file of files) {
      await writeFile(join(dirname(out), file.fileName), file.html);
      written.push(join(dirname(options.out), file.fileName));
    }
  } else {
    await writeFile(out, renderReport(data.results, { ...reportOptions, subjectPages: pages }));
  }
  for (const file of written) io.stderr.write(`${cliMessage(locale, 'reportWritten', file)}\n`);
  if (data.rejected.length > 0) io.stderr.write(`${cliMessage(locale, 'rejectedCount', String(data.rejected.length))}\n`);
  if (data.errors.length > 0) io.stderr.write(`${cliMessage(locale, 'failedCount', String(data.errors.length))}\n`);
  return EXIT.ok;
}
