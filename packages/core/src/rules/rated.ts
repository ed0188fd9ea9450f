import { expectedButGot } from '../errors/reasons';
import * as z from 'zod';
import { Decimal, isDecimalString, toDecimal } from '../decimal';
import { enumText } from '../explain/enumText';
import { KaoheError } from '../errors/KaoheError';
import type { EvaluationContext, RuleOutcome } from './context';
import { DecimalLikeSchema, LocalizedText, PositiveDecimal } from '../model/common';
import type { RuleItem } from './ruleKit';
import { Rater, RaterCombination, type RaterPanel } from '../model/raters';
import { fullScale, line, schemeDecimal, show } from './ruleKit';

/** A rubric band shown to raters (e.g. 50–60 excellent and on time). */
export const RubricBand = z.strictObject({
  min: DecimalLikeSchema.describe('The band\'s lowest rating.'),
  max: DecimalLikeSchema.describe('The band\'s highest rating.'),
  label: LocalizedText.describe('What the band means, e.g. 按时优质完成 / Excellent and on time.'),
}).meta({ examples: [{ min: 50, max: 60, label: { 'zh-CN': '优秀且按时', en: 'excellent and on time' } }] });
/** A rubric band. */
export type RubricBand = z.infer<typeof RubricBand>;

/** `rated`: entered by one or more raters within a range; several raters combine by mean, weights or a divisor. */
export const RatedRule = z.strictObject({
  kind: z.literal('rated').describe('Entered by one or more raters within a range.'),
  min: DecimalLikeSchema.default(0).describe('The lowest rating; 0 unless set.'),
  max: DecimalLikeSchema.optional().describe('The highest rating; the item\'s points (or 100 in a weighted scheme) when absent.'),
  raters: z.array(Rater).min(1).optional().describe('The raters of this item; when absent, the scheme\'s rater panel, or any single rater.'),
  combine: RaterCombination.default('mean').describe('How several raters\' ratings combine; `mean` unless set.'),
  divisor: PositiveDecimal.optional().describe('For `divisor`: the fixed divisor (> 0).'),
  rubric: z.array(RubricBand).optional().describe('Rubric bands shown to raters.'),
});
/** A rated rule. */
export type RatedRule = z.infer<typeof RatedRule>;

/** The rater id given to a single rating entered as a plain number for an item that names no raters. */
export const SINGLE_RATER = 'rater';

/** One rater's rating of an item. */
export interface RaterRating {
  readonly rater: string;
  readonly value: Decimal;
}

function parseRating(raw: unknown, path: Array<string | number>): Decimal {
  if (typeof raw === 'number' && Number.isFinite(raw)) return new Decimal(raw);
  if (typeof raw === 'string' && isDecimalString(raw)) return new Decimal(raw.trim());
  throw new KaoheError({ code: 'input_invalid', path, params: expectedButGot('number', JSON.stringify(raw) ?? 'undefined') });
}

/**
 * Reads and checks the ratings an input gives an item: each within `[min, max]`, each rater known.
 *
 * @throws {KaoheError} `missing_rating`, `unknown_rater`, `rating_out_of_range`.
 */
export function readRatings(rule: RatedRule, item: RuleItem, ctx: EvaluationContext): RaterRating[] {
  const path = ['ratings', item.id];
  const entry = ctx.ratings[item.id];
  if (entry === undefined || entry === null) throw new KaoheError({ code: 'missing_rating', path, params: { item: item.id } });
  const declared = rule.raters?.map((r) => r.id) ?? ctx.panelRaters;
  const min = schemeDecimal(rule.min);
  const max = rule.max === undefined ? fullScale(item) : schemeDecimal(rule.max);
  const ratings: RaterRating[] = [];
  if (typeof entry === 'object' && !Array.isArray(entry)) {
    for (const [rater, raw] of Object.entries(entry as Record<string, unknown>)) {
      if (declared !== undefined && !declared.includes(rater)) {
        throw new KaoheError({ code: 'unknown_rater', path: [...path, rater], params: { rater, raters: declared.join(', ') } });
      }
      ratings.push({ rater, value: parseRating(raw, [...path, rater]) });
    }
    if (ratings.length === 0) throw new KaoheError({ code: 'missing_rating', path, params: { item: item.id } });
  } else {
    if (declared !== undefined && declared.length > 1) {
      throw new KaoheError({ code: 'input_invalid', path, params: expectedButGot(`{ ${declared.join(', ')} }`, JSON.stringify(entry) ?? '') });
    }
    ratings.push({ rater: declared?.[0] ?? SINGLE_RATER, value: parseRating(entry, path) });
  }
  for (const { rater, value } of ratings) {
    if (value.lessThan(min) || value.greaterThan(max)) {
      const where = typeof entry === 'object' ? [...path, rater] : path;
      throw new KaoheError({ code: 'rating_out_of_range', path: where, params: { value: show(value), min: show(min), max: show(max) } });
    }
  }
  return ratings;
}

/** Combines several raters' values by mean, weights (renormalised over those who rated) or a fixed divisor. */
export function combineRatings(
  ratings: readonly RaterRating[],
  combine: RaterCombination,
  weights: ReadonlyMap<string, Decimal>,
  divisor: Decimal | undefined,
): { value: Decimal; text: string } {
  const sum = ratings.reduce((acc, r) => acc.plus(r.value), new Decimal(0));
  const terms = ratings.map((r) => show(r.value));
  if (ratings.length === 1 && combine !== 'divisor') {
    const only = ratings[0] as RaterRating;
    return { value: only.value, text: only.rater === SINGLE_RATER ? show(only.value) : `${only.rater} ${show(only.value)}` };
  }
  if (combine === 'divisor') {
    const d = divisor ?? new Decimal(ratings.length);
    return { value: sum.dividedBy(d), text: `(${terms.join(' + ')}) / ${show(d)}` };
  }
  if (combine === 'weighted') {
    let weighted = new Decimal(0);
    let total = new Decimal(0);
    for (const r of ratings) {
      const w = weights.get(r.rater) ?? new Decimal(1);
      weighted = weighted.plus(r.value.times(w));
      total = total.plus(w);
    }
    const text = `(${ratings.map((r) => `${show(r.value)} × ${show(weights.get(r.rater) ?? new Decimal(1))}`).join(' + ')}) / ${show(total)}`;
    return { value: weighted.dividedBy(total), text };
  }
  return { value: sum.dividedBy(ratings.length), text: `(${terms.join(' + ')}) / ${ratings.length}` };
}

/**
 * How an item's ratings combine. An item that names its own raters follows its own rule; an item
 * that names none, in a scheme with a rater panel, follows the panel: its mean, or its weights. (A
 * panel's fixed divisor applies to the composite of the raters' totals, not to one item: the item
 * shows the mean of its raters.)
 *
 * @example
 * itemCombination(RatedRule.parse({ kind: 'rated' }), { raters, combine: 'weighted' }).combine; // 'weighted'
 */
export function itemCombination(rule: RatedRule, panel: RaterPanel | undefined): { combine: RaterCombination; weights: Map<string, Decimal>; divisor: Decimal | undefined } {
  const own = rule.raters === undefined && panel !== undefined ? panel.raters : (rule.raters ?? []);
  const weights = new Map(own.filter((r) => r.weight !== undefined).map((r) => [r.id, toDecimal(r.weight as string | number)]));
  if (rule.raters === undefined && panel !== undefined) return { combine: panel.combine === 'weighted' ? 'weighted' : 'mean', weights, divisor: undefined };
  return { combine: rule.combine, weights, divisor: rule.divisor === undefined ? undefined : toDecimal(rule.divisor) };
}

/** Evaluates a rated rule. */
export function evaluateRated(rule: RatedRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const ratings = readRatings(rule, item, ctx);
  const how = itemCombination(rule, ctx.panel);
  const combined = combineRatings(ratings, how.combine, how.weights, how.divisor);
  const byRater = Object.fromEntries(ratings.map((r) => [r.rater, r.value.toString()]));
  return {
    score: combined.value,
    lines: ctx.explain === false ? [] : [
      line(
        ratings.length === 1 ? 'rated.single' : 'rated.combined',
        'score',
        combined.value,
        `${combined.text} = ${show(combined.value)}`,
        { ratings: ratings.map((r) => (r.rater === SINGLE_RATER ? show(r.value) : `${r.rater} ${show(r.value)}`)).join(', '), raters: ratings.length, combine: enumText('combine', how.combine) },
        { ratings: byRater },
      ),
    ],
  };
}
