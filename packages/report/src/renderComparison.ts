import { LOCALES, type Locale } from '@kaohe/core';
import type { Comparison } from './comparison';
import { deltaSection, itemsSection, matrixTable, moneySection, moversSection, movesSection, sidesSection, unmatchedSection } from './comparisonSections';
import { escapeHtml } from './escapeHtml';
import { htmlPage } from './html';
import { reportText } from './reportText';

/** Options of {@link renderComparison}. */
export interface ComparisonPageOptions {
  /** The reader's language; `en` unless set. */
  readonly locale?: Locale;
  /** The document's title; "Comparison of schemes" unless set. */
  readonly title?: string;
}

// The diagonal of a transition matrix (those who stay) is shaded; the movers table starts a printed page.
const compareStyles = `
.matrix{width:auto}.matrix td,.matrix th{text-align:center;min-width:4em}.matrix td.stay{background:#eef2f7}.matrix td.move{font-weight:700}
.counts dd{text-align:left}table.sides code{word-break:break-all;font-size:11px}table.sides td:first-child,table.sides td:nth-child(2){white-space:nowrap}table.movers{break-before:page;page-break-before:always}table.movers td{font-size:12px}
@media print{table.movers{break-inside:auto}}
`;

/**
 * Renders a {@link Comparison} as one self-contained HTML page of the same kind as the report (no
 * script, nothing fetched, print CSS, zh-CN or en, every value escaped): the two sides' schemes with
 * their identity, who moves (counts and a transition matrix of bands, grades and outcomes), the
 * histogram of the change of total, the bonus or fine per person and in sum, the items behind the
 * change, and a table of the subjects who change band, grade or outcome with the items behind each.
 *
 * @example
 * const html = renderComparison(compareResults(current, proposed, { schemes }), { locale: 'zh-CN' });
 * await writeFile('compare.html', html);
 * @throws {RangeError} for a locale other than `zh-CN` or `en`.
 */
export function renderComparison(comparison: Comparison, options: ComparisonPageOptions = {}): string {
  const locale = options.locale ?? 'en';
  if (!LOCALES.includes(locale)) throw new RangeError(`unknown locale ${JSON.stringify(locale)}`);
  const title = options.title ?? reportText(locale, 'compareTitle');
  const { transitions } = comparison.totals;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    sidesSection(comparison, locale),
    `<section class="overview">`,
    movesSection(comparison, locale),
    matrixTable('band', transitions.band, comparison, locale),
    transitions.grade === null ? '' : matrixTable('grade', transitions.grade, comparison, locale),
    matrixTable('outcome', transitions.outcome, comparison, locale),
    deltaSection(comparison, locale),
    moneySection(comparison, locale),
    itemsSection(comparison, locale),
    '</section>',
    moversSection(comparison, locale),
    unmatchedSection(comparison, locale),
  ];
  return htmlPage(title, locale, body, compareStyles);
}
