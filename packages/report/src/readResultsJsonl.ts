import { KaoheError, parseJsonSafely, type Locale, type SchemeResult } from '@kaohe/core';
import { RejectedRow, ReportError, ReportResult, RunSummary, type ReportData } from './reportData';

function invalid(line: number, en: string, zh: string, locale: Locale): KaoheError {
  return new KaoheError({ code: 'input_invalid', path: [`line ${line}`], params: { reason: { en, 'zh-CN': zh } } }, { locale });
}

/**
 * Reads results in the JSONL format of `kaohe appraise --format jsonl`: one JSON object a line,
 * each with a `type` — `result`, `error`, `rejected` or `summary`. Blank lines are skipped; every
 * other line is checked, since the file may come from anywhere.
 *
 * @example
 * const data = readResultsJsonl(await readFile('results.jsonl', 'utf8'));
 * const html = renderReport(data.results, { errors: data.errors, rejected: data.rejected });
 * @throws {KaoheError} `input_invalid` naming the line that is not JSON, has an unknown `type` or lacks a field the report reads.
 */
export function readResultsJsonl(text: string, options: { locale?: Locale } = {}): ReportData {
  const locale = options.locale ?? 'en';
  const results: SchemeResult[] = [];
  const errors: ReportError[] = [];
  const rejected: RejectedRow[] = [];
  let summary: RunSummary | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const number = index + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = parseJsonSafely(raw);
    } catch (error) {
      if (error instanceof KaoheError) throw error.withContext(`line ${number}`, locale);
      throw error;
    }
    const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
    const schema = type === 'result' ? ReportResult : type === 'error' ? ReportError : type === 'rejected' ? RejectedRow : type === 'summary' ? RunSummary : null;
    if (schema === null) throw invalid(number, `unknown line type ${JSON.stringify(type)}`, `未知的行类型 ${JSON.stringify(type)}`, locale);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue === undefined ? '' : issue.path.join('.');
      throw invalid(number, `a ${String(type)} line without a valid ${where}`, `${String(type)} 行缺少有效的 ${where}`, locale);
    }
    // The checked line keeps every field it came with but its type, so a result is the one the core wrote.
    const { type: _type, ...fields } = value as Record<string, unknown>;
    if (type === 'result') results.push(fields as unknown as SchemeResult);
    else if (type === 'error') errors.push(fields as ReportError);
    else if (type === 'rejected') rejected.push(fields as RejectedRow);
    else summary = fields as RunSummary;
  }
  return { results, errors, rejected, summary };
}
