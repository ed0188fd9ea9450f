import { Decimal, type Appraisal, type AppraisalLine, type Locale, type RegimeResult, type SchemeResult } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { localized, provenanceHtml, table, type Cell } from './html';
import { outcomeName } from './outcomeName';
import { reportText } from './reportText';
import { SourceIndex } from './SourceIndex';

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

/** Refers to a source clause (`[3]`, see {@link SourceIndex}); `''` for none. */
export type Cite = (provenance: AppraisalLine['provenance']) => string;

/** A line's message under its group's heading: without the `id name:` the heading says, nor the arithmetic its own column shows. */
function lineMessage(line: Line, group: LineGroup, locale: Locale): string {
  let message = line.message[locale] ?? line.message.en;
  if (group.prefix !== undefined && message.startsWith(group.prefix)) message = message.slice(group.prefix.length).replace(/^[:：]\s*/, '');
  const tail = message.lastIndexOf(line.arithmetic);
  if (line.arithmetic !== '' && tail > 0 && tail + line.arithmetic.length === message.length) message = message.slice(0, tail).replace(/\s*[:：]\s*$/, '');
  return escapeHtml(message);
}

const sameAmount = (a: string, b: string): boolean => {
  try {
    return new Decimal(a).equals(b);
  } catch {
    return false;
  }
};

/**
 * Every item with its points, and every line of its explanation: message, arithmetic, amount, and
 * a reference to the source clause (the item's when `citeItems`, a line's where it differs). An
 * item explained by one line of its own amount takes one row, its name heading the message. Rows
 * are written without their optional end tags or classes (the columns are styled by position): a
 * large report holds tens of thousands of them, and its opening time goes with their bytes and nodes.
 */
function explanation(groups: readonly LineGroup[], locale: Locale, cite: Cite, citeItems = true): string {
  const rows: string[] = [];
  let cited = false;
  const refs = (...found: string[]): string => {
    const shown = found.filter((r) => r !== '');
    if (shown.length === 0) return '';
    cited = true;
    return `<td>${shown.join(' ')}`;
  };
  for (const group of groups) {
    if (group.lines.length === 0 && group.figure === undefined) continue;
    const own = group.provenance === undefined ? null : SourceIndex.keyOf(group.provenance);
    const lineRef = (line: Line): string => (line.provenance === undefined || SourceIndex.keyOf(line.provenance) === own ? '' : cite(line.provenance));
    const itemRef = citeItems ? cite(group.provenance) : '';
    const only = group.lines.length === 1 ? group.lines[0] : undefined;
    if (only !== undefined && (group.figure === undefined || sameAmount(only.amount, group.figure))) {
      rows.push(`<tr><td><b>${group.heading}</b> ${lineMessage(only, group, locale)}<td>${escapeHtml(only.arithmetic)}<td>${escapeHtml(group.figure ?? only.amount)}${refs(itemRef, lineRef(only))}`);
      continue;
    }
    rows.push(`<tr class=g><th colspan=2>${group.heading}<th>${escapeHtml(group.figure ?? '')}${refs(itemRef)}`);
    for (const line of group.lines) rows.push(`<tr><td>${lineMessage(line, group, locale)}<td>${escapeHtml(line.arithmetic)}<td>${escapeHtml(line.amount)}${refs(lineRef(line))}`);
  }
  if (rows.length === 0) return '';
  const heads = [reportText(locale, 'explanation'), reportText(locale, 'arithmetic'), reportText(locale, 'points'), ...(cited ? [reportText(locale, 'source')] : [])];
  return `<table class=lines><thead><tr>${heads.map((h) => `<th>${escapeHtml(h)}`).join('')}<tbody>${rows.join('')}</table>`;
}

/** The anchor of a subject's page. */
export function subjectAnchor(result: SchemeResult, index: number): string {
  return `s${index}-${result.subject.replace(/[^\w-]/g, '_')}`;
}

function header(result: SchemeResult, index: number, locale: Locale, figures: string): string {
  const who = result.name === null ? escapeHtml(result.subject) : `${escapeHtml(result.name)} <span class=muted>${escapeHtml(result.subject)}</span>`;
  return `<section class="subject" id="${subjectAnchor(result, index)}" data-subject="${escapeHtml(result.subject)}"><h2>${who}</h2><p class=kvs>${field(locale, 'period', escapeHtml(result.period))} · ${field(
    locale,
    'schemeId',
    `${escapeHtml(result.scheme.id)} ${escapeHtml(result.scheme.version)}`,
  )}<br>${figures}`;
}

/** A figure of a subject's page: its label, then its value (ready HTML). */
const field = (locale: Locale, key: Parameters<typeof reportText>[1], value: string): string => `${escapeHtml(reportText(locale, key))} ${value}`;
const fields = (...shown: string[]): string => shown.filter((f) => f !== '').join(' · ');

/** An item's name and id, with its max and weight where it has them. */
function itemHeading(item: Appraisal['items'][number], locale: Locale): string {
  const extra = [item.max === null ? '' : `${reportText(locale, 'max')} ${item.max}`, item.weight === null ? '' : `${reportText(locale, 'weight')} ${item.weight}%`].filter((t) => t !== '').join(' · ');
  return `${localized(item.name, locale)} ${escapeHtml(item.id)}${extra === '' ? '' : ` · ${escapeHtml(extra)}`}`;
}

function appraisalPage(result: Appraisal, index: number, locale: Locale, cite: Cite, citeItems: boolean): string {
  const figures = fields(
    `${escapeHtml(reportText(locale, 'total'))} <b class="total" data-total="${escapeHtml(result.total)}">${escapeHtml(result.total)}</b>`,
    field(locale, 'band', result.band === null ? escapeHtml(reportText(locale, 'none')) : localized(result.band.name, locale)),
    field(locale, 'outcome', outcomeName(result, locale)),
    result.grade == null ? '' : field(locale, 'grade', `${localized(result.grade.name, locale)} <span class=muted>${escapeHtml(result.grade.interval)} × ${escapeHtml(result.grade.factor)}</span>`),
  );
  const parts = [header(result, index, locale, figures)];
  parts.push(
    explanation(
      [
        ...result.items.map((item) => ({ heading: itemHeading(item, locale), figure: item.points, lines: item.lines, provenance: item.provenance, prefix: `${item.id} ${item.name[locale]}` })),
        { heading: escapeHtml(reportText(locale, 'totalLines')), lines: result.lines },
        { heading: escapeHtml(reportText(locale, 'bonusLines')), lines: result.bonus?.lines ?? [] },
      ],
      locale,
      cite,
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

function regimePage(result: RegimeResult, index: number, locale: Locale, cite: Cite): string {
  const figures = fields(
    `${escapeHtml(reportText(locale, 'points'))} <b class="total" data-total="${escapeHtml(result.points)}">${escapeHtml(result.points)}</b>`,
    field(locale, 'fine', num(result.fine.total)),
    field(locale, 'outcome', outcomeName(result, locale)),
  );
  const parts = [
    header(result, index, locale, figures),
    explanation(
      [
        { heading: escapeHtml(reportText(locale, 'points')), lines: result.lines },
        { heading: escapeHtml(reportText(locale, 'fine')), lines: result.fine.lines },
      ],
      locale,
      cite,
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
 * Clauses are referred to by their number in the overview's table of sources (`cite`); with
 * `citeItems` false only the lines whose clause is not their item's refer to one.
 */
export function subjectPage(result: SchemeResult, index: number, locale: Locale, cite: Cite, citeItems = true): string {
  return result.kind === 'penaltyRegime' ? regimePage(result, index, locale, cite) : appraisalPage(result, index, locale, cite, citeItems);
}
