import { KaoheError, type CompiledScheme, type Locale, type SchemeResult } from '@kaohe/core';
import type { Comparison, ComparisonSide, UnmatchedSubject } from './comparison';
import { compareSubject } from './compareSubject';
import { comparisonTotals } from './comparisonTotals';
import { ComparedResult } from './comparedResult';
import type { RunSummary } from './reportData';

/** What is known of one side's run besides its results. */
export interface CompareSideOptions {
  /** How the side is called on the page and in the JSON; `before` and `after` unless set (e.g. `current`, `proposed`). */
  readonly label?: string;
  /** The run's counts (a JSONL `summary` line). */
  readonly summary?: RunSummary | null;
  /** The files the results were made from. */
  readonly inputs?: readonly string[];
}

/** Options of {@link compareResults}. */
export interface CompareOptions {
  /** The compiled schemes of either side, matched by hash: they name the schemes and order their bands and grades. */
  readonly schemes?: readonly CompiledScheme[];
  readonly before?: CompareSideOptions;
  readonly after?: CompareSideOptions;
  /** The language of error messages; `en` unless set. */
  readonly locale?: Locale;
}

function invalid(path: ReadonlyArray<string | number>, en: string, zh: string, locale: Locale): KaoheError {
  return new KaoheError({ code: 'input_invalid', path: [...path], params: { reason: { en, 'zh-CN': zh } } }, { locale });
}

function checked(side: 'before' | 'after', results: unknown, locale: Locale): readonly SchemeResult[] {
  if (!Array.isArray(results)) throw invalid([side], 'not a list of results', '不是考核结果的列表', locale);
  results.forEach((result: unknown, index) => {
    const parsed = ComparedResult.safeParse(result);
    if (parsed.success) return;
    const path = [index, ...(parsed.error.issues[0]?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p))];
    throw invalid([side, ...path], `not a result of kaohe: ${path.join('.')}`, `不是 kaohe 的考核结果：${path.join('.')}`, locale);
  });
  return results as readonly SchemeResult[];
}

/**
 * The key a subject is matched by: its id, or its id and period when a side holds one subject for
 * several periods.
 */
function keyer(before: readonly SchemeResult[], after: readonly SchemeResult[]): (r: SchemeResult) => string {
  const repeats = (results: readonly SchemeResult[]): boolean => new Set(results.map((r) => r.subject)).size !== results.length;
  return repeats(before) || repeats(after) ? (r) => `${r.subject}\u0000${r.period}` : (r) => r.subject;
}

function index(side: 'before' | 'after', results: readonly SchemeResult[], key: (r: SchemeResult) => string, locale: Locale): Map<string, SchemeResult> {
  const byKey = new Map<string, SchemeResult>();
  results.forEach((result, i) => {
    if (byKey.has(key(result))) {
      throw invalid([side, i, 'subject'], `subject ${result.subject} appears twice for period ${result.period}`, `考核对象 ${result.subject} 在考核期 ${result.period} 出现两次`, locale);
    }
    byKey.set(key(result), result);
  });
  return byKey;
}

function side(results: readonly SchemeResult[], fallback: string, options: CompareSideOptions | undefined, schemes: readonly CompiledScheme[]): ComparisonSide {
  const stamps = new Map<string, { id: string; version: string; hash: string; subjects: number }>();
  for (const r of results) {
    const seen = stamps.get(r.scheme.hash);
    stamps.set(r.scheme.hash, { id: r.scheme.id, version: r.scheme.version, hash: r.scheme.hash, subjects: (seen?.subjects ?? 0) + 1 });
  }
  return {
    label: options?.label ?? fallback,
    schemes: [...stamps.values()].map((s) => ({ ...s, name: schemes.find((c) => c.hash === s.hash)?.scheme.name ?? null })),
    periods: [...new Set(results.map((r) => r.period))].sort(),
    subjects: results.length,
    summary: options?.summary ?? null,
    inputs: options?.inputs ?? [],
  };
}

const unmatched = (r: SchemeResult): UnmatchedSubject => ({ subject: r.subject, name: r.name, period: r.period, scheme: r.scheme.id });

/**
 * Compares the results of one population under two schemes, or two versions of one (a band edge,
 * a weight, a deduction step moved). Subjects are matched by id (and by period too, when a side
 * holds one subject for several periods); those on one side only are listed. For each subject: the
 * change of total, band, grade, outcome and bonus or fine, and the items behind it, largest first;
 * for the population: who moves and where to (transition matrices), the distribution of the change
 * of total, the money per person and in sum, and each item's change summed. Every change is an exact
 * decimal string, so the subjects' changes add up to the change of the sums.
 *
 * @example
 * const comparison = compareResults(current, proposed, { schemes: [currentScheme, proposedScheme], after: { label: 'proposed' } });
 * comparison.totals.moved.band; // subjects whose band changes
 * @throws {KaoheError} `input_invalid` naming the side, the result and the field that is not a result of kaohe, or a subject that appears twice for one period.
 */
export function compareResults(before: readonly SchemeResult[], after: readonly SchemeResult[], options: CompareOptions = {}): Comparison {
  const locale = options.locale ?? 'en';
  const was = checked('before', before, locale);
  const is = checked('after', after, locale);
  const key = keyer(was, is);
  const afterByKey = index('after', is, key, locale);
  const beforeByKey = index('before', was, key, locale);
  const schemes = options.schemes ?? [];
  const subjects = was.flatMap((b) => {
    const a = afterByKey.get(key(b));
    return a === undefined ? [] : [compareSubject(b, a)];
  });
  return {
    before: side(was, 'before', options.before, schemes),
    after: side(is, 'after', options.after, schemes),
    subjects,
    onlyBefore: was.filter((r) => !afterByKey.has(key(r))).map(unmatched),
    onlyAfter: is.filter((r) => !beforeByKey.has(key(r))).map(unmatched),
    totals: comparisonTotals(subjects, schemes),
  };
}
