import type { Appraisal, ItemResult } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';
import type { Locale } from '../model/common';
import { Exact, formatCents } from './Exact';
import { GIVE_UP } from './giveUp';
import type { Plan } from './compilePlan';
import { bandResultOf, figuresOf, plainResult, stampOf, type ReadInput } from './plainResult';
import { lazyAppraisal, type Explainer } from './lazyResults';
import { planExplainer } from './explainByPlan';

/** Each item's points in hundredths, or `undefined` when the plan gives up on the subject. */
function scoreItems(plan: Plan, input: unknown): number[] | undefined {
  try {
    const s = plan.read(input);
    const cents: number[] = [];
    for (let i = 0; i < plan.items.length; i += 1) {
      const item = plan.items[i] as Plan['items'][number];
      const points = item.finish(item.rule(s));
      cents.push(points);
      if (plan.readsPoints) s.points[i] = new Exact(points, 100, false);
    }
    // A veto met is rare: the evaluator writes its message and facts.
    for (const veto of plan.vetoes) if (veto(s)) return undefined;
    return cents;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * Appraises one subject with a scheme's plan; `undefined` when the plan gives up on it (an input
 * the evaluator would refuse or warn about, a value it cannot keep exact, a veto met), and the
 * subject then goes through the decimal evaluator. The result has the evaluator's keys, in its
 * order, with its strings; with `explain` its `lines` are read on demand (see `AppraiseOptions`),
 * built from the plan where it can explain the scheme, else by `explainer`.
 *
 * @example
 * const result = appraiseByPlan(plan, compiled, input, true, (same) => evaluate(compiled, same)) ?? evaluate(compiled, input);
 */
export function appraiseByPlan(plan: Plan, compiled: CompiledScorecard, input: unknown, explain: boolean, explainer: Explainer, locale: Locale = 'en'): Appraisal | undefined {
  const cents = scoreItems(plan, input);
  if (cents === undefined) return undefined;
  const figures = figuresOf(plan, cents);
  if (figures === undefined) return undefined;
  if (explain) {
    const raw = input as ReadInput;
    const band = figures.band;
    return lazyAppraisal(raw.subject, raw.name ?? null, raw.period, stampOf(compiled), formatCents(figures.total), bandResultOf(band), band?.id ?? 'unrated', plan.items, cents, input, explainer, locale, planExplainer(plan, compiled));
  }
  const items: ItemResult[] = [];
  for (let i = 0; i < plan.items.length; i += 1) {
    const item = plan.items[i] as Plan['items'][number];
    items.push({ id: item.id, name: item.name, points: formatCents(cents[i] as number), max: item.max, weight: item.weight, rule: item.kind, lines: [], provenance: item.provenance });
  }
  return plainResult(compiled, input, figures, items, []);
}
