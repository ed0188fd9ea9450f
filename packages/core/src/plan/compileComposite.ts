import type { CompositeResult } from '../evaluate/Appraisal';
import { toDecimal } from '../decimal';
import type { ResolvedScorecard } from '../model/scorecard';
import { show } from '../rules/ruleKit';
import { add, divide, EXACT_ONE, EXACT_ZERO, Exact, formatCents, multiply, roundCents } from './Exact';
import { exactConstant } from './exactConstant';
import { giveUp } from './giveUp';
import { isPlainRecord } from './isPlainRecord';
import { exactOfInput } from './readNumber';
import { showExact } from './showExact';
import { bigOfExact, bigText } from './Big40';
import type { SubjectState } from './SubjectState';
import type { PlanRule } from './compileRule';

/** A panel's composite for one subject: the new total in hundredths, and what the result shows of it. */
export interface PlanComposite {
  readonly cents: number;
  readonly result: CompositeResult;
}

/** The composite of a subject from its state and the sum of its items (with the base) in hundredths. */
export type CompositeOf = (s: SubjectState, subtotal: number) => PlanComposite;

/** Hundredths as `show` writes them: no trailing zeros (−0, which decimal.js writes as 0, too). */
function showCents(cents: number): string {
  const magnitude = Math.abs(cents);
  const rest = magnitude % 100;
  const whole = `${cents < 0 ? '-' : ''}${(magnitude - rest) / 100}`;
  if (rest === 0) return whole;
  return rest % 10 === 0 ? `${whole}.${rest / 10}` : `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/**
 * A scheme's rater panel made into a closure once, as `panelComposite` reads it: each rater's total
 * is the items' sum with each rated item (that names no raters of its own) as this rater rated it,
 * rounded, in place of the item's combined points; the composite is those totals' mean, weighted
 * mean or sum over the fixed divisor, rounded. Figures are whole hundredths until the last
 * division. A rater who rated some of the items but not all, or weights of 0, give up: the
 * evaluator writes the error. `undefined` for a scheme without a panel.
 *
 * @example
 * // Example H: schedule 31 for all, quality 55, 52, 50, 54, 49 → totals 86, 83, 81, 85, 80 → 83
 * compileComposite(presalesProject, rules)?.(s, 8600).result.value; // '83.00'
 */
export function compileComposite(scheme: ResolvedScorecard, rules: readonly PlanRule[]): CompositeOf | undefined {
  const panel = scheme.panel;
  if (panel === undefined) return undefined;
  const perRater = scheme.items.flatMap((item, index) => (item.rule.kind === 'rated' && item.rule.raters === undefined ? [{ id: item.id, rule: rules[index] as PlanRule }] : []));
  const order = panel.raters.map((r) => r.id);
  const only = order.length === 1 ? order[0] : undefined;
  const weights = new Map(panel.raters.filter((r) => r.weight !== undefined).map((r) => [r.id, exactConstant(r.weight as string | number)]));
  const weightTexts = new Map(panel.raters.filter((r) => r.weight !== undefined).map((r) => [r.id, show(toDecimal(r.weight as string | number))]));
  const raterResults = new Map(panel.raters.map((r) => [r.id, { name: r.name ?? null, weight: r.weight === undefined ? null : toDecimal(r.weight).toString() }]));
  const fixed = panel.combine === 'divisor' && (panel.divisor ?? panel.literalDivisor) !== undefined ? (panel.divisor ?? panel.literalDivisor) : undefined;
  const fixedDivisor = fixed === undefined ? undefined : { exact: exactConstant(fixed), text: toDecimal(fixed).toString(), shown: show(toDecimal(fixed)) };
  const combine = panel.combine;
  return (s, subtotal) => {
    // Each rater's total in hundredths: the subtotal, with each rated item as the rater rated it.
    const totals = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const item of perRater) {
      const combined = roundCents(item.rule(s));
      const entry = s.ratings[item.id];
      const ratings: Record<string, unknown> = isPlainRecord(entry) ? entry : only !== undefined ? { [only]: entry } : giveUp();
      for (const rater in ratings) {
        const rating = roundCents(exactOfInput(ratings[rater]) ?? giveUp());
        totals.set(rater, (totals.get(rater) ?? subtotal) + rating - combined);
        counts.set(rater, (counts.get(rater) ?? 0) + 1);
      }
    }
    const raters = perRater.length === 0 ? order : order.filter((id) => totals.has(id));
    // A rater who rated some items but not all is an error the evaluator writes.
    for (const rater of raters) if (perRater.length > 0 && counts.get(rater) !== perRater.length) giveUp();
    const values = raters.map((rater) => totals.get(rater) ?? subtotal);
    let sum = EXACT_ZERO;
    for (const total of values) sum = add(sum, new Exact(total, 100, false));
    const single = values.length === 1 && combine !== 'divisor' ? (values[0] as number) : undefined;
    let value: Exact;
    let text: string;
    let divisorText: string;
    if (combine === 'weighted') {
      let weighted = EXACT_ZERO;
      let weight = EXACT_ZERO;
      raters.forEach((rater, i) => {
        const w = weights.get(rater) ?? EXACT_ONE;
        weighted = add(weighted, multiply(new Exact(values[i] as number, 100, false), w));
        weight = add(weight, w);
      });
      if (weight.n === 0) giveUp();
      value = single === undefined ? divide(weighted, weight) : sum;
      text = `(${raters.map((rater, i) => `${showCents(values[i] as number)} × ${weightTexts.get(rater) ?? '1'}`).join(' + ')}) / ${showExact(weight)}`;
      divisorText = bigText(bigOfExact(weight));
    } else if (combine === 'divisor') {
      const d = fixedDivisor ?? { exact: new Exact(values.length, 1, false), text: String(values.length), shown: String(values.length) };
      value = divide(sum, d.exact);
      text = `(${values.map(showCents).join(' + ')}) / ${d.shown}`;
      divisorText = d.text;
    } else {
      value = single === undefined ? divide(sum, new Exact(values.length, 1, false)) : sum;
      text = `(${values.map(showCents).join(' + ')}) / ${values.length}`;
      divisorText = String(values.length);
    }
    // One rater's total is the composite as it is (combineRatings names the rater).
    if (single !== undefined) text = `${raters[0]} ${showCents(single)}`;
    const cents = roundCents(value);
    const result: CompositeResult = {
      combine,
      raters: raters.map((rater, i) => ({ rater, ...(raterResults.get(rater) as { name: CompositeResult['raters'][number]['name']; weight: string | null }), total: formatCents(values[i] as number) })),
      divisor: divisorText,
      arithmetic: `${text} = ${showExact(value)}`,
      value: formatCents(cents),
    };
    return { cents, result };
  };
}
