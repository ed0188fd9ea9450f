import * as z from 'zod';
import { Decimal, formatFixed2, toDecimal, type DecimalLike } from '../decimal';
import { issuesFromZod } from '../errors/fromZod';
import { enumText } from '../explain/enumText';
import { KaoheError } from '../errors/KaoheError';
import { HitPolicy } from '../model/bands';
import { DecimalLikeSchema, LocalizedText } from '../model/common';
import { formatInterval, intervalContains, toInterval } from '../model/interval';
import { show } from '../rules/ruleKit';
import { assertNumberWithinLimits } from '../errors/limitExceeded';
import { assertSafeJson } from '../safety/assertSafeJson';
import { parsePeriod } from '../time/period';

const tierShape = {
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z.boolean().default(true),
  maxInclusive: z.boolean().default(false),
  label: LocalizedText.optional(),
};

/** A row of a fee mapping: a score interval and the share of the full fee (`factor`) or a fixed `amount` it pays. */
export const FeeTier = z.union([
  z.strictObject({ ...tierShape, factor: DecimalLikeSchema }),
  z.strictObject({ ...tierShape, amount: DecimalLikeSchema }),
]);
/** A row of a fee mapping. */
export type FeeTier = z.infer<typeof FeeTier>;

/**
 * How a quarter's monthly scores become the fee paid (seed 004: "每季度第一个月根据代维考核成绩支付上季度代维费用";
 * the mapping itself is the user's). `mean` pays the whole quarter by the mean of its three
 * scores; `perMonth` pays each month a third of the fee by its own score.
 */
export const FeeMapping = z.strictObject({
  combine: z.enum(['mean', 'perMonth']).default('mean'),
  hitPolicy: HitPolicy.default('unique'),
  tiers: z.array(FeeTier).min(1),
});
/** A fee mapping. */
export type FeeMapping = z.infer<typeof FeeMapping>;
/** A fee mapping as written before defaults. */
export type FeeMappingInput = z.input<typeof FeeMapping>;

/** One month's part of a quarterly fee. */
export interface FeeMonth {
  readonly month: string;
  readonly score: string;
}

/** A quarter's fee. */
export interface QuarterlyFee {
  readonly quarter: string;
  readonly months: readonly FeeMonth[];
  /** The mean of the three scores, two decimals. */
  readonly score: string;
  /** The full quarterly fee, CNY. */
  readonly full: string;
  /** The fee payable, CNY, two decimals (computed exactly, rounded when shown). */
  readonly payable: string;
  /** The month it is paid in: the first month of the next quarter. */
  readonly payIn: string;
  readonly lines: ReadonlyArray<{ readonly month: string | null; readonly tier: string; readonly amount: string; readonly arithmetic: string }>;
}

function feeFor(mapping: FeeMapping, score: Decimal, full: Decimal): { amount: Decimal; tier: string; text: string } {
  const hits = mapping.tiers.filter((tier) => intervalContains(toInterval(tier), score));
  const hit = hits[0];
  if (hit === undefined) throw new KaoheError({ code: 'no_tier_matched', path: ['mapping', 'tiers'], params: { value: show(score) } });
  if (hits.length > 1 && mapping.hitPolicy === 'unique') throw new KaoheError({ code: 'tiers_overlap', path: ['mapping', 'tiers'], params: { value: show(score), tiers: hits.map((t) => formatInterval(toInterval(t))).join(', ') } });
  const tier = formatInterval(toInterval(hit));
  if ('factor' in hit) {
    const factor = toDecimal(hit.factor);
    return { amount: full.times(factor), tier, text: `${show(full)} × ${show(factor)}` };
  }
  return { amount: toDecimal(hit.amount), tier, text: show(toDecimal(hit.amount)) };
}

/**
 * The fee of a quarter from its three monthly scores, through the user's mapping.
 *
 * @example
 * quarterlyFee({ quarter: '2026-Q3', scores: { '2026-07': 92, '2026-08': 88, '2026-09': 95 }, fee: 30000,
 *   mapping: { tiers: [{ min: 90, factor: 1 }, { min: 80, max: 90, factor: 0.9 }, { max: 80, factor: 0.8 }] } });
 * // → { score: '91.67', payable: '30000.00', payIn: '2026-10', … }
 * @throws {KaoheError} `period_invalid` for a bad quarter; `missing_fact` for a month without a
 * score; `input_invalid` for a bad mapping; `no_tier_matched` / `tiers_overlap` from the mapping;
 * `limit_exceeded` for a fee, a score or a mapping past `LIMITS`.
 */
export function quarterlyFee(args: { quarter: string; scores: Readonly<Record<string, DecimalLike>>; fee: DecimalLike; mapping: FeeMappingInput }): QuarterlyFee {
  assertSafeJson(args.mapping, ['mapping'], 'input_invalid');
  const parsed = FeeMapping.safeParse(args.mapping);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'input_invalid', ['mapping']));
  const mapping = parsed.data;
  const period = parsePeriod(args.quarter, 'quarter');
  if (period === undefined) throw new KaoheError({ code: 'period_invalid', path: ['quarter'], params: { value: args.quarter, kind: enumText('period', 'quarter'), format: 'YYYY-Qn' } });
  assertNumberWithinLimits(args.fee, ['fee']);
  const full = toDecimal(args.fee);
  const months = period.months.map((month) => {
    const raw = Object.hasOwn(args.scores, month) ? args.scores[month] : undefined;
    if (raw === undefined) throw new KaoheError({ code: 'missing_fact', path: ['scores', month], params: { fact: month } });
    assertNumberWithinLimits(raw, ['scores', month]);
    return { month, score: toDecimal(raw) };
  });
  const mean = months.reduce((acc, m) => acc.plus(m.score), new Decimal(0)).dividedBy(months.length);
  const lines: Array<{ month: string | null; tier: string; amount: string; arithmetic: string }> = [];
  let payable = new Decimal(0);
  if (mapping.combine === 'mean') {
    const fee = feeFor(mapping, mean, full);
    payable = fee.amount;
    lines.push({ month: null, tier: fee.tier, amount: formatFixed2(fee.amount), arithmetic: `mean ${show(mean)} ∈ ${fee.tier} → ${fee.text} = ${formatFixed2(fee.amount)}` });
  } else {
    for (const m of months) {
      const fee = feeFor(mapping, m.score, full.dividedBy(3));
      payable = payable.plus(fee.amount);
      lines.push({ month: m.month, tier: fee.tier, amount: formatFixed2(fee.amount), arithmetic: `${show(m.score)} ∈ ${fee.tier} → ${fee.text} = ${formatFixed2(fee.amount)}` });
    }
  }
  const [year, q] = [Number(args.quarter.slice(0, 4)), Number(args.quarter.slice(6))];
  const payIn = q === 4 ? `${year + 1}-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}`;
  return { quarter: period.id, months: months.map((m) => ({ month: m.month, score: formatFixed2(m.score) })), score: formatFixed2(mean), full: formatFixed2(full), payable: formatFixed2(payable), payIn, lines };
}
