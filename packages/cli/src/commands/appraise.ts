import { extname } from 'node:path';
import { appraiseScheme, compileScheme, isKaoheError, KaoheError, type Locale, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { appraisalTable } from '../format/appraisalTable';
import { EXIT, type CliIo } from '../io';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';

/** Options of `kaohe appraise`. */
export interface AppraiseCommandOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly input?: string | undefined;
  readonly format: 'json' | 'table';
  readonly locale: Locale;
  readonly explain: boolean;
  /** An org chart (JSON) that resolves the people a collective penalty names by role. */
  readonly org?: string | undefined;
}

/** A subject that could not be appraised, for the JSON output. */
export interface SubjectFailure {
  readonly file: string;
  readonly index: number;
  readonly subject: string | null;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

async function readSubjects(file: string, cwd: string, locale: Locale): Promise<unknown[]> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.json') throw new UsageError(cliMessage(locale, 'unsupportedInput', file));
  const data = await readJsonFile(file, cwd, locale);
  const subjects = Array.isArray(data) ? data : [data];
  if (subjects.length === 0) throw new UsageError(`${file}: ${cliMessage(locale, 'noSubjects')}`);
  return subjects;
}

function subjectId(input: unknown): string | null {
  const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : null;
}

/**
 * `kaohe appraise`: appraises every subject of the input file with one scheme and prints the
 * results; a subject that cannot be appraised is named on stderr with its field, and the others
 * are still appraised.
 */
export async function appraiseCommand(options: AppraiseCommandOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  if (options.input === undefined) throw new UsageError(cliMessage(locale, 'needInput'));
  const loaded = await loadScheme(options, io.cwd, locale);
  let compiled;
  try {
    compiled = compileScheme(loaded.data, { schemes: loaded.schemes, locale });
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(loaded.label, locale);
    throw error;
  }
  const file = options.input;
  const org = options.org === undefined ? undefined : ((await readJsonFile(options.org, io.cwd, locale)) as OrgChartInput);
  const subjects = await readSubjects(file, io.cwd, locale);
  const results: SchemeResult[] = [];
  const failures: SubjectFailure[] = [];
  for (const [index, input] of subjects.entries()) {
    try {
      results.push(await appraiseScheme(compiled, input, org === undefined ? { locale } : { locale, org }));
    } catch (error) {
      if (!isKaoheError(error)) throw error;
      const located = error.withContext(`${file}${subjects.length > 1 ? ` #${index + 1}` : ''}`, locale);
      io.stderr.write(`${located.message}\n`);
      failures.push({
        file,
        index,
        subject: subjectId(input),
        code: error.code,
        path: error.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, ''),
        message: located.message,
      });
    }
  }
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(failures.length > 0 ? { results, errors: failures } : { results }, null, 2)}\n`);
  } else {
    if (results.length > 0) io.stdout.write(`${appraisalTable(results, locale, options.explain)}\n`);
  }
  if (failures.length > 0) {
    io.stderr.write(`${cliMessage(locale, 'failedCount', String(failures.length))}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
