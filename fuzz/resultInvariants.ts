import { Decimal, roundPoints, type Appraisal, type RegimeResult, type ResolvedScorecard, type SchemeResult } from '@kaohe/core';
import { broken, type Verdict } from './verdict';

/** A plain, finite decimal as results print them: no exponent, no NaN, no Infinity. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** The lowest and highest total a scorecard can give; `max` is `undefined` when nothing bounds it. */
export interface TotalRange {
  readonly min: Decimal;
  readonly max: Decimal | undefined;
}

/** A scheme's decimal as the evaluator reads it (a string is trimmed: `" 1 "` is 1). */
const decimalOf = (value: unknown, fallback: number): Decimal => {
  try {
    return new Decimal(value === undefined ? fallback : typeof value === 'string' ? value.trim() : (value as number));
  } catch {
    return new Decimal(fallback);
  }
};

/**
 * The range a scorecard's total can fall in: at least its floor (0 unless `totalFloor`); at most the
 * base plus every item's highest contribution, when every item is bounded (by its points, or by 100
 * in a weighted scheme, times its weight) and none may go above its points; times raters/divisor for a
 * panel that divides by a fixed divisor.
 */
export function totalRange(scheme: ResolvedScorecard): TotalRange {
  const min = decimalOf(scheme.totalFloor, 0);
  let max: Decimal | undefined = scheme.model === 'deduction' ? decimalOf(scheme.base, 100) : new Decimal(0);
  for (const item of scheme.items) {
    const bound = item.points !== undefined ? decimalOf(item.points, 0) : scheme.model === 'weighted' ? new Decimal(100) : undefined;
    if (bound === undefined || item.allowAbovePoints === true || max === undefined) {
      max = undefined;
      continue;
    }
    const highest = Decimal.max(bound, 0);
    max = max.plus(scheme.model === 'weighted' && item.weight !== undefined ? highest.times(decimalOf(item.weight, 0)).dividedBy(100) : highest);
  }
  // A panel that sums its raters' totals over a fixed divisor (a source's literal divisor of 3 for four
  // raters) reaches raters/divisor times one rater's highest total.
  const panel = scheme.panel;
  if (max !== undefined && panel?.combine === 'divisor') {
    const divisor = decimalOf(panel.divisor ?? panel.literalDivisor, panel.raters.length);
    max = divisor.greaterThan(0) ? max.times(panel.raters.length).dividedBy(divisor) : undefined;
  }
  return { min, max: max === undefined ? undefined : Decimal.max(max, min) };
}

/** Every amount-like string of a result, with where it is, for the NaN and plain-decimal checks. */
function amounts(result: SchemeResult): Array<[string, string]> {
  if (result.kind === 'scorecard') {
    return [
      ['total', result.total],
      ...result.lines.map((line, i): [string, string] => [`lines[${i}]`, line.amount]),
      ...result.items.flatMap((item) => [
        [`items.${item.id}.points`, item.points] as [string, string],
        ...item.lines.map((line, i): [string, string] => [`items.${item.id}.lines[${i}]`, line.amount]),
      ]),
    ];
  }
  return [
    ['points', result.points],
    ['fine.total', result.fine.total],
    ...result.lines.map((line, i): [string, string] => [`lines[${i}]`, line.amount]),
    ...result.fine.lines.map((line, i): [string, string] => [`fine.lines[${i}]`, line.amount]),
    ...result.collectiveFines.map((fine, i): [string, string] => [`collectiveFines[${i}]`, fine.amount]),
  ];
}

const sum = (values: readonly string[]): Decimal => values.reduce((acc, v) => acc.plus(v), new Decimal(0));

function scorecardInvariants(result: Appraisal, range: TotalRange | undefined): Verdict | undefined {
  for (const item of result.items) {
    const lines = sum(item.lines.map((line) => line.amount));
    if (!lines.equals(item.points)) return broken('lines', `item ${item.id}: lines add up to ${lines.toString()}, points ${item.points}`);
  }
  const parts = sum([...result.items.map((item) => item.points), ...result.lines.map((line) => line.amount)]);
  if (!roundPoints(parts).equals(result.total)) return broken('items', `items and total lines add up to ${parts.toString()}, total ${result.total}`);
  if (range !== undefined) {
    // The total is printed to two places, half up: so are the bounds it is held to (a floor of 9.875 prints 9.88).
    const total = new Decimal(result.total);
    if (total.lessThan(roundPoints(range.min)) || (range.max !== undefined && total.greaterThan(roundPoints(range.max)))) {
      return broken('range', `total ${result.total} outside [${range.min.toString()}, ${range.max?.toString() ?? '+∞'}]`);
    }
  }
  return undefined;
}

function regimeInvariants(result: RegimeResult): Verdict | undefined {
  // The month's total is a line of its own (`regime.total`): the other lines add up to it.
  const total = result.lines.find((line) => line.code === 'regime.total');
  const points = sum(result.lines.filter((line) => line !== total).map((line) => line.amount));
  if (!roundPoints(points).equals(result.points)) return broken('regimeLines', `lines add up to ${points.toString()}, points ${result.points}`);
  if (total !== undefined && !new Decimal(total.amount).equals(points)) return broken('regimeLines', `the total line says ${total.amount}, the lines add up to ${points.toString()}`);
  const fine = sum(result.fine.lines.map((line) => line.amount));
  if (!fine.equals(result.fine.total)) return broken('regimeLines', `fine lines add up to ${fine.toString()}, fine ${result.fine.total}`);
  return undefined;
}

/**
 * The invariants of one result: every amount a plain finite decimal (a NaN is its own category); a
 * scorecard's item lines add up to the item's points, items and total lines to the total (reviews
 * aside), and the total lies in the scheme's range; a regime's lines add up to its points and its
 * fine lines to its fine. `undefined` when all hold.
 */
export function resultInvariants(result: SchemeResult, range: TotalRange | undefined): Verdict | undefined {
  for (const [where, amount] of amounts(result)) {
    if (/NaN/.test(amount)) return broken('nan', `${where} is ${amount}`);
    if (!PLAIN_DECIMAL.test(amount)) return broken('notDecimal', `${where} is ${amount.slice(0, 80)}`);
  }
  return result.kind === 'scorecard' ? scorecardInvariants(result, result.reviews.length > 0 ? undefined : range) : regimeInvariants(result);
}
