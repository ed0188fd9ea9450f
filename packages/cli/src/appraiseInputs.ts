import type { CompiledScheme } from '@kaohe/core';
import type { ReportData, RejectedRow, ReportError, RunSummary } from '@kaohe/report';
import { appraiseRun, type AppraiseRunOptions } from './appraiseRun';
import type { CliIo } from './io';
import { cellLines, withheldLine } from './rejectedRows';
import type { ResultsSink } from './resultsSink';

/** What {@link appraiseInputs} needs: the scheme, and how to read the inputs (as `kaohe appraise` reads them). */
export type AppraiseInputsOptions = Omit<AppraiseRunOptions, 'input'>;

/** A sink that keeps a run's results, failures and rejected rows, for a report or a comparison. */
function reportSink(): { sink: ResultsSink; data: () => ReportData } {
  const results: ReportData['results'][number][] = [];
  const errors: ReportError[] = [];
  const rejected: RejectedRow[] = [];
  let summary: RunSummary | null = null;
  const sink: ResultsSink = {
    result: async (result) => void results.push(result.value),
    failure: async (f) => void errors.push({ file: `${f.file} #${f.index + 1}`, subject: f.subject, field: f.path, code: f.code, message: f.message }),
    rejected: async (row) => void rejected.push(...cellLines(row)),
    async end(tail) {
      rejected.push(...tail.withheld.map(withheldLine));
      summary = { ...tail.summary };
    },
    // What was appraised before the run stopped stays in the report, which the caller refuses to write.
    abort: async () => undefined,
  };
  return { sink, data: () => ({ results, errors, rejected, summary }) };
}

/**
 * Appraises the inputs a user would give `kaohe appraise` (JSON, .xlsx, .csv, or sources joined by
 * subject) with the scheme of --preset or --scheme, through the same run as `kaohe appraise`, keeping
 * what could not be used (rejected rows, subjects not appraised) and the run's counts, for a report
 * or a comparison. `null` when the input could not be read at all (said on stderr).
 *
 * @example
 * const run = await appraiseInputs('team.xlsx', { preset: 'tech-support-center/presales-engineer', locale: 'en' }, io);
 * @throws {UsageError} for a bad --preset, --scheme or --mapping; {@link KaoheError} for a scheme that does not compile.
 */
export async function appraiseInputs(file: string, options: AppraiseInputsOptions, io: CliIo): Promise<{ data: ReportData; compiled: CompiledScheme; exit: number } | null> {
  const { sink, data } = reportSink();
  let compiled: CompiledScheme | undefined;
  const end = await appraiseRun({ ...options, input: file }, io, async (c) => {
    compiled = c;
    return sink;
  });
  if (end.unreadable || compiled === undefined) return null;
  return { data: data(), compiled, exit: end.exit };
}
