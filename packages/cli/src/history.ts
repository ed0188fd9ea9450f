import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Locale } from '@kaohe/core';
import type { SubjectPart } from '@kaohe/adapters';
import { fileProblem } from './fileProblem';
import { FileError } from './FileError';
import { readJsonFile } from './loadScheme';
import { cliMessage, listOf } from './messages';

/** One earlier result, whatever file it was read from. */
interface EarlierResult {
  readonly file: string;
  readonly scheme: string;
  readonly subject: string;
  readonly period: string;
  readonly points: string | null;
  readonly grade: string | null;
  /** Breaches by kind, counted from the result's lines (the workbook has none). */
  readonly breaches: Readonly<Record<string, number>> | null;
}

/** Earlier results as the subjects' history, and the subjects missing from a period the files cover after their first. */
export interface HistoryRead {
  readonly parts: SubjectPart[];
  readonly gaps: ReadonlyArray<{ readonly subject: string; readonly present: readonly string[]; readonly missing: readonly string[] }>;
}

/** What the history of a run is read for: the scheme appraised, whether it is a penalty regime, and the period. */
export interface HistoryOptions {
  readonly schemeId: string;
  readonly regime: boolean;
  readonly period: string;
  readonly cwd: string;
  readonly locale: Locale;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Breaches of a regime result by kind: one per `breaches[i]` its lines name (a breach may have several lines). */
function breachCounts(lines: unknown): Record<string, number> | null {
  if (!Array.isArray(lines)) return null;
  const kinds = new Map<string, string>();
  for (const line of lines) {
    if (!isObject(line) || typeof line['ref'] !== 'string' || !/^breaches\[\d+\]$/.test(line['ref'])) continue;
    const kind = isObject(line['facts']) ? line['facts']['kind'] : undefined;
    if (typeof kind === 'string') kinds.set(line['ref'], kind);
  }
  const counts: Record<string, number> = {};
  for (const kind of kinds.values()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** An earlier result from a result object of the JSON or JSON Lines output; `null` when it is not one. */
function fromResultObject(value: unknown, file: string): EarlierResult | null {
  if (!isObject(value) || typeof value['subject'] !== 'string' || typeof value['period'] !== 'string' || !isObject(value['scheme'])) return null;
  const scheme = value['scheme']['id'];
  if (typeof scheme !== 'string') return null;
  const grade = isObject(value['grade']) && typeof value['grade']['id'] === 'string' ? value['grade']['id'] : null;
  return { file, scheme, subject: value['subject'], period: value['period'], points: typeof value['points'] === 'string' ? value['points'] : null, grade, breaches: breachCounts(value['lines']) };
}

async function fromJsonl(file: string, options: HistoryOptions): Promise<EarlierResult[]> {
  let text: string;
  try {
    text = await readFile(resolve(options.cwd, file), 'utf8');
  } catch (error) {
    throw await fileProblem(error, file, options.cwd, options.locale);
  }
  const results: EarlierResult[] = [];
  for (const [index, line] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new FileError(cliMessage(options.locale, 'historyLineNotJson', { file, line: String(index + 1) }));
    }
    if (!isObject(value) || value['type'] !== 'result') continue;
    const result = fromResultObject(value, file);
    if (result === null) throw new FileError(cliMessage(options.locale, 'historyLineNotResult', { file, line: String(index + 1) }));
    results.push(result);
  }
  return results;
}

async function fromJson(file: string, options: HistoryOptions): Promise<EarlierResult[]> {
  const data = await readJsonFile(file, options.cwd, options.locale, 'results');
  const list = isObject(data) && Array.isArray(data['results']) ? data['results'] : null;
  if (list === null) throw new FileError(cliMessage(options.locale, 'historyNoResults', file));
  return list.map((value, index) => {
    const result = fromResultObject(value, file);
    if (result === null) throw new FileError(cliMessage(options.locale, 'historyLineNotResult', { file, line: `results[${index}]` }));
    return result;
  });
}

/** The scheme id of a results sheet, from its title row (`name · id vX · hash`). */
function sheetScheme(title: string): string {
  return title.split(' · ')[1]?.replace(/ v[^ ]*$/, '') ?? title;
}

async function fromWorkbook(file: string, options: HistoryOptions): Promise<EarlierResult[]> {
  const { readResultsWorkbook } = await import('@kaohe/adapters');
  const sheets = await readResultsWorkbook(resolve(options.cwd, file));
  return sheets.flatMap((sheet) => sheet.rows.map((row) => ({ file, scheme: sheetScheme(sheet.title), subject: row.subject, period: row.period, points: row.points, grade: row.grade, breaches: null })));
}

/** A period as a count of periods of its kind (months, quarters, half-years, years), to find gaps; `null` for a project's own period. */
function periodIndex(period: string): { kind: string; index: number } | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(period);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { kind: 'month', index: year * 12 + Number(m[2]) - 1 };
  if (m[3] !== undefined) return { kind: 'quarter', index: year * 4 + Number(m[3]) - 1 };
  if (m[4] !== undefined) return { kind: 'half', index: year * 2 + Number(m[4]) - 1 };
  return { kind: 'year', index: year };
}

/** Periods of each kind in a year. */
const PER_YEAR: Readonly<Record<string, number>> = { month: 12, quarter: 4, half: 2, year: 1 };

function periodName(kind: string, index: number): string {
  const year = Math.floor(index / (PER_YEAR[kind] ?? 1));
  if (kind === 'month') return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${(index % 4) + 1}`;
  if (kind === 'half') return `${year}-H${(index % 2) + 1}`;
  return String(year);
}

/** Refuses results of another scheme, of this period or later, twice for a subject, or with a period missing between the earliest and this one. */
function check(results: readonly EarlierResult[], options: HistoryOptions): void {
  const { locale, period } = options;
  const current = periodIndex(period);
  const seen = new Map<string, string>();
  const covered = new Set<number>();
  for (const r of results) {
    if (r.scheme !== options.schemeId) throw new FileError(cliMessage(locale, 'historyOtherScheme', { file: r.file, found: r.scheme, scheme: options.schemeId }));
    const at = periodIndex(r.period);
    if (current !== null && (at === null || at.kind !== current.kind || at.index >= current.index)) throw new FileError(cliMessage(locale, 'historyNotBefore', { file: r.file, subject: r.subject, found: r.period, period }));
    const key = `${r.subject}\u0000${r.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new FileError(cliMessage(locale, 'historyTwice', { subject: r.subject, found: r.period, files: listOf(locale, [...new Set([earlier, r.file])]) }));
    seen.set(key, r.file);
    if (at !== null) covered.add(at.index);
  }
  if (current === null || covered.size === 0) return;
  const first = Math.min(...covered);
  const missing: string[] = [];
  for (let i = first; i < current.index; i++) if (!covered.has(i)) missing.push(periodName(current.kind, i));
  if (missing.length > 0) {
    const given = [...covered].sort((a, b) => a - b).map((i) => periodName(current.kind, i));
    throw new FileError(cliMessage(locale, 'historyGap', { covered: listOf(locale, given), missing: listOf(locale, missing), period }));
  }
}

const READERS: Readonly<Record<string, (file: string, options: HistoryOptions) => Promise<EarlierResult[]>>> = { '.jsonl': fromJsonl, '.json': fromJson, '.xlsx': fromWorkbook };

/**
 * `--history FILE…`: kaohe's own earlier results — JSON Lines (`type: result` lines), the JSON
 * of `--format json`, or the results workbook — as each subject's history, the way the scheme
 * reads it: a penalty regime's `history` (`{ month, points, breaches }` a month, for its rolling
 * thresholds), a project scheme's `gradeHistory` (`{ grade, period }`, oldest first, for its
 * streaks). Results of another scheme, of this period or later, or with a period missing between
 * the earliest given and this one are refused, naming the file or the periods.
 *
 * A subject without a result for a period the files cover, after its first one, is listed in
 * `gaps` (a technician left out of September's run): that period counts as empty for it.
 *
 * @example
 * const { parts } = await readHistory(['results-2026-08.jsonl', 'results-2026-09.jsonl'], { schemeId: 'broadband-field-ops/technician', regime: true, period: '2026-10', cwd, locale: 'en' });
 * // [{ subject: 'T-001', facts: { history: [{ month: '2026-08', points: '0.50' }, { month: '2026-09', points: '1.00' }] } }]
 * @throws FileError for a file that is not kaohe's results, of another scheme, or a gap in the periods.
 */
export async function readHistory(files: readonly string[], options: HistoryOptions): Promise<HistoryRead> {
  const results: EarlierResult[] = [];
  for (const file of files) {
    const reader = READERS[extname(file).toLowerCase()];
    if (reader === undefined) throw new FileError(cliMessage(options.locale, 'historyFormat', file));
    const read = await reader(file, options);
    if (read.length === 0) throw new FileError(cliMessage(options.locale, 'historyNoResults', file));
    results.push(...read);
  }
  check(results, options);
  const bySubject = new Map<string, EarlierResult[]>();
  for (const r of [...results].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))) {
    const list = bySubject.get(r.subject);
    if (list === undefined) bySubject.set(r.subject, [r]);
    else list.push(r);
  }
  const parts = [...bySubject].map(([subject, list]) => ({
    subject,
    facts: options.regime
      ? { history: list.filter((r) => r.points !== null).map((r) => ({ month: r.period, points: r.points, ...(r.breaches === null || Object.keys(r.breaches).length === 0 ? {} : { breaches: r.breaches }) })) }
      : { gradeHistory: list.filter((r) => r.grade !== null).map((r) => ({ grade: r.grade, period: r.period })) },
  }));
  return { parts, gaps: subjectGaps(bySubject, [...new Set(results.map((r) => r.period))].sort()) };
}

/** The periods each subject lacks among those the files cover, after its first result. */
function subjectGaps(bySubject: ReadonlyMap<string, readonly EarlierResult[]>, covered: readonly string[]): HistoryRead['gaps'] {
  const gaps: Array<HistoryRead['gaps'][number]> = [];
  for (const [subject, list] of bySubject) {
    const present = list.map((r) => r.period);
    const first = present[0] ?? '';
    const missing = covered.filter((p) => p > first && !present.includes(p));
    if (missing.length > 0) gaps.push({ subject, present, missing });
  }
  return gaps;
}
