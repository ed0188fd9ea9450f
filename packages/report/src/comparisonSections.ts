import type { Locale } from '@kaohe/core';
import type { Category, Comparison, ComparisonSide, DeltaSummary, SubjectComparison, TransitionMatrix } from './comparison';
import { escapeHtml } from './escapeHtml';
import { localized, table, type Cell } from './html';
import type { ReportMessageKey } from './locales/en';
import { reportText } from './reportText';
import { barSvg, histogramSvg } from './svgCharts';

const num = (text: string): Cell => ({ num: text });
const h3 = (text: string): string => `<h3>${escapeHtml(text)}</h3>`;

/** A change as it is read: with its sign, `+5.00`, `-2.50`, `0.00`. */
export function signed(delta: string): string {
  return /^[0.]+$/.test(delta) || delta.startsWith('-') ? delta : `+${delta}`;
}

/** A side's name on the page: its label, the default ones in the reader's language. */
export function sideName(side: ComparisonSide, locale: Locale): string {
  return side.label === 'before' ? reportText(locale, 'sideBefore') : side.label === 'after' ? reportText(locale, 'sideAfter') : side.label;
}

/** A band, grade or outcome, escaped: its name in the reader's language, else its id, else a dash. */
export function categoryHtml(category: Category, locale: Locale): string {
  if (category.name !== null) return localized(category.name, locale);
  return escapeHtml(category.id ?? reportText(locale, 'none'));
}

function figure(svg: string, caption: string): string {
  return `<figure class="figure">${svg}<figcaption class="caption">${escapeHtml(caption)}</figcaption></figure>`;
}

/** Each side's schemes with their identity, then each side's run where its counts are known. */
export function sidesSection(comparison: Comparison, locale: Locale): string {
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  const sides = [comparison.before, comparison.after];
  const schemes = sides.flatMap((side) =>
    side.schemes.map((s) => [escapeHtml(sideName(side, locale)), s.name === null ? escapeHtml(s.id) : localized(s.name, locale), escapeHtml(s.id), escapeHtml(s.version), `<code>${escapeHtml(s.hash)}</code>`, escapeHtml(side.periods.join(', ')), num(String(s.subjects))]),
  );
  const parts = [`<h2>${escapeHtml(t('sides'))}</h2>`, table([t('side'), t('schemeName'), t('schemeId'), t('schemeVersion'), t('schemeHash'), t('period'), t('subjects')], schemes, 'sides')];
  const runs = sides.filter((side) => side.summary !== null || side.inputs.length > 0);
  if (runs.length > 0) {
    parts.push(
      table(
        [t('side'), t('inputs'), t('countRead'), t('countAppraised'), t('countRejected'), t('countErrors')],
        runs.map((side) => [escapeHtml(sideName(side, locale)), side.inputs.map(escapeHtml).join('<br>'), ...[side.summary?.read, side.summary?.appraised, side.summary?.rejected, side.summary?.errors].map((n) => num(n === undefined ? '' : String(n)))]),
      ),
    );
  }
  return parts.join('');
}

/** How many subjects match, and how many move. */
export function movesSection(comparison: Comparison, locale: Locale): string {
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  const { totals } = comparison;
  const rows: Array<[string, number, string]> = [
    [t('matched'), totals.matched, 'matched'],
    [reportText(locale, 'onlyOn', { side: sideName(comparison.before, locale) }), comparison.onlyBefore.length, 'only-before'],
    [reportText(locale, 'onlyOn', { side: sideName(comparison.after, locale) }), comparison.onlyAfter.length, 'only-after'],
    [t('movedBand'), totals.moved.band, 'moved-band'],
    ...(totals.transitions.grade === null ? [] : [[t('movedGrade'), totals.moved.grade, 'moved-grade'] as [string, number, string]]),
    [t('movedOutcome'), totals.moved.outcome, 'moved-outcome'],
    [t('movedAny'), totals.moved.any, 'moved-any'],
    [t('totalUp'), totals.total.up, 'total-up'],
    [t('totalDown'), totals.total.down, 'total-down'],
    [t('totalSame'), totals.total.same, 'total-same'],
  ];
  return `<h2>${escapeHtml(t('whoMoves'))}</h2><dl class="kv counts">${rows.map(([label, n, key]) => `<dt>${escapeHtml(label)}</dt><dd class="num" data-key="${key}">${n}</dd>`).join('')}</dl>`;
}

/** A transition matrix as a table: rows before, columns after, the diagonal (those who stay) shaded. */
export function matrixTable(what: ReportMessageKey, matrix: TransitionMatrix, comparison: Comparison, locale: Locale): string {
  const label = reportText(locale, 'transitions', { what: reportText(locale, what), before: sideName(comparison.before, locale), after: sideName(comparison.after, locale) });
  const names = matrix.categories.map((c) => categoryHtml(c, locale));
  const head = `<tr><th>${escapeHtml(sideName(comparison.before, locale))} \\ ${escapeHtml(sideName(comparison.after, locale))}</th>${names.map((n) => `<th>${n}</th>`).join('')}</tr>`;
  const body = matrix.counts
    .map((row, i) => `<tr><th>${names[i] ?? ''}</th>${row.map((n, j) => `<td class="n${i === j ? ' stay' : n > 0 ? ' move' : ''}" data-count="${n}">${n}</td>`).join('')}</tr>`)
    .join('');
  return `${h3(label)}<table class="matrix" data-matrix="${what}"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function summaryTable(summary: DeltaSummary, locale: Locale): string {
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  return table(
    [`${t('sum')}: ${t('sideBefore')}`, `${t('sum')}: ${t('sideAfter')}`, t('change'), t('mean'), t('smallest'), t('largest'), t('up'), t('down'), t('unchanged')],
    [[num(summary.before), num(summary.after), num(signed(summary.delta)), num(signed(summary.mean)), num(signed(summary.min)), num(signed(summary.max)), num(String(summary.up)), num(String(summary.down)), num(String(summary.same))]],
  );
}

/** The histogram of the change of total, with its figures. */
export function deltaSection(comparison: Comparison, locale: Locale): string {
  const { total } = comparison.totals;
  const label = reportText(locale, 'deltaDistribution');
  return `${h3(label)}${figure(histogramSvg(total.histogram, [{ value: '0', label: '0' }], label), reportText(locale, 'deltaCaption', { subjects: comparison.totals.matched }))}${h3(reportText(locale, 'deltaFigures'))}${summaryTable(total, locale)}`;
}

/** The bonus or fine: its sums before and after, and the histogram of its change per person. */
export function moneySection(comparison: Comparison, locale: Locale): string {
  const money = comparison.totals.money;
  if (money === null) return '';
  const what = reportText(locale, money.kind === 'bonus' ? 'bonusMoney' : 'fine');
  const sums = reportText(locale, 'moneySums');
  const bars = [
    { label: sideName(comparison.before, locale), value: money.before },
    { label: sideName(comparison.after, locale), value: money.after },
  ];
  const subjects = money.up + money.down + money.same;
  const label = reportText(locale, 'moneyHeading', { what });
  return `${h3(label)}${summaryTable(money, locale)}${figure(barSvg(bars, sums), sums)}${figure(histogramSvg(money.histogram, [{ value: '0', label: '0' }], label), reportText(locale, 'moneyCaption', { subjects }))}`;
}

/** Every item whose points changed for someone, the largest summed change first. */
export function itemsSection(comparison: Comparison, locale: Locale): string {
  const items = comparison.totals.items;
  if (items.length === 0) return '';
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  return `${h3(t('itemsBehind'))}${table(
    [t('item'), t('itemChangeSum'), t('subjectsUp'), t('subjectsDown')],
    items.map((i) => [`${localized(i.name, locale)} <span class="muted">${escapeHtml(i.id)}</span>`, num(signed(i.delta)), num(String(i.up)), num(String(i.down))]),
  )}`;
}

const arrow = (before: string, after: string): string => (before === after ? before : `${before} → ${after}`);

/** What lies behind one subject's change: its items, what no item carries, and the vetoes met or lifted. */
function behind(s: SubjectComparison, locale: Locale): string {
  const lines = s.items.map((i) => `${localized(i.name, locale)} <span class="muted">${escapeHtml(i.id)}</span> <span class="num">${escapeHtml(signed(i.delta))}</span>`);
  if (!/^-?[0.]+$/.test(s.rest)) lines.push(`${escapeHtml(reportText(locale, 'rest'))} <span class="num">${escapeHtml(signed(s.rest))}</span>`);
  for (const v of s.vetoes.added) lines.push(`<span class="veto">${escapeHtml(reportText(locale, 'vetoMet', { veto: `${v.id ?? ''} ${v.name?.[locale] ?? ''}`.trim() }))}</span>`);
  for (const v of s.vetoes.removed) lines.push(escapeHtml(reportText(locale, 'vetoLifted', { veto: `${v.id ?? ''} ${v.name?.[locale] ?? ''}`.trim() })));
  // A subject who moves with the same total and no veto moved because an edge of a band, grade or sanction did.
  if (lines.length === 0 && /^-?[0.]+$/.test(s.total.delta)) lines.push(`<span class="muted">${escapeHtml(reportText(locale, 'edgesMoved'))}</span>`);
  return lines.join('<br>');
}

/** The subjects who change band, grade or outcome, with the items behind it. */
export function moversSection(comparison: Comparison, locale: Locale): string {
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  const movers = comparison.subjects.filter((s) => s.moved);
  const heading = `<h2>${escapeHtml(t('movers'))}</h2>`;
  if (movers.length === 0) return `${heading}<p class="muted">${escapeHtml(t('noMovers'))}</p>`;
  const graded = comparison.totals.transitions.grade !== null;
  const money = comparison.totals.money;
  const headers = [t('subject'), t('total'), t('band'), ...(graded ? [t('grade')] : []), t('outcome'), ...(money === null ? [] : [t(money.kind === 'bonus' ? 'bonusMoney' : 'fine')]), t('itemsBehind')];
  const rows = movers.map((s): Cell[] => {
    const who = s.name === null ? escapeHtml(s.subject) : `${escapeHtml(s.name)} <span class="muted">${escapeHtml(s.subject)}</span>`;
    const total = `${escapeHtml(arrow(s.total.before, s.total.after))} <span class="muted">(${escapeHtml(signed(s.total.delta))})</span>`;
    const cat = (c: SubjectComparison['band']): string => (c.changed ? `${categoryHtml(c.before, locale)} → <b>${categoryHtml(c.after, locale)}</b>` : categoryHtml(c.after, locale));
    return [
      `<span data-subject="${escapeHtml(s.subject)}">${who}</span>`,
      total,
      cat(s.band),
      ...(graded ? [s.grade === null ? '' : cat(s.grade)] : []),
      cat(s.outcome),
      ...(money === null ? [] : [num(s.money === null ? '' : signed(s.money.delta))]),
      behind(s, locale),
    ];
  });
  return `${heading}${table(headers, rows, 'movers')}`;
}

/** The subjects appraised under one side only. */
export function unmatchedSection(comparison: Comparison, locale: Locale): string {
  const t = (key: ReportMessageKey): string => reportText(locale, key);
  const rows = [
    ...comparison.onlyBefore.map((s) => [escapeHtml(sideName(comparison.before, locale)), s] as const),
    ...comparison.onlyAfter.map((s) => [escapeHtml(sideName(comparison.after, locale)), s] as const),
  ];
  if (rows.length === 0) return '';
  return `<h2>${escapeHtml(t('onlyOneSide'))}</h2>${table(
    [t('side'), t('subject'), t('name'), t('period'), t('schemeId')],
    rows.map(([side, s]) => [side, escapeHtml(s.subject), escapeHtml(s.name ?? ''), escapeHtml(s.period), escapeHtml(s.scheme)]),
  )}`;
}
