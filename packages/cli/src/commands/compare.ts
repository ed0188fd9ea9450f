import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CompiledScheme, Locale } from '@kaohe/core';
import type { CompareSideOptions, ReportData } from '@kaohe/report';
import { adapterError } from '../adapterError';
import { appraiseInputs, type AppraiseInputsOptions } from '../appraiseInputs';
import { EXIT, type CliIo } from '../io';
import { cliMessage, listOf, UsageError } from '../messages';
import { presetsOf, readResultsFile } from '../readResultsFile';

/** Options of `kaohe compare`. */
export interface CompareCommandOptions extends AppraiseInputsOptions {
  /** Two results files, before and after. */
  readonly files: readonly string[];
  /** Or the inputs, appraised under --preset/--scheme (before) and --against-preset/--against-scheme (after). */
  readonly input?: string | undefined;
  readonly againstPreset?: string | undefined;
  readonly againstScheme?: string | undefined;
  /** The file to write; stdout when absent. */
  readonly out?: string | undefined;
  /** `html` or `json`; from --out's extension when absent, else `html`. */
  readonly format?: string | undefined;
}

type Format = 'html' | 'json';
const EXTENSIONS: Readonly<Record<Format, readonly string[]>> = { html: ['.html', '.htm'], json: ['.json'] };

/** The format asked for, or the one --out's extension names; an --out of another kind is refused rather than written wrongly. */
function pickFormat(options: CompareCommandOptions): Format {
  const { format, out, locale } = options;
  if (format !== undefined && format !== 'html' && format !== 'json') throw new UsageError(cliMessage(locale, 'unknownFormat', { value: format, accepted: listOf(locale, ['html', 'json']) }));
  if (out === undefined) return format ?? 'html';
  const extension = extname(out).toLowerCase();
  const chosen = format ?? (EXTENSIONS.json.includes(extension) ? 'json' : 'html');
  if (!EXTENSIONS[chosen].includes(extension)) throw new UsageError(cliMessage(locale, 'unsupportedOutput', { path: out, extension, accepted: listOf(locale, [...EXTENSIONS[chosen]]) }));
  return chosen;
}

interface Side {
  readonly data: ReportData;
  readonly schemes: readonly CompiledScheme[];
  readonly input: string;
}

async function readResultsSide(file: string, io: CliIo, locale: Locale): Promise<Side> {
  const data = await readResultsFile(file, io, locale);
  if (data === null) throw new UsageError(cliMessage(locale, 'notResults', file));
  return { data, schemes: presetsOf(data.results, locale), input: file };
}

/** Both sides: two results files read back, or the inputs appraised under two schemes; `null` when the inputs cannot be read (said on stderr). */
async function readSides(options: CompareCommandOptions, io: CliIo): Promise<[Side, Side] | null> {
  const { locale } = options;
  const appraising = [options.input, options.preset, options.scheme, options.againstPreset, options.againstScheme].some((v) => v !== undefined);
  if (options.files.length > 0) {
    if (appraising) throw new UsageError(cliMessage(locale, 'compareOneWay'));
    const [before, after, ...extra] = options.files;
    if (before === undefined || after === undefined || extra.length > 0) throw new UsageError(cliMessage(locale, 'compareTwoFiles'));
    return [await readResultsSide(before, io, locale), await readResultsSide(after, io, locale)];
  }
  if (options.input === undefined) throw new UsageError(cliMessage(locale, 'compareTwoFiles'));
  if (options.againstPreset !== undefined && options.againstScheme !== undefined) throw new UsageError(cliMessage(locale, 'bothAgainst'));
  if (options.againstPreset === undefined && options.againstScheme === undefined) throw new UsageError(cliMessage(locale, 'needAgainst'));
  const input = options.input;
  const before = await appraiseInputs(input, options, io);
  if (before === null) return null;
  const after = await appraiseInputs(input, { ...options, preset: options.againstPreset, scheme: options.againstScheme }, io);
  if (after === null) return null;
  return [
    { data: before.data, schemes: [before.compiled], input },
    { data: after.data, schemes: [after.compiled], input },
  ];
}

const sideOptions = (side: Side): CompareSideOptions => ({ summary: side.data.summary, inputs: [side.input] });

/**
 * `kaohe compare`: the same population under two schemes or two versions of one — who changes band,
 * grade or outcome, the distribution of the change of total, the bonus or fine per person and in
 * sum, and the items behind the change — as one self-contained HTML page or, with `--format json`,
 * as the comparison's JSON. Reads two results files (`kaohe compare before.jsonl after.jsonl`) or
 * appraises --input under --preset/--scheme and --against-preset/--against-scheme.
 */
export async function compareCommand(options: CompareCommandOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  const format = pickFormat(options);
  let sides: [Side, Side] | null;
  try {
    sides = await readSides(options, io);
  } catch (error) {
    const bad = adapterError(error);
    if (bad === null) throw error;
    io.stderr.write(`kaohe: ${options.input ?? options.files.join(', ')}: ${bad.format(locale)}\n`);
    return EXIT.failed;
  }
  if (sides === null) return EXIT.failed;
  const [before, after] = sides;
  const { compareResults, renderComparison } = await import('@kaohe/report');
  const comparison = compareResults(before.data.results, after.data.results, { locale, schemes: [...before.schemes, ...after.schemes], before: sideOptions(before), after: sideOptions(after) });
  const text = format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparison(comparison, { locale });
  if (options.out === undefined) io.stdout.write(text);
  else {
    await writeFile(resolve(io.cwd, options.out), text);
    io.stderr.write(`${cliMessage(locale, 'reportWritten', options.out)}\n`);
  }
  // Both sides of one input reject the same rows as a rule: each count is said once.
  const notes = new Set<string>();
  for (const side of sides) {
    if (side.data.rejected.length > 0) notes.add(cliMessage(locale, 'rejectedCount', String(side.data.rejected.length)));
    if (side.data.errors.length > 0) notes.add(cliMessage(locale, 'failedCount', String(side.data.errors.length)));
  }
  for (const note of notes) io.stderr.write(`${note}\n`);
  return EXIT.ok;
}
