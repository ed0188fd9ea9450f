import { LOCALES, type Appraisal, type CompiledScheme, type Locale, type RegimeResult, type SchemeResult } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { htmlPage, table } from './html';
import { regimeOverview, scorecardOverview } from './overview';
import type { RejectedRow, ReportError, RunSummary, RunWarning } from './reportData';
import { reportText } from './reportText';
import { SourceIndex } from './SourceIndex';
import { subjectPage } from './subjectPage';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The reader's language; `en` unless set. */
  readonly locale?: Locale;
  /** The compiled schemes of the results, matched by id and version: their bands and thresholds are drawn on the histograms and their names head the overviews. */
  readonly schemes?: readonly CompiledScheme[];
  /** The input files the results were made from, listed with the scheme's identity. */
  readonly inputs?: readonly string[];
  /** Subjects that could not be appraised. */
  readonly errors?: readonly ReportError[];
  /** Rows of the inputs that were not used. */
  readonly rejected?: readonly RejectedRow[];
  /** What the run asked to look at without failing it (JSONL `warning` lines). */
  readonly warnings?: readonly RunWarning[];
  /** The run's counts; when absent, rows read are counted as the results, errors and rejected rows given. */
  readonly summary?: RunSummary | null;
  /** `all` (the default) adds a page per subject; `none` leaves them out, for large runs. */
  readonly subjectPages?: 'all' | 'none';
  /** Files holding the subject pages elsewhere (see {@link renderReportSplit}), linked from the report. */
  readonly links?: ReadonlyArray<{ readonly label: string; readonly href: string }>;
  /**
   * The source clauses are printed once per scheme, numbered, in the overview; a subject page refers
   * to them by number (`[3]`). `page` (the default) refers to each item's clause on every subject
   * page; `overview` only to the clauses of lines that are not their item's, for the smallest file.
   */
  readonly sources?: 'page' | 'overview';
  /** The document's title; the report's own ("Appraisal report") unless set. */
  readonly title?: string;
}

type Stamp = SchemeResult['scheme'];
const stampKey = (s: Stamp): string => `${s.id}\u0000${s.version}\u0000${s.hash}`;

function findScheme(stamp: Stamp, schemes: readonly CompiledScheme[]): CompiledScheme | undefined {
  return schemes.find((c) => c.hash === stamp.hash) ?? schemes.find((c) => c.scheme.id === stamp.id && c.scheme.version === stamp.version);
}

function identity(stamp: Stamp, results: readonly SchemeResult[], locale: Locale): string {
  const periods = [...new Set(results.map((r) => r.period))].sort();
  const row = (key: Parameters<typeof reportText>[1], value: string): string => `<dt>${escapeHtml(reportText(locale, key))}</dt><dd>${escapeHtml(value)}</dd>`;
  return `<dl class="kv">${row('schemeId', stamp.id)}${row('schemeVersion', stamp.version)}${row('schemeHash', stamp.hash)}${row('period', periods.join(', '))}</dl>`;
}

function counts(results: readonly SchemeResult[], options: ReportOptions, locale: Locale): string {
  const errors = options.errors ?? [];
  const rejected = options.rejected ?? [];
  const summary = options.summary ?? { read: results.length + errors.length + rejected.length, appraised: results.length, rejected: rejected.length, errors: errors.length };
  const row = (key: Parameters<typeof reportText>[1], value: string): string => `<dt>${escapeHtml(reportText(locale, key))}</dt><dd class="num">${escapeHtml(value)}</dd>`;
  const inputs = options.inputs ?? [];
  return `<dl class="kv">${inputs.length === 0 ? '' : `<dt>${escapeHtml(reportText(locale, 'inputs'))}</dt><dd>${inputs.map(escapeHtml).join('<br>')}</dd>`}${row('countRead', String(summary.read))}${row('countAppraised', String(summary.appraised))}${row(
    'countRejected',
    String(summary.rejected),
  )}${row('countErrors', String(summary.errors))}</dl>`;
}

function problems(options: ReportOptions, locale: Locale): string {
  const parts: string[] = [];
  const rejected = options.rejected ?? [];
  if (rejected.length > 0) {
    parts.push(
      `<h2>${escapeHtml(reportText(locale, 'rejectedRows'))}</h2>`,
      table(
        [reportText(locale, 'file'), reportText(locale, 'sheet'), reportText(locale, 'row'), reportText(locale, 'column'), reportText(locale, 'value'), reportText(locale, 'reason')],
        rejected.map((r) => [escapeHtml(r.file), escapeHtml(r.sheet), escapeHtml(r.row), escapeHtml(r.column), escapeHtml(typeof r.value === 'string' ? r.value : JSON.stringify(r.value ?? null)), escapeHtml(r.reason)]),
      ),
    );
  }
  const errors = options.errors ?? [];
  if (errors.length > 0) {
    parts.push(
      `<h2>${escapeHtml(reportText(locale, 'failedSubjects'))}</h2>`,
      table(
        [reportText(locale, 'file'), reportText(locale, 'subject'), reportText(locale, 'field'), reportText(locale, 'code'), reportText(locale, 'message')],
        errors.map((e) => [escapeHtml(e.file), escapeHtml(e.subject), escapeHtml(e.field), escapeHtml(e.code), escapeHtml(e.message)]),
      ),
    );
  }
  const warnings = options.warnings ?? [];
  if (warnings.length > 0) {
    parts.push(
      `<h2>${escapeHtml(reportText(locale, 'warnings'))}</h2>`,
      table(
        [reportText(locale, 'file'), reportText(locale, 'row'), reportText(locale, 'subject'), reportText(locale, 'code'), reportText(locale, 'message')],
        warnings.map((w) => [escapeHtml(w.file), escapeHtml(w.row), escapeHtml(w.subject), escapeHtml(w.code), escapeHtml(w.message)]),
      ),
    );
  }
  return parts.length === 0 ? '' : `<section class="problems">${parts.join('')}</section>`;
}

/**
 * Renders appraisal results as one self-contained HTML page: per scheme its identity, the counts of
 * the run and an overview with SVG charts; the rejected rows and failed subjects; then a page per
 * subject explaining every point. No script, no stylesheet or font to fetch: the page reads the
 * same with scripts disabled and prints to A4 with a page break before each subject. Every text that
 * comes from the results or the inputs is escaped.
 *
 * @example
 * const html = renderReport(results, { locale: 'zh-CN', schemes: [compiled], inputs: ['team.json'] });
 * await writeFile('report.html', html);
 * @throws {RangeError} for a locale other than `zh-CN` or `en`.
 */
export function renderReport(results: readonly SchemeResult[], options: ReportOptions = {}): string {
  const locale = options.locale ?? 'en';
  if (!LOCALES.includes(locale)) throw new RangeError(`unknown locale ${JSON.stringify(locale)}`);
  const schemes = options.schemes ?? [];
  const groups = new Map<string, SchemeResult[]>();
  for (const result of results) {
    const key = stampKey(result.scheme);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [result]);
    else members.push(result);
  }
  const title = options.title ?? reportText(locale, 'title');
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`, `<h2>${escapeHtml(reportText(locale, 'identity'))}</h2>`, counts(results, options, locale)];
  const sources = new Map<string, SourceIndex>();
  for (const [key, members] of groups) {
    const first = members[0] as SchemeResult;
    const index = SourceIndex.of(members, locale);
    sources.set(key, index);
    const scheme = findScheme(first.scheme, schemes);
    const name = scheme === undefined ? first.scheme.id : scheme.scheme.name[locale];
    body.push(`<section class="overview" data-scheme="${escapeHtml(first.scheme.id)}"><h2>${escapeHtml(reportText(locale, 'overview', { scheme: name }))}</h2>`, identity(first.scheme, members, locale));
    const regimes = members.filter((r): r is RegimeResult => r.kind === 'penaltyRegime');
    const appraisals = members.filter((r): r is Appraisal => r.kind !== 'penaltyRegime');
    if (appraisals.length > 0) body.push(scorecardOverview(appraisals, scheme, locale));
    if (regimes.length > 0) body.push(regimeOverview(regimes, scheme, locale));
    body.push(index.table(locale));
    body.push('</section>');
  }
  body.push(problems(options, locale));
  const links = options.links ?? [];
  if (links.length > 0) body.push(`<p>${escapeHtml(reportText(locale, 'subjectPagesElsewhere'))}</p><ul>${links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul>`);
  if (options.subjectPages === 'none') {
    if (links.length === 0) body.push(`<p class="muted">${escapeHtml(reportText(locale, 'subjectPagesOmitted'))}</p>`);
  } else {
    const citeItems = options.sources !== 'overview';
    results.forEach((result, index) => {
      const cited = sources.get(stampKey(result.scheme));
      body.push(subjectPage(result, index, locale, (p) => cited?.ref(p) ?? '', citeItems));
    });
  }
  return htmlPage(title, locale, body);
}
