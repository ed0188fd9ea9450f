import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { compileScheme, type CompiledScheme, type Locale, type SchemeResult } from '@kaohe/core';
import type { ReportData } from '@kaohe/report';
import { EXIT, type CliIo } from '../io';
import { adapterError } from '../adapterError';
import { appraiseInputs, type AppraiseInputsOptions } from '../appraiseInputs';
import { loadScheme } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';
import { presetsOf, readResultsFile } from '../readResultsFile';

/** Options of `kaohe report`. */
export interface ReportCommandOptions extends AppraiseInputsOptions {
  readonly input?: string | undefined;
  /** The HTML file to write; stdout when absent. */
  readonly out?: string | undefined;
  /** `all` (default), `none`, or `split` (one file per department beside --out). */
  readonly pages?: string | undefined;
}

type Pages = 'all' | 'none' | 'split';

function pickPages(value: string | undefined, locale: Locale): Pages {
  if (value === undefined) return 'all';
  if (value === 'all' || value === 'none' || value === 'split') return value;
  throw new UsageError(cliMessage(locale, 'unknownPages', value));
}

/** What the report is made of, and the exit code the run calls for (as `kaohe appraise`'s: failed when an input failed). */
interface ReportInput {
  readonly data: ReportData;
  readonly schemes: CompiledScheme[];
  readonly exit: number;
}

/** Results that list failed subjects or rejected rows come from a run that failed, and the report says so by its exit code. */
const exitOf = (data: ReportData): number => (data.errors.length > 0 || data.rejected.length > 0 ? EXIT.failed : EXIT.ok);

/** Reads results (JSONL or the JSON of `kaohe appraise`), or appraises inputs, whichever the file holds; `null` when the inputs cannot be read. */
async function readInput(file: string, options: ReportCommandOptions, io: CliIo): Promise<ReportInput | null> {
  const data = await readResultsFile(file, io, options.locale);
  if (data !== null) return { data, schemes: await schemesFor(data.results, options, io), exit: exitOf(data) };
  const appraised = await appraiseInputs(file, options, io);
  return appraised === null ? null : { data: appraised.data, schemes: [appraised.compiled], exit: appraised.exit };
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
  const reportOptions = { locale, schemes, sources, inputs: [options.input], errors: data.errors, rejected: data.rejected, warnings: data.warnings ?? [], summary: data.summary };
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
