import * as z from 'zod';
import { Decimal, formatShort, toDecimal } from '../decimal';
import type { LocalDate } from '../rules/factValue';
import { renderBoth, type MessageParams } from '../locales/render';
import { DecimalLikeSchema, Id, LocalizedText, Provenance } from '../model/common';
import { FactName } from '../model/predicate';
import { formatMoney, roundMoney } from './money';
import { PayoutSchedule, payoutWindowAfter } from './payoutWindow';
import { BonusSplit, splitBonus } from './split';

/** A coefficient of the full bonus chosen by a categorical fact (seed 002: complexity 0.8–1.3, time difficulty or risk 1.0–1.2). */
export const BonusCoefficient = z.strictObject({
  id: Id.describe('The coefficient\'s id, e.g. `complexity`.'),
  name: LocalizedText.describe('The coefficient\'s name, e.g. 复杂度 / Complexity.'),
  fact: FactName.describe('The categorical fact that chooses the value.'),
  values: z
    .record(z.string().min(1), DecimalLikeSchema)
    .refine((values) => Object.keys(values).length > 0, { message: 'at least one value' })
    .meta({ description: 'The coefficient for each value of the fact.', examples: [{ simple: 0.8, standard: 1, technical: 1.1 }] }),
  provenance: Provenance.optional().describe('Where the coefficient comes from.'),
}).meta({ examples: [{ id: 'complexity', name: { 'zh-CN': '复杂度', en: 'Complexity' }, fact: 'complexity', values: { standard: 1, technical: 1.1 } }] });
/** A coefficient of the full bonus. */
export type BonusCoefficient = z.infer<typeof BonusCoefficient>;

/** A share of the final bonus paid on top of the team's (seed 002: the technical director's 30%). */
export const BonusAward = z.strictObject({
  name: LocalizedText.describe('Who receives the award, e.g. 技术总监 / Technical director.'),
  share: DecimalLikeSchema.describe('The share of the final bonus paid on top, e.g. 0.3.'),
  provenance: Provenance.optional().describe('Where the award comes from.'),
}).meta({ examples: [{ name: { 'zh-CN': '技术总监', en: 'Technical director' }, share: 0.3 }] });
/** A share of the final bonus paid on top of the team's. */
export type BonusAward = z.infer<typeof BonusAward>;

/**
 * A project bonus (seed 002): base = contract × `rate`; full = base × every coefficient (÷ the service
 * quarters when `spreadFact` is set); final = full × the grade's factor, or 0 under a `zeroBonus`
 * veto; the pool receives full − final; the team splits the final bonus; a director's award is paid
 * on top; payment waits for a payout window.
 */
export const ProjectBonus = z.strictObject({
  contractFact: FactName.default('contractValue').describe('The fact holding the contract value (CNY); `contractValue` unless set.'),
  rate: DecimalLikeSchema.describe('The share of the contract value that makes the base bonus, e.g. 0.005.'),
  coefficients: z.array(BonusCoefficient).default([]).describe('Coefficients the base is multiplied by; none unless set.'),
  spreadFact: FactName.optional().describe('A count fact (e.g. `serviceQuarters`): the full bonus is spread evenly over that many quarters and each quarterly appraisal settles one share; not spread unless set.'),
  split: BonusSplit.optional().describe('How the final bonus is split within the team.'),
  director: BonusAward.optional().describe('A share of the final bonus paid on top of the team\'s.'),
  payout: PayoutSchedule.optional().describe('When the bonus is paid.'),
  provenance: Provenance.describe('Where the bonus rule comes from.'),
}).meta({ examples: [{ rate: '0.005', coefficients: [{ id: 'complexity', name: { 'zh-CN': '复杂度', en: 'Complexity' }, fact: 'complexity', values: { standard: 1, technical: 1.1 } }], provenance: { inferred: 'example' } }] });
/** A project bonus. */
export type ProjectBonus = z.infer<typeof ProjectBonus>;
/** A project bonus as written before defaults. */
export type ProjectBonusInput = z.input<typeof ProjectBonus>;

/** One explained step of a bonus computation. */
export interface BonusLine {
  /** Message code under `bonus.` in the locales. */
  readonly code: string;
  /** The amount this step gives, exact (a decimal string). */
  readonly amount: string;
  readonly arithmetic: string;
  readonly message: LocalizedText;
}

/** The bonus of a result. Money is CNY as strings with two decimals (`'9680.00'`). */
export interface BonusResult {
  readonly contractValue: string;
  readonly rate: string;
  readonly coefficients: ReadonlyArray<{ readonly id: string; readonly name: LocalizedText; readonly option: string; readonly value: string }>;
  /** contract × rate; when spread over service quarters, this quarter's part of it (÷ quarters). */
  readonly base: string;
  /** base × coefficients: the bonus at stake in this appraisal — the whole project's, or when spread over service quarters, this quarter's. */
  readonly full: string;
  /** When spread over service quarters: their number. */
  readonly quarters?: number;
  /** When spread over service quarters: this quarter's full bonus, the same as `full`. */
  readonly perQuarter?: string;
  /** When spread over service quarters: the whole service period's base (contract × rate). */
  readonly periodBase?: string;
  /** When spread over service quarters: the whole service period's full bonus. */
  readonly periodFull?: string;
  /** The factor applied: the grade's, or 0 under a veto. */
  readonly factor: string;
  /** The ids of the vetoes that voided the bonus. */
  readonly vetoedBy: readonly string[];
  /** full × factor. */
  readonly final: string;
  /** The department pool: full − final, from the rounded figures (seed 002's project bonus clauses). */
  readonly pool: string;
  /** The director's award, round(final × share); `null` when the scheme has none. */
  readonly director: string | null;
  /** The team's split of the final bonus; `null` when no leader share was given. */
  readonly shares: { readonly leaderShare: string; readonly leader: string; readonly engineers: string } | null;
  /** When the bonus is paid; `null` while the final payment is not collected. Absent when the scheme sets no schedule. */
  readonly payout?: { readonly collectedOn: string; readonly start: string; readonly end: string } | null;
  readonly lines: readonly BonusLine[];
}

/** What a bonus is computed from, read from a subject's facts and grade. */
export interface BonusInputs {
  readonly contractValue: Decimal;
  /** The chosen value of each coefficient's fact, by coefficient id. */
  readonly options: Readonly<Record<string, string>>;
  /** The number of service quarters, when the scheme spreads the bonus. */
  readonly quarters?: number | undefined;
  /** The grade's factor. */
  readonly factor: Decimal;
  readonly grade?: string | undefined;
  /** Vetoes met whose outcome voids the bonus. */
  readonly vetoes: ReadonlyArray<{ readonly id: string; readonly name: LocalizedText }>;
  readonly leaderShare?: Decimal | undefined;
  readonly collectedOn?: LocalDate | undefined;
}

function bonusLine(code: string, amount: Decimal, arithmetic: string, params: MessageParams = {}): BonusLine {
  return { code, amount: amount.toString(), arithmetic, message: renderBoth(`bonus.${code}`, { amount: formatMoney(amount), ...params }) };
}

function findOption(coefficient: BonusCoefficient, option: string): Decimal {
  const value = Object.hasOwn(coefficient.values, option) ? coefficient.values[option] : undefined;
  if (value === undefined) throw new RangeError(`"${option}" is not a value of ${coefficient.id}`);
  return toDecimal(value);
}

/**
 * Computes a project bonus exactly and rounds it as the project bonus clauses of seed 002 say: base,
 * full and final are shown rounded to 0.01 half-up; leader = round(final × share); engineers =
 * final − leader; director = round(final × share); pool = full − final, from the rounded figures.
 * A bonus spread over service quarters (after-sales projects) is one quarter's appraisal: its base
 * and full are the quarter's (the whole period's ÷ quarters, shown as `periodBase` and
 * `periodFull`), so that pool = full − final holds within the result.
 *
 * @example
 * computeProjectBonus(spec, { contractValue: toDecimal(2_000_000), options: { complexity: 'technical', timeDifficulty: 'medium' },
 *   factor: toDecimal('0.8'), vetoes: [], leaderShare: toDecimal('0.4') });
 * // base '10000.00', full '12100.00', final '9680.00', pool '2420.00', director '2904.00', leader '3872.00', engineers '5808.00'
 * @throws {KaoheError} `leader_share_out_of_range` when the leader's share lies outside the split's range.
 * @throws {RangeError} when an option is not a value of its coefficient (callers check options first).
 */
export function computeProjectBonus(spec: ProjectBonus, inputs: BonusInputs): BonusResult {
  const lines: BonusLine[] = [];
  const rate = toDecimal(spec.rate);
  const base = inputs.contractValue.times(rate);
  lines.push(bonusLine('base', base, `${formatMoney(inputs.contractValue)} × ${rate.toString()} = ${formatMoney(base)}`, { contract: formatMoney(inputs.contractValue), rate: rate.toString() }));
  let full = base;
  const factors: string[] = [];
  const coefficients = spec.coefficients.map((coefficient) => {
    const option = inputs.options[coefficient.id] ?? '';
    const value = findOption(coefficient, option);
    full = full.times(value);
    factors.push(value.toString());
    lines.push(bonusLine('coefficient', full, `× ${value.toString()}`, { name: coefficient.name, option, value: value.toString() }));
    return { id: coefficient.id, name: coefficient.name, option, value: value.toString() };
  });
  lines.push(bonusLine('full', full, [formatMoney(base), ...factors].join(' × ') + ` = ${formatMoney(full)}`));
  let stake = full;
  let stakeBase = base;
  let spread: { quarters: number; perQuarter: string; periodBase: string; periodFull: string } | undefined;
  if (inputs.quarters !== undefined) {
    stake = full.dividedBy(inputs.quarters);
    stakeBase = base.dividedBy(inputs.quarters);
    spread = { quarters: inputs.quarters, perQuarter: formatMoney(stake), periodBase: formatMoney(base), periodFull: formatMoney(full) };
    lines.push(
      bonusLine('perQuarter', stake, `${formatMoney(base)} / ${inputs.quarters} = ${formatMoney(stakeBase)}; ${formatMoney(full)} / ${inputs.quarters} = ${formatMoney(stake)}`, {
        quarters: inputs.quarters,
        base: formatMoney(stakeBase),
      }),
    );
  }
  const vetoed = inputs.vetoes.length > 0;
  const factor = vetoed ? new Decimal(0) : inputs.factor;
  if (vetoed) {
    for (const veto of inputs.vetoes) lines.push(bonusLine('veto', new Decimal(0), `× 0`, { veto: { en: `${veto.id} ${veto.name.en}`, 'zh-CN': `${veto.id} ${veto.name['zh-CN']}` } }));
  } else {
    lines.push(bonusLine('grade', stake.times(factor), `× ${factor.toString()}`, { grade: inputs.grade ?? '', factor: factor.toString() }));
  }
  const finalExact = stake.times(factor);
  const final = roundMoney(finalExact);
  lines.push(bonusLine('final', final, `${formatMoney(stake)} × ${factor.toString()} = ${formatShort(finalExact)} → ${formatMoney(final)}`));
  const pool = roundMoney(stake).minus(final);
  lines.push(bonusLine('pool', pool, `${formatMoney(stake)} − ${formatMoney(final)} = ${formatMoney(pool)}`));
  let director: string | null = null;
  if (spec.director !== undefined) {
    const share = toDecimal(spec.director.share);
    const amount = roundMoney(final.times(share));
    director = formatMoney(amount);
    lines.push(bonusLine('director', amount, `round(${formatMoney(final)} × ${share.toString()}) = ${director}`, { name: spec.director.name, share: share.toString() }));
  }
  let shares: BonusResult['shares'] = null;
  if (spec.split !== undefined && inputs.leaderShare !== undefined) {
    const split = splitBonus(final, inputs.leaderShare, spec.split);
    shares = { leaderShare: split.leaderShare, leader: formatMoney(split.leader), engineers: formatMoney(split.engineers) };
    lines.push(bonusLine('leader', split.leader, `round(${formatMoney(final)} × ${split.leaderShare}) = ${shares.leader}`, { name: spec.split.leader, share: split.leaderShare }));
    lines.push(bonusLine('engineers', split.engineers, `${formatMoney(final)} − ${shares.leader} = ${shares.engineers}`, { name: spec.split.engineers }));
  }
  let payout: BonusResult['payout'];
  if (spec.payout !== undefined) {
    if (inputs.collectedOn === undefined) {
      payout = null;
      lines.push(bonusLine('payoutPending', new Decimal(0), '', {}));
    } else {
      const window = payoutWindowAfter(inputs.collectedOn, spec.payout);
      payout = { collectedOn: inputs.collectedOn.iso, start: window.start, end: window.end };
      lines.push(bonusLine('payout', final, `${inputs.collectedOn.iso} → [${window.start}, ${window.end}]`, { collectedOn: inputs.collectedOn.iso, start: window.start, end: window.end }));
    }
  }
  return {
    contractValue: formatMoney(inputs.contractValue),
    rate: rate.toString(),
    coefficients,
    base: formatMoney(stakeBase),
    full: formatMoney(stake),
    ...(spread === undefined ? {} : spread),
    factor: factor.toString(),
    vetoedBy: inputs.vetoes.map((v) => v.id),
    final: formatMoney(final),
    pool: formatMoney(pool),
    director,
    shares,
    ...(payout === undefined ? {} : { payout }),
    lines,
  };
}
