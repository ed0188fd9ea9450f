import type { Appraisal, AppraisalLine, Locale, RegimeResult, SchemeResult } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { localized, provenanceHtml, table, type Cell, type Row } from './html';
import { reportText } from './reportText';

const num = (text: string | null | undefined): string => `<span class="num">${escapeHtml(text ?? '')}</span>`;
const heading = (locale: Locale, key: Parameters<typeof reportText>[1]): string => `<h3>${escapeHtml(reportText(locale, key))}</h3>`;

type Line = Pick<AppraisalLine, 'amount' | 'arithmetic' | 'message'> & { readonly provenance?: AppraisalLine['provenance'] };

/** A group of explanation lines under a heading: a line cites its clause only where the group's does not already. */
interface LineGroup {
  /** What the group is (ready HTML): an item's name and id, or the total's or the bonus's word. */
  readonly heading: string;
  /** The group's figure: an item's points. */
  readonly figure?: string;
  readonly lines: readonly Line[];
  /** The group's own clause (an item's), shown once with the item. */
  readonly provenance?: AppraisalLine['provenance'];
  /** A prefix the messages repeat (`N1 name:`), left out under the heading that says it. */
  readonly prefix?: string;
}

const cellNum = (text: string | null | undefined): Cell => ({ num: text });

/** Every item with its points and clause, and under it every line of its explanation: message, arithmetic, amount, and the clause where it differs. */
function explanation(groups: readonly LineGroup[], locale: Locale, citeItems = true): string {
  const rows: Row[] = [];
  for (const group of groups) {
    if (group.lines.length === 0 && group.figure === undefined) continue;
    rows.push({ group: `<th colspan="2">${group.heading}</th><th class="n">${escapeHtml(group.figure ?? '')}</th><th>${citeItems ? provenanceHtml(group.provenance, locale) : ''}</th>` });
    const own = JSON.stringify(group.provenance ?? null);
    for (const line of group.lines) {
      let message = line.message[locale] ?? line.message.en;
      if (group.prefix !== undefined && message.startsWith(group.prefix)) message = message.slice(group.prefix.length).replace(/^[:：]\s*/, '');
      // A message that ends with its own arithmetic leaves it to the arithmetic column.
      const tail = message.lastIndexOf(line.arithmetic);
      if (line.arithmetic !== '' && tail > 0 && tail + line.arithmetic.length === message.length) message = message.slice(0, tail).replace(/\s*[:：]\s*$/, '');
      const cited = line.provenance === undefined || JSON.stringify(line.provenance) === own ? '' : provenanceHtml(line.provenance, locale);
      rows.push([escapeHtml(message), { code: line.arithmetic }, cellNum(line.amount), cited]);
    }
  }
  if (rows.length === 0) return '';
  return table([reportText(locale, 'explanation'), reportText(locale, 'arithmetic'), reportText(locale, 'points'), reportText(locale, 'source')], rows, 'lines');
}

/** The anchor of a subject's page. */
export function subjectAnchor(result: SchemeResult, index: number): string {
  return `s${index}-${result.subject.replace(/[^\w-]/g, '_')}`;
}

function header(result: SchemeResult, index: number, locale: Locale, figures: string): string {
  const who = result.name === null ? escapeHtml(result.subject) : `${escapeHtml(result.name)} <span class="muted">${escapeHtml(result.subject)}</span>`;
  return `<section class="subject" id="${subjectAnchor(result, index)}" data-subject="${escapeHtml(result.subject)}"><h2>${who}</h2><dl class="kv"><dt>${escapeHtml(reportText(locale, 'period'))}</dt><dd>${escapeHtml(result.period)}</dd><dt>${escapeHtml(
    reportText(locale, 'schemeId'),
  )}</dt><dd>${escapeHtml(result.scheme.id)} ${escapeHtml(result.scheme.version)}</dd>${figures}</dl>`;
}

const dt = (locale: Locale, key: Parameters<typeof reportText>[1], value: string, cls = ''): string => `<dt>${escapeHtml(reportText(locale, key))}</dt><dd${cls === '' ? '' : ` class="${cls}"`}>${value}</dd>`;

/** An item's name and id, with its max and weight where it has them. */
function itemHeading(item: Appraisal['items'][number], locale: Locale): string {
  const extra = [item.max === null ? '' : `${reportText(locale, 'max')} ${item.max}`, item.weight === null ? '' : `${reportText(locale, 'weight')} ${item.weight}%`].filter((t) => t !== '').join(' · ');
  return `${localized(item.name, locale)} <span class="muted">${escapeHtml(item.id)}${extra === '' ? '' : ` · ${escapeHtml(extra)}`}</span>`;
}

function appraisalPage(result: Appraisal, index: number, locale: Locale, citeItems: boolean): string {
  const figures = [
    dt(locale, 'total', `<span class="total" data-total="${escapeHtml(result.total)}">${escapeHtml(result.total)}</span>`),
    dt(locale, 'band', result.band === null ? escapeHtml(reportText(locale, 'none')) : localized(result.band.name, locale)),
    dt(locale, 'outcome', result.band !== null && result.band.id === result.outcome ? localized(result.band.name, locale) : escapeHtml(result.outcome)),
    result.grade == null ? '' : dt(locale, 'grade', `${localized(result.grade.name, locale)} <span class="muted">${escapeHtml(result.grade.interval)} × ${escapeHtml(result.grade.factor)}</span>`),
  ].join('');
  const parts = [header(result, index, locale, figures)];
  parts.push(
    explanation(
      [
        ...result.items.map((item) => ({ heading: itemHeading(item, locale), figure: item.points, lines: item.lines, provenance: item.provenance, prefix: `${item.id} ${item.name[locale]}` })),
        { heading: escapeHtml(reportText(locale, 'totalLines')), lines: result.lines },
        { heading: escapeHtml(reportText(locale, 'bonusLines')), lines: result.bonus?.lines ?? [] },
      ],
      locale,
      citeItems,
    ),
  );
  if (result.vetoes.length > 0) {
    parts.push(
      heading(locale, 'vetoes'),
      table(
        [reportText(locale, 'vetoes'), reportText(locale, 'explanation'), reportText(locale, 'source')],
        result.vetoes.map((v) => [`<span class="veto">${localized(v.name, locale)}</span>`, localized(v.message, locale), provenanceHtml(v.provenance, locale)]),
      ),
    );
  }
  for (const review of result.reviews) {
    parts.push(`<h3>${escapeHtml(reportText(locale, 'reviews'))}: ${localized(review.name, locale)}${review.reviewer === null ? '' : ` <span class="muted">${escapeHtml(review.reviewer)}</span>`} → ${num(review.total)}</h3>`);
    parts.push(
      review.adjustments.length === 0
        ? `<p class="muted">${escapeHtml(reportText(locale, 'noAdjustments'))}</p>`
        : table(
            [reportText(locale, 'item'), reportText(locale, 'from'), reportText(locale, 'to'), reportText(locale, 'reason')],
            review.adjustments.map((a) => [escapeHtml(a.item), cellNum(a.from), cellNum(a.to), escapeHtml(a.reason)]),
          ),
    );
  }
  if (result.warnings.length > 0) parts.push(heading(locale, 'warnings'), `<ul>${result.warnings.map((w) => `<li>${localized(w.message, locale)}</li>`).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('');
}

function regimePage(result: RegimeResult, index: number, locale: Locale): string {
  const figures = [
    dt(locale, 'points', `<span class="total" data-total="${escapeHtml(result.points)}">${escapeHtml(result.points)}</span>`),
    dt(locale, 'fine', num(result.fine.total)),
    dt(locale, 'outcome', escapeHtml(result.outcome)),
  ].join('');
  const parts = [
    header(result, index, locale, figures),
    explanation(
      [
        { heading: escapeHtml(reportText(locale, 'points')), lines: result.lines },
        { heading: escapeHtml(reportText(locale, 'fine')), lines: result.fine.lines },
      ],
      locale,
    ),
  ];
  parts.push(heading(locale, 'sanctions'));
  parts.push(
    result.sanctions.length === 0
      ? `<p class="muted">${escapeHtml(reportText(locale, 'noSanctions'))}</p>`
      : table(
          [reportText(locale, 'sanctions'), reportText(locale, 'measured'), reportText(locale, 'threshold'), reportText(locale, 'explanation')],
          result.sanctions.map((s) => [`<span class="veto">${localized(s.name, locale)}</span>`, cellNum(s.value), escapeHtml(s.interval), localized(s.message, locale)]),
        ),
  );
  if (result.windows.length > 0) {
    parts.push(
      heading(locale, 'thresholds'),
      table(
        [reportText(locale, 'threshold'), reportText(locale, 'months'), reportText(locale, 'measured')],
        result.windows.map((w) => [escapeHtml(w.threshold), w.months.map((m) => `${escapeHtml(m.month)}: ${num(m.value)}`).join('<br>'), cellNum(w.value)]),
      ),
    );
  }
  if (result.collectiveFines.length > 0) {
    parts.push(
      heading(locale, 'collectiveFines'),
      table(
        [reportText(locale, 'person'), reportText(locale, 'role'), reportText(locale, 'amount'), reportText(locale, 'reason')],
        result.collectiveFines.map((c) => [escapeHtml(c.personName ?? c.person ?? reportText(locale, 'none')), localized(c.roleName, locale), cellNum(c.amount), localized(c.reason, locale)]),
      ),
    );
  }
  if (result.warnings.length > 0) parts.push(heading(locale, 'warnings'), `<ul>${result.warnings.map((w) => `<li>${localized(w.message, locale)}</li>`).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('');
}

/**
 * One subject's page: the total (or a regime's points and fine), every item with its points, max and
 * source clause, every line of the explanation with its arithmetic (and its clause where it is not
 * the item's), vetoes, review adjustments and a project's bonus lines. Starts a new printed page.
 * With `citeItems` false the items' clauses are left to the overview's table of sources.
 */
export function subjectPage(result: SchemeResult, index: number, locale: Locale, citeItems = true): string {
  return result.kind === 'penaltyRegime' ? regimePage(result, index, locale) : appraisalPage(result, index, locale, citeItems);
}
