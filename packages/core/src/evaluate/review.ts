import { Decimal, formatFixed2, roundPoints, toDecimal, type DecimalLike } from '../decimal';
import { limitError } from '../errors/limitExceeded';
import { numberBreach } from '../limits';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import { renderBoth } from '../locales/render';
import { show } from '../rules/ruleKit';
import type { Appraisal, ItemResult, ReviewAdjustment, ReviewRecord } from './Appraisal';
import type { CompiledScorecard } from './compile';

/** One level's re-appraisal: it confirms the appraisal, or adjusts items with a reason. */
export interface ReviewInput {
  /** The id of the level in the scheme's review chain. */
  level: string;
  /** Who reviewed (a person id). */
  reviewer?: string;
  adjustments?: ReadonlyArray<{ item: string; points: DecimalLike; reason: string }>;
}

/** Totals an appraisal again after items were adjusted. */
export type Refinish = (parts: { subject: string; name: string | null; period: string; items: readonly ItemResult[]; itemPoints: ReadonlyMap<string, Decimal> }) => Appraisal;

function record(appraisal: Appraisal, level: { id: string; name: ReviewRecord['name'] }, reviewer: string | null, adjustments: ReviewAdjustment[]): ReviewRecord {
  return { level: level.id, name: level.name, reviewer, adjustments, total: appraisal.total, band: appraisal.band, outcome: appraisal.outcome };
}

/**
 * Applies the review chain: the computed appraisal is the first level's; each later level confirms
 * it or adjusts items with a reason. The result is the last level's, and keeps every level.
 *
 * @throws {KaoheError} `review_invalid` for an unknown or out-of-order level, an adjustment by a
 * level that may not adjust, an unknown item, a missing reason, or points outside the item's range.
 */
export function applyReviews(compiled: CompiledScorecard, first: Appraisal, reviews: readonly ReviewInput[], explain: boolean, refinish: Refinish): Appraisal {
  const chain = compiled.scheme.review?.levels ?? [];
  if (chain.length === 0) {
    if (reviews.length > 0) throw new KaoheError({ code: 'review_invalid', path: ['reviews'], params: { reason: { en: 'the scheme has no review chain', 'zh-CN': '本方案没有复评流程' } } });
    return first;
  }
  let current = first;
  let position = -1;
  const records: ReviewRecord[] = [];
  const firstLevel = chain[0] as (typeof chain)[number];
  if (reviews[0]?.level !== firstLevel.id) records.push(record(first, firstLevel, null, []));
  reviews.forEach((review, index) => {
    const at = chain.findIndex((level) => level.id === review.level);
    const level = chain[at];
    const fail = (reason: { en: string; 'zh-CN': string }, path: Array<string | number> = []): never => {
      throw new KaoheError({ code: 'review_invalid', path: ['reviews', index, ...path], params: { reason } } satisfies KaoheIssue);
    };
    if (level === undefined) return fail({ en: `unknown level ${review.level}; levels: ${chain.map((l) => l.id).join(', ')}`, 'zh-CN': `未知的复评层级 ${review.level};可选:${chain.map((l) => l.id).join('、')}` }, ['level']);
    if (at <= position) return fail({ en: `level ${review.level} comes out of order`, 'zh-CN': `复评层级 ${review.level} 顺序有误` }, ['level']);
    position = at;
    const adjustments: ReviewAdjustment[] = [];
    const changes = review.adjustments ?? [];
    if (changes.length > 0 && !level.mayAdjust) return fail({ en: `level ${level.id} may only confirm`, 'zh-CN': `层级 ${level.id} 只能确认,不能调整` }, ['adjustments']);
    const items = [...current.items];
    const points = new Map<string, Decimal>(current.items.map((item) => [item.id, toDecimal(item.points)]));
    changes.forEach((change, changeIndex) => {
      const path = ['adjustments', changeIndex];
      const itemIndex = items.findIndex((item) => item.id === change.item);
      const item = items[itemIndex];
      if (item === undefined) return fail({ en: `unknown item ${change.item}`, 'zh-CN': `未知的考核项 ${change.item}` }, [...path, 'item']);
      if (change.reason.trim() === '') return fail({ en: 'an adjustment needs a reason', 'zh-CN': '调整必须说明理由' }, [...path, 'reason']);
      if (typeof change.points === 'number' || typeof change.points === 'string') {
        const breach = numberBreach(change.points);
        if (breach !== undefined) throw limitError(breach, ['reviews', index, ...path, 'points']);
      }
      let to: Decimal;
      try {
        to = roundPoints(toDecimal(change.points));
      } catch {
        return fail({ en: 'points must be a number', 'zh-CN': '分值必须是数字' }, [...path, 'points']);
      }
      if (item.max !== null && (to.isNegative() || to.greaterThan(toDecimal(item.max)))) {
        return fail({ en: `points must lie within 0–${item.max}`, 'zh-CN': `分值须在 0–${item.max} 之间` }, [...path, 'points']);
      }
      const from = toDecimal(item.points);
      const amount = to.minus(from);
      const adjustment: ReviewAdjustment = { item: item.id, from: item.points, to: formatFixed2(to), reason: change.reason };
      adjustments.push(adjustment);
      items[itemIndex] = {
        ...item,
        points: formatFixed2(to),
        lines: !explain ? [] : [
          ...item.lines,
          {
            code: 'review.adjusted',
            kind: 'adjustment',
            item: item.id,
            rule: 'review',
            amount: amount.toString(),
            facts: { reviewer: review.reviewer ?? null },
            arithmetic: `${show(from)} → ${show(to)} (${amount.isNegative() ? '' : '+'}${show(amount)})`,
            message: renderBoth('line.review.adjusted', { level: level.name, item: item.id, from: item.points, to: formatFixed2(to), reason: change.reason }),
          },
        ],
      };
      points.set(item.id, to);
    });
    current = refinish({ subject: current.subject, name: current.name, period: current.period, items, itemPoints: points });
    records.push(record(current, level, review.reviewer ?? null, adjustments));
  });
  return { ...current, reviews: records };
}

