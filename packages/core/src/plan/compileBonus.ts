import type { BonusLine, BonusResult, ProjectBonus } from '../bonus/projectBonus';
import { payoutWindowAfter } from '../bonus/payoutWindow';
import { toDecimal } from '../decimal';
import { renderBoth, type MessageParams } from '../locales/render';
import { makeLocalDate } from '../time/zonedDate';
import { Big40, BIG_ZERO, bigFixed2, bigOfExact, bigOfInteger, bigShort, bigText, dividedByInteger, minus, times, toPlaces } from './Big40';
import { compare, Exact } from './Exact';
import { exactConstant } from './exactConstant';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/** The bonus of one subject from its state, the grade's id (if any) and factor. */
export type BonusOf = (s: SubjectState, grade: string | undefined, factor: PlanFactor) => BonusResult;

/** A grade's factor of the full bonus, as a decimal and as its text. */
export interface PlanFactor {
  readonly value: Big40;
  readonly text: string;
}

/** A scheme constant as a decimal, its text as `Decimal#toString` writes it. */
function constant(value: string | number): PlanFactor {
  return { value: bigOfExact(exactConstant(value)), text: toDecimal(value).toString() };
}

/** The factor of a grade (or of none: 1 without grades, 0 when grades leave the total unrated). */
export const planFactor = (value: string | number): PlanFactor => constant(value);

/** An amount of money and its text with two places, written once: most are written several times. */
interface Money {
  readonly value: Big40;
  readonly text: string;
}

const money = (value: Big40): Money => ({ value, text: bigFixed2(value) });
const ZERO = money(BIG_ZERO);

function line(code: string, amount: Money, arithmetic: string, params: MessageParams = {}): BonusLine {
  return { code, amount: bigText(amount.value), arithmetic, message: renderBoth(`bonus.${code}`, { amount: amount.text, ...params }) };
}

const numeric = (value: unknown): Exact => (value instanceof Exact ? value : giveUp());

/**
 * A project bonus made into a closure once, as `computeProjectBonus` computes it with the facts
 * `projectOutcome` reads: every figure a BigInt decimal worked as decimal.js works it (40
 * significant digits, half-up), so a contract of twelve digits times a rate and coefficients stays
 * exact past the safe integer range, and every text and line is the evaluator's. A fact the
 * evaluator would refuse (a missing contract, an unknown option, a share out of range, service
 * quarters that are not a whole number ≥ 1) gives up. Vetoes that void the bonus never reach it:
 * the plan gives up on any veto met.
 *
 * @example
 * compileBonus(presalesProject.bonus)(s, 'B', planFactor('0.8')).final; // '9680.00' for a contract of 2,000,000
 * @throws {typeof GIVE_UP} at compile for a constant past 40 digits.
 */
export function compileBonus(spec: ProjectBonus): BonusOf {
  const rate = constant(spec.rate);
  const coefficients = spec.coefficients.map((coefficient) => ({
    id: coefficient.id,
    name: coefficient.name,
    fact: coefficient.fact,
    options: new Map(Object.entries(coefficient.values).map(([option, value]) => [option, constant(value)])),
  }));
  const split = spec.split === undefined ? undefined : { ...spec.split, low: exactConstant(spec.split.min), high: exactConstant(spec.split.max) };
  const director = spec.director === undefined ? undefined : { name: spec.director.name, share: constant(spec.director.share) };
  const payout = spec.payout;
  return (s, grade, factor) => {
    const contract = money(bigOfExact(numeric(s.facts[spec.contractFact])));
    const lines: BonusLine[] = [];
    const base = money(times(contract.value, rate.value));
    lines.push(line('base', base, `${contract.text} × ${rate.text} = ${base.text}`, { contract: contract.text, rate: rate.text }));
    let full = base;
    const factors: string[] = [];
    const chosen = coefficients.map((coefficient) => {
      const fact = s.facts[coefficient.fact];
      const option = typeof fact === 'string' ? fact : giveUp();
      const value = coefficient.options.get(option) ?? giveUp();
      full = money(times(full.value, value.value));
      factors.push(value.text);
      lines.push(line('coefficient', full, `× ${value.text}`, { name: coefficient.name, option, value: value.text }));
      return { id: coefficient.id, name: coefficient.name, option, value: value.text };
    });
    lines.push(line('full', full, [base.text, ...factors].join(' × ') + ` = ${full.text}`));
    let stake = full;
    let stakeBase = base;
    let spread: { quarters: number; perQuarter: string; periodBase: string; periodFull: string } | undefined;
    if (spec.spreadFact !== undefined) {
      const count = numeric(s.facts[spec.spreadFact]);
      if (count.d !== 1 || count.n < 1) giveUp();
      const quarters = count.n;
      stake = money(dividedByInteger(full.value, quarters));
      stakeBase = money(dividedByInteger(base.value, quarters));
      spread = { quarters, perQuarter: stake.text, periodBase: base.text, periodFull: full.text };
      lines.push(line('perQuarter', stake, `${base.text} / ${quarters} = ${stakeBase.text}; ${full.text} / ${quarters} = ${stake.text}`, { quarters, base: stakeBase.text }));
    }
    const finalExact = times(stake.value, factor.value);
    lines.push(line('grade', money(finalExact), `× ${factor.text}`, { grade: grade ?? '', factor: factor.text }));
    const final = money(toPlaces(finalExact, 2));
    lines.push(line('final', final, `${stake.text} × ${factor.text} = ${bigShort(finalExact)} → ${final.text}`));
    const pool = money(minus(toPlaces(stake.value, 2), final.value));
    lines.push(line('pool', pool, `${stake.text} − ${final.text} = ${pool.text}`));
    let directorText: string | null = null;
    if (director !== undefined) {
      const amount = money(toPlaces(times(final.value, director.share.value), 2));
      directorText = amount.text;
      lines.push(line('director', amount, `round(${final.text} × ${director.share.text}) = ${directorText}`, { name: director.name, share: director.share.text }));
    }
    let shares: BonusResult['shares'] = null;
    const shareFact = split === undefined ? undefined : s.facts[split.fact];
    if (split !== undefined && shareFact !== undefined) {
      const share = numeric(shareFact);
      // Out of range is an error the evaluator writes.
      if (compare(share, split.low) < 0 || compare(share, split.high) > 0) giveUp();
      const shareBig = bigOfExact(share);
      const shareText = bigText(shareBig);
      const leader = money(toPlaces(times(final.value, shareBig), 2));
      const engineers = money(minus(final.value, leader.value));
      shares = { leaderShare: shareText, leader: leader.text, engineers: engineers.text };
      lines.push(line('leader', leader, `round(${final.text} × ${shareText}) = ${leader.text}`, { name: split.leader, share: shareText }));
      lines.push(line('engineers', engineers, `${final.text} − ${leader.text} = ${engineers.text}`, { name: split.engineers }));
    }
    let paid: BonusResult['payout'];
    if (payout !== undefined) {
      const collected = s.facts[payout.fact];
      if (collected === undefined) {
        paid = null;
        lines.push(line('payoutPending', ZERO, '', {}));
      } else {
        // The plan keeps a date fact as its text, YYYY-MM-DD.
        if (typeof collected !== 'string' || collected.length !== 10) giveUp();
        const date = makeLocalDate(Number(collected.slice(0, 4)), Number(collected.slice(5, 7)), Number(collected.slice(8, 10)));
        const window = payoutWindowAfter(date, payout);
        paid = { collectedOn: date.iso, start: window.start, end: window.end };
        lines.push(line('payout', final, `${date.iso} → [${window.start}, ${window.end}]`, { collectedOn: date.iso, start: window.start, end: window.end }));
      }
    }
    return {
      contractValue: contract.text,
      rate: rate.text,
      coefficients: chosen,
      base: stakeBase.text,
      full: stake.text,
      ...(spread === undefined ? {} : spread),
      factor: factor.text,
      vetoedBy: [],
      final: final.text,
      pool: pool.text,
      director: directorText,
      shares,
      ...(paid === undefined ? {} : { payout: paid }),
      lines,
    };
  };
}

/** Whole numbers as factors: 1 for a scheme without grades. */
export const FACTOR_ONE: PlanFactor = { value: bigOfInteger(1), text: '1' };
