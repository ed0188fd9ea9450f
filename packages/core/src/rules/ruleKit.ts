import { Decimal, formatShort, toDecimal, type DecimalLike } from '../decimal';
import type { LineDraft, LineKind } from './context';
import type { MessageParams } from '../locales/render';

/**
 * What a rule reads of the item it scores: its id (for error paths) and its points or weight. An
 * `Item` of the model is one; rules take no more, so that they never depend on the item schema that
 * composes them.
 */
export interface RuleItem {
  readonly id: string;
  readonly points?: DecimalLike | undefined;
  readonly weight?: DecimalLike | undefined;
}

const constants = new Map<DecimalLike, Decimal>();

/**
 * A number a scheme writes (points, targets, bounds) as a decimal, converted once: decimals are
 * immutable, so every subject can share it.
 *
 * @throws {RangeError} as {@link toDecimal} does.
 */
export function schemeDecimal(value: DecimalLike): Decimal {
  let decimal = constants.get(value);
  if (decimal === undefined) {
    decimal = toDecimal(value);
    if (constants.size >= 10_000) constants.clear();
    constants.set(value, decimal);
  }
  return decimal;
}

/** The item's own points as a decimal, if it has them ("此项分值20分"). */
export function ownPoints(item: RuleItem): Decimal | undefined {
  return item.points === undefined ? undefined : schemeDecimal(item.points);
}

/**
 * The full scale a rule scores against: the item's points, or 100 for an item of a weighted
 * scheme (achievement 0–100).
 */
export function fullScale(item: RuleItem): Decimal {
  return ownPoints(item) ?? new Decimal(100);
}

/** The kind of a line that changes the score by `amount`: a deduction, a bonus, or (0) plain score. */
export function changeKind(amount: Decimal): LineKind {
  if (amount.isNegative() && !amount.isZero()) return 'deduction';
  if (amount.isPositive() && !amount.isZero()) return 'bonus';
  return 'score';
}

/** The kind of a line that awards an amount: plain score for an item with points, else by its sign. */
export function awardKind(item: RuleItem, amount: Decimal): LineKind {
  return item.points !== undefined || item.weight !== undefined ? 'score' : changeKind(amount);
}

/** Builds a line draft. */
export function line(
  code: string,
  kind: LineKind,
  amount: Decimal,
  arithmetic: string,
  params: MessageParams = {},
  facts: Record<string, unknown> = {},
): LineDraft {
  return { code, kind, amount, arithmetic, params: { amount: show(amount), ...params }, facts };
}

/**
 * A decimal for messages, as {@link formatShort} writes it; a value with at most six places (most
 * of them) is written as it is, without rounding a copy first.
 */
export function show(value: Decimal): string {
  return value.decimalPlaces() <= 6 ? value.toString() : formatShort(value);
}

/** Zero, shared (decimals are immutable). */
export const ZERO: Decimal = new Decimal(0);
