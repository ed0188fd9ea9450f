import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { compileScheme, KaoheError, type CompiledScheme, type Locale, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import type { ReportData, RejectedRow, ReportError, RunSummary } from '@kaohe/report';
import { appraiseRun } from '../appraiseRun';
import { EXIT, type CliIo } from '../io';
import { adapterError } from '../adapterError';
import { fileProblem } from '../fileProblem';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';
import { cellLines, withheldLine } from '../rejectedRows';
import type { ResultsSink } from '../resultsSink';

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

/** A sink that keeps a run's results, failures and rejected rows for the report. */
function reportSink(): { sink: ResultsSink; data: () => ReportData } {
  const results: SchemeResult[] = [];
  const errors: ReportError[] = [];
  const rejected: RejectedRow[] = [];
  let summary: RunSummary | null = null;
  const sink: ResultsSink = {
    result: async (result) => void results.push(result),
    failure: async (f) => void errors.push({ file: `${f.file} #${f.index + 1}`, subject: f.subject, field: f.path, code: f.code, message: f.message }),
    rejected: async (row) => void rejected.push(...cellLines(row)),
    async end(tail) {
      rejected.push(...tail.withheld.map(withheldLine));
      summary = { ...tail.summary };
    },
  };
  return { sink, data: () => ({ results, errors, rejected, summary }) };
}

/** What the report is made of, and the exit code the run calls for (as `kaohe appraise`'s: failed when an input failed). */
interface ReportInput {
  readonly data: ReportData;
  readonly schemes: CompiledScheme[];
  readonly exit: number;
}

/** Results that list failed subjects or rejected rows come from a run that failed, and the report says so by its exit code. */
const exitOf = (data: ReportData): number => (data.errors.length > 0 || data.rejected.length > 0 ? EXIT.failed : EXIT.ok);

/** Reads results (JSONL or the JSON of `kaohe appraise`), or appraises inputs, whichever the file holds. */
async function readInput(file: string, options: ReportCommandOptions, io: CliIo): Promise<ReportInput | null> {
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
    return { data, schemes: await schemesFor(data.results, options, io), exit: exitOf(data) };
  }
  if (extension === '.json') {
    const json = await readJsonFile(file, io.cwd, locale, 'input');
    if (holdsResults(json)) {
      const data = withFile(file, locale, () => report.readResultsJson(json, { locale }));
      return { data, schemes: await schemesFor(data.results, options, io), exit: exitOf(data) };
    }
  }
  // The inputs themselves: appraised as `kaohe appraise` does, its messages on stderr.
  const { sink, data } = reportSink();
  let compiled: CompiledScheme | undefined;
  const end = await appraiseRun({ ...options, input: file }, io, async (c) => {
    compiled = c;
    return sink;
  });
  if (end.unreadable || compiled === undefined) return null;
  return { data: data(), schemes: [compiled], exit: end.exit };
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
  let read: ReportInput | null;
  try {
    read = await readInput(options.input, options, io);
  } catch (error) {
    const bad = adapterError(error);
    if (bad === null) throw error;
    io.stderr.write(`kaohe: ${options.input}: ${bad.format(locale)}\n`);
    return EXIT.failed;
  }
  if (read === null) return EXIT.failed;
  const { data, schemes, exit } = read;
  const { renderReport, renderReportSplit } = await import('@kaohe/report');
  // Past a thousand subjects the items' clauses are cited once in the overview rather than on every page, to keep the file small.
  const sources = data.results.length > 1000 ? ('overview' as const) : ('page' as const);
  const reportOptions = { locale, schemes, sources, inputs: [options.input], errors: data.errors, rejected: data.rejected, summary: data.summary };
  if (options.out === undefined) {
    io.stdout.write(renderReport(data.results, { ...reportOptions, subjectPages: pages === 'none' ? 'none' : 'all' }));
    return exit;
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
  return exit;
}
