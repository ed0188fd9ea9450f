import { Decimal, formatFixed2, roundPoints, toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { renderBoth } from '../locales/render';
import type { LocalizedText } from '../model/common';
import type { RaterCombination, RaterPanel } from '../model/raters';
import type { ResolvedScorecard } from '../model/scorecard';
import { combineRatings, itemCombination, readRatings, type RaterRating } from '../rules/rated';
import { show } from '../rules/ruleKit';
import type { AppraisalLine, CompositeResult } from './Appraisal';
import type { EvaluationContext } from '../rules/context';

/** The composite of a panel scheme, with the total line that brings the items' sum to it. */
export interface PanelComposite {
  readonly result: CompositeResult;
  readonly line: AppraisalLine;
  readonly total: Decimal;
}

function combineText(combine: RaterCombination, divisor: Decimal): LocalizedText {
  if (combine === 'weighted') return { en: 'weights', 'zh-CN': '加权' };
  if (combine === 'divisor') return { en: `the divisor ${show(divisor)}`, 'zh-CN': `除数 ${show(divisor)}` };
  return { en: 'the mean', 'zh-CN': '平均' };
}

function panelDivisor(panel: RaterPanel, count: number, weights: ReadonlyMap<string, Decimal>, raters: readonly string[]): Decimal {
  if (panel.combine === 'divisor') return toDecimal(panel.divisor ?? panel.literalDivisor ?? count);
  if (panel.combine === 'weighted') return raters.reduce((sum, rater) => sum.plus(weights.get(rater) ?? 1), new Decimal(0));
  return new Decimal(count);
}

/**
 * The composite of a scheme with a rater panel (seed 002): each rater's total — computed items are
 * the same for every rater, rated items are the rater's own — then the mean of the raters who
 * rated, their weights, or the sum over a fixed divisor (`panel.combine: 'divisor'` with `divisor`,
 * or the text's `literalDivisor`). `undefined` for a scheme without a panel.
 *
 * Rated items that name raters of their own are combined within the item and count the same for
 * every rater. An item a reviewer adjusted shifts every rater's rating of it by the adjustment.
 *
 * @example
 * // Example H: schedule 31 for all, quality 55, 52, 50, 54, 49 → totals 86, 83, 81, 85, 80 → 83
 * panelComposite(scheme, itemPoints, toDecimal(83), ctx)?.result.value; // '83.00'
 * @throws {KaoheError} `rater_incomplete` when a rater rated some of the panel's rated items but not all.
 */
export function panelComposite(scheme: ResolvedScorecard, itemPoints: ReadonlyMap<string, Decimal>, subtotal: Decimal, ctx: EvaluationContext): PanelComposite | undefined {
  const panel = scheme.panel;
  if (panel === undefined) return undefined;
  const perRater = scheme.items.flatMap((item) => (item.rule.kind === 'rated' && item.rule.raters === undefined ? [{ item, rule: item.rule }] : []));
  const byItem = perRater.map(({ item, rule }) => {
    const ratings = readRatings(rule, item, ctx);
    const how = itemCombination(rule, panel);
    const combined = roundPoints(combineRatings(ratings, how.combine, how.weights, how.divisor).value);
    const delta = (itemPoints.get(item.id) ?? combined).minus(combined);
    return { item, ratings: new Map(ratings.map((r) => [r.rater, roundPoints(r.value).plus(delta)])), points: itemPoints.get(item.id) ?? combined };
  });
  const rated = new Set(byItem.flatMap((entry) => [...entry.ratings.keys()]));
  const raters = byItem.length === 0 ? panel.raters.map((r) => r.id) : panel.raters.map((r) => r.id).filter((id) => rated.has(id));
  for (const entry of byItem) {
    for (const rater of raters) {
      if (!entry.ratings.has(rater)) {
        const done = byItem.filter((other) => other.ratings.has(rater)).map((other) => other.item.id);
        throw new KaoheError({ code: 'rater_incomplete', path: ['ratings', entry.item.id, rater], params: { rater, rated: done.join(', '), item: entry.item.id } });
      }
    }
  }
  const totals: RaterRating[] = raters.map((rater) => ({
    rater,
    value: byItem.reduce((sum, entry) => sum.plus(entry.ratings.get(rater) as Decimal).minus(entry.points), subtotal),
  }));
  const weights = new Map(panel.raters.filter((r) => r.weight !== undefined).map((r) => [r.id, toDecimal(r.weight as string | number)]));
  const divisor = panelDivisor(panel, raters.length, weights, raters);
  if (divisor.isZero()) {
    throw new KaoheError({ code: 'scheme_invalid', path: ['scheme', 'panel'], params: { reason: { en: 'the raters who rated have a total weight (or divisor) of 0', 'zh-CN': '已评分的评分人权重合计(或除数)为 0' } } });
  }
  const combined = combineRatings(totals, panel.combine, weights, panel.combine === 'divisor' ? divisor : undefined);
  const value = roundPoints(combined.value);
  const amount = value.minus(subtotal);
  const arithmetic = `${combined.text} = ${show(combined.value)}`;
  const totalsText = totals.map((t) => `${t.rater} ${show(t.value)}`).join(', ');
  const result: CompositeResult = {
    combine: panel.combine,
    raters: totals.map((t) => {
      const rater = panel.raters.find((r) => r.id === t.rater);
      return { rater: t.rater, name: rater?.name ?? null, weight: rater?.weight === undefined ? null : toDecimal(rater.weight).toString(), total: formatFixed2(t.value) };
    }),
    divisor: divisor.toString(),
    arithmetic,
    value: formatFixed2(value),
  };
  const line: AppraisalLine = {
    code: 'total.composite',
    kind: 'composite',
    item: null,
    rule: 'total',
    amount: amount.toString(),
    facts: { raters: Object.fromEntries(totals.map((t) => [t.rater, t.value.toString()])) },
    arithmetic: `${arithmetic}; ${show(value)} − ${show(subtotal)} = ${show(amount)}`,
    message: renderBoth('line.total.composite', { count: raters.length, totals: totalsText, combine: combineText(panel.combine, divisor), composite: formatFixed2(value), sum: formatFixed2(subtotal), amount: show(amount) }),
  };
  return { result, line, total: value };
}
