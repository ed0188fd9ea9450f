import { KaoheError, parseJsonSafely, type Locale, type SchemeResult } from '@kaohe/core';
import { z } from 'zod';
import { RejectedRow, ReportError, ReportResult, RunSummary, RunWarning, type ReportData } from './reportData';

const lineSchemas = { result: ReportResult, error: ReportError, rejected: RejectedRow, warning: RunWarning, summary: RunSummary } as const;
type LineType = keyof typeof lineSchemas;

function invalid(where: string, en: string, zh: string, locale: Locale): KaoheError {
  return new KaoheError({ code: 'input_invalid', path: [where], params: { reason: { en, 'zh-CN': zh } } }, { locale });
}

/** Collects results, errors, rejected rows and the summary, each checked against what the report reads. */
class Collector {
  readonly results: SchemeResult[] = [];
  readonly errors: ReportError[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly warnings: RunWarning[] = [];
  summary: RunSummary | null = null;

  constructor(private readonly locale: Locale) {}

  add(type: unknown, value: unknown, where: string): void {
    if (typeof type !== 'string' || !(type in lineSchemas)) throw invalid(where, `unknown line type ${JSON.stringify(type)}`, `未知的行类型 ${JSON.stringify(type)}`, this.locale);
    const parsed = lineSchemas[type as LineType].safeParse(value);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') ?? '';
      throw invalid(where, `a ${type} without a valid ${field}`, `${type} 缺少有效的 ${field}`, this.locale);
    }
    // Every field the line came with is kept but its type, so a result is the one the core wrote.
    const { type: _type, ...fields } = value as Record<string, unknown>;
    if (type === 'result') this.results.push(fields as unknown as SchemeResult);
    else if (type === 'error') this.errors.push(fields as ReportError);
    else if (type === 'rejected') this.rejected.push(fields as RejectedRow);
    else if (type === 'warning') this.warnings.push(fields as RunWarning);
    else this.summary = fields as RunSummary;
  }

  data(): ReportData {
    return { results: this.results, errors: this.errors, rejected: this.rejected, summary: this.summary, warnings: this.warnings };
  }
}

/**
 * Reads results in the JSONL format of `kaohe appraise --format jsonl`: one JSON object a line,
 * each with a `type` — `result`, `error`, `rejected`, `warning` or `summary`. Blank lines are skipped; every
 * other line is checked, since the file may come from anywhere.
 *
 * @example
 * const data = readResultsJsonl(await readFile('results.jsonl', 'utf8'));
 * const html = renderReport(data.results, data);
 * @throws {KaoheError} `input_invalid` naming the line that is not JSON, has an unknown `type` or lacks a field the report reads.
 */
export function readResultsJsonl(text: string, options: { locale?: Locale } = {}): ReportData {
  const locale = options.locale ?? 'en';
  const collector = new Collector(locale);
  for (const [index, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = parseJsonSafely(raw);
    } catch (error) {
      if (error instanceof KaoheError) throw error.withContext(where, locale);
      throw error;
    }
    collector.add(typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined, value, where);
  }
  return collector.data();
}

/** `kaohe appraise --format json`: results, and the subjects and spreadsheet rows it could not use. */
const AppraiseJson = z.looseObject({
  results: z.array(z.unknown()),
  errors: z.array(z.looseObject({ file: z.string(), subject: z.string().nullable(), path: z.string(), code: z.string(), message: z.string() })).optional(),
  rejected: z
    .array(z.looseObject({ file: z.string(), sheet: z.string(), row: z.number(), cells: z.array(z.looseObject({ column: z.string(), value: z.string(), message: z.string() })) }))
    .optional(),
  warnings: z.array(z.unknown()).optional(),
});

/**
 * Reads the JSON that `kaohe appraise --format json` prints (`{ results, errors?, rejected?, warnings? }`):
 * every result is checked like a JSONL `result` line, a failed subject becomes an `error`, each
 * bad cell of a rejected row a `rejected` entry and each warning a `warning`.
 *
 * @example
 * const data = readResultsJson(JSON.parse(await readFile('results.json', 'utf8')));
 * @throws {KaoheError} `input_invalid` naming the result or field that the report cannot read.
 */
export function readResultsJson(value: unknown, options: { locale?: Locale } = {}): ReportData {
  const locale = options.locale ?? 'en';
  const parsed = AppraiseJson.safeParse(value);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw invalid(field, `not the output of kaohe appraise: ${field}`, `不是 kaohe appraise 的输出：${field}`, locale);
  }
  const collector = new Collector(locale);
  parsed.data.results.forEach((result, index) => collector.add('result', result, `results[${index}]`));
  parsed.data.errors?.forEach((e, index) => collector.add('error', { file: e.file, subject: e.subject, field: e.path, code: e.code, message: e.message }, `errors[${index}]`));
  parsed.data.rejected?.forEach((r, index) => {
    for (const cell of r.cells) collector.add('rejected', { file: r.file, sheet: r.sheet, row: r.row, column: cell.column, value: cell.value, reason: cell.message }, `rejected[${index}]`);
  });
  parsed.data.warnings?.forEach((w, index) => collector.add('warning', w, `warnings[${index}]`));
  return collector.data();
}
