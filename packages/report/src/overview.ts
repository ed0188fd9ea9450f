import { Decimal, type Appraisal, type CompiledScheme, type Locale, type RegimeResult } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { histogram } from './histogram';
import { localized, percent, table, tally, type Cell } from './html';
import { outcomeName } from './outcomeName';
import { reportText } from './reportText';
import { barSvg, histogramSvg, type ChartMarker } from './svgCharts';

const num = (text: string): Cell => ({ num: text });

function figure(svg: string, caption: string): string {
  return `<figure class="figure">${svg}<figcaption class="caption">${escapeHtml(caption)}</figcaption></figure>`;
}

/** Rows of a share table: each key's name, count and percentage. */
function shareRows(counts: Map<string, number>, of: number, name: (key: string) => string): Cell[][] {
  return [...counts].map(([key, count]) => [name(key), num(String(count)), num(percent(count, of))]);
}

/** Band edges of a scorecard: each band's lower end, labelled with the band's name. */
function bandMarkers(scheme: CompiledScheme | undefined, locale: Locale): ChartMarker[] {
  if (scheme?.kind !== 'compiledScorecard') return [];
  return scheme.scheme.bands.flatMap((band) => (band.min === undefined ? [] : [{ value: String(band.min), label: band.name[locale] }]));
}

/** Points a person may lose on an item: a deduction, or what falls short of the item's points. */
function pointsLost(item: Appraisal['items'][number]): Decimal {
  const points = new Decimal(item.points);
  if (points.isNegative()) return points.negated();
  return item.max === null ? new Decimal(0) : Decimal.max(0, new Decimal(item.max).minus(points));
}

function costliestItems(results: readonly Appraisal[], locale: Locale): string {
  const lost = new Map<string, { name: string; sum: Decimal; losing: number }>();
  for (const result of results) {
    for (const item of result.items) {
      const entry = lost.get(item.id) ?? { name: localized(item.name, locale), sum: new Decimal(0), losing: 0 };
      const amount = pointsLost(item);
      lost.set(item.id, { name: entry.name, sum: entry.sum.plus(amount), losing: entry.losing + (amount.isZero() ? 0 : 1) });
    }
  }
  const rows = [...lost]
    .map(([id, e]) => ({ id, ...e, mean: e.sum.dividedBy(results.length) }))
    .filter((e) => e.mean.greaterThan(0))
    .sort((a, b) => b.mean.comparedTo(a.mean))
    .slice(0, 10);
  if (rows.length === 0) return '';
  return `<h3>${escapeHtml(reportText(locale, 'costliest'))}</h3>${table(
    [reportText(locale, 'item'), reportText(locale, 'meanLost'), reportText(locale, 'subjectsLosing')],
    rows.map((r) => [`${r.name} <span class="muted">${escapeHtml(r.id)}</span>`, num(r.mean.toFixed(2)), num(`${r.losing} (${percent(r.losing, results.length)})`)]),
  )}`;
}

function projectBonus(results: readonly Appraisal[], locale: Locale): string {
  const withBonus = results.filter((r) => r.bonus != null);
  if (withBonus.length === 0) return '';
  const sum = (pick: (b: NonNullable<Appraisal['bonus']>) => string | null | undefined): string =>
    withBonus.reduce((acc, r) => acc.plus(pick(r.bonus as NonNullable<Appraisal['bonus']>) ?? 0), new Decimal(0)).toFixed(2);
  const full = sum((b) => b.full);
  const final = sum((b) => b.final);
  const pool = sum((b) => b.pool);
  const label = reportText(locale, 'projectBonus');
  const bars = [
    { label: reportText(locale, 'bonusFull'), value: full },
    { label: reportText(locale, 'bonusFinal'), value: final },
    { label: reportText(locale, 'bonusPool'), value: pool },
  ];
  const split = [
    [reportText(locale, 'director'), sum((b) => b.director)],
    [reportText(locale, 'leader'), sum((b) => b.shares?.leader)],
    [reportText(locale, 'engineers'), sum((b) => b.shares?.engineers)],
  ];
  return `<h3>${escapeHtml(label)}</h3>${figure(barSvg(bars, label), reportText(locale, 'bonusFlowCaption', { subjects: withBonus.length }))}<h3>${escapeHtml(
    reportText(locale, 'bonusSplit'),
  )}</h3>${table([reportText(locale, 'person'), reportText(locale, 'amount')], split.map(([who, amount]) => [escapeHtml(who), num(amount ?? '')]))}`;
}

/**
 * The overview of the subjects appraised with one scorecard: the histogram of totals with the band
 * edges, the share of each band, grade and outcome, the vetoes met, the costliest items and a
 * project bonus from full to final to pool with its split.
 */
export function scorecardOverview(results: readonly Appraisal[], scheme: CompiledScheme | undefined, locale: Locale): string {
  const n = results.length;
  const parts: string[] = [];
  const label = reportText(locale, 'distribution');
  parts.push(`<h3>${escapeHtml(label)}</h3>`, figure(histogramSvg(histogram(results.map((r) => r.total)), bandMarkers(scheme, locale), label), reportText(locale, 'histogramCaption', { subjects: n })));
  const bandNames = new Map(results.flatMap((r) => (r.band === null ? [] : [[r.band.id, localized(r.band.name, locale)] as const])));
  const outcomeNames = new Map(results.map((r) => [r.outcome, outcomeName(r, locale)] as const));
  // Bands and outcomes in the scheme's order of bands, where the scheme is known, else as first met.
  const order = scheme?.kind === 'compiledScorecard' ? scheme.scheme.bands.map((b) => b.id) : [];
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  const byBand = <T>(counts: Map<string, T>): Map<string, T> => new Map([...counts].sort(([a], [b]) => rank(a) - rank(b)));
  const shares = [reportText(locale, 'count'), reportText(locale, 'share')];
  parts.push(`<h3>${escapeHtml(reportText(locale, 'bandShare'))}</h3>`, table([reportText(locale, 'band'), ...shares], shareRows(byBand(tally(results, (r) => r.band?.id ?? '')), n, (id) => bandNames.get(id) ?? escapeHtml(reportText(locale, 'none')))));
  parts.push(`<h3>${escapeHtml(reportText(locale, 'outcomeShare'))}</h3>`, table([reportText(locale, 'outcome'), ...shares], shareRows(byBand(tally(results, (r) => r.outcome)), n, (id) => outcomeNames.get(id) ?? escapeHtml(id))));
  const graded = results.filter((r) => r.grade != null);
  if (graded.length > 0) {
    const gradeNames = new Map(graded.map((r) => [r.grade?.id ?? '', localized(r.grade?.name, locale)] as const));
    parts.push(`<h3>${escapeHtml(reportText(locale, 'grade'))}</h3>`, table([reportText(locale, 'grade'), ...shares], shareRows(tally(graded, (r) => r.grade?.id ?? ''), n, (id) => gradeNames.get(id) ?? escapeHtml(id))));
  }
  const vetoes = results.flatMap((r) => r.vetoes);
  const vetoNames = new Map(vetoes.map((v) => [v.id, localized(v.name, locale)] as const));
  parts.push(
    `<h3>${escapeHtml(reportText(locale, 'vetoesTriggered'))}</h3>`,
    vetoes.length === 0 ? `<p class="muted">${escapeHtml(reportText(locale, 'noVetoes'))}</p>` : table([reportText(locale, 'vetoes'), ...shares], shareRows(tally(vetoes, (v) => v.id), n, (id) => vetoNames.get(id) ?? escapeHtml(id))),
  );
  parts.push(costliestItems(results, locale), projectBonus(results, locale));
  return parts.join('');
}

/** Thresholds on a month's points, drawn on the histogram of points. */
function thresholdMarkers(scheme: CompiledScheme | undefined, locale: Locale): ChartMarker[] {
  if (scheme?.kind !== 'compiledPenaltyRegime') return [];
  return scheme.scheme.thresholds
    .filter((t) => t.measure === 'points' && t.months === 1)
    .flatMap((t) => t.tiers.flatMap((tier) => (tier.min === undefined ? [] : [{ value: String(tier.min), label: tier.label?.[locale] ?? tier.sanction }])));
}

/**
 * The overview of the people of one penalty regime: the histogram of points against the thresholds,
 * the share of each outcome, and the points, fine and sanctions of each person (most points first).
 */
export function regimeOverview(results: readonly RegimeResult[], scheme: CompiledScheme | undefined, locale: Locale): string {
  const n = results.length;
  const label = reportText(locale, 'distributionPoints');
  const shares = [reportText(locale, 'count'), reportText(locale, 'share')];
  const outcomeNames = new Map(results.map((r) => [r.outcome, outcomeName(r, locale)] as const));
  const people = [...results].sort((a, b) => new Decimal(b.points).comparedTo(a.points) || new Decimal(b.fine.total).comparedTo(a.fine.total));
  return [
    `<h3>${escapeHtml(label)}</h3>`,
    figure(histogramSvg(histogram(results.map((r) => r.points)), thresholdMarkers(scheme, locale), label), reportText(locale, 'histogramCaptionRegime', { subjects: n })),
    `<h3>${escapeHtml(reportText(locale, 'outcomeShare'))}</h3>`,
    table([reportText(locale, 'outcome'), ...shares], shareRows(tally(results, (r) => r.outcome), n, (id) => outcomeNames.get(id) ?? escapeHtml(id))),
    `<h3>${escapeHtml(reportText(locale, 'finesPerPerson'))}</h3>`,
    table(
      [reportText(locale, 'subject'), reportText(locale, 'points'), reportText(locale, 'fine'), reportText(locale, 'sanctions')],
      people.map((r) => [escapeHtml(r.name ?? r.subject), num(r.points), num(r.fine.total), r.sanctions.map((s) => localized(s.name, locale)).join(', ')]),
    ),
  ].join('');
}
