import type { Appraisal, ItemResult } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';
import type { Locale } from '../model/common';
import { Exact, formatCents } from './Exact';
import { GIVE_UP } from './giveUp';
import type { Plan } from './compilePlan';
import { bandResultOf, figuresOf, figuresOfSum, plainResult, stampOf, type ReadInput } from './plainResult';
import { lazyAppraisal, type Explainer } from './lazyResults';
import { planExplainer } from './explainByPlan';
import type { SubjectState } from './SubjectState';

/** What a step of the plan gives, or `undefined` when it gives up on the subject. */
function unlessGivenUp<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Each item's points in hundredths and the subject's state, or `undefined` when the plan gives up on the subject. */
function scoreItems(plan: Plan, input: unknown): { cents: number[]; s: SubjectState } | undefined {
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
    return { cents, s };
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
  const scored = scoreItems(plan, input);
  if (scored === undefined) return undefined;
  const { cents, s } = scored;
  let figures = figuresOf(plan, cents);
  if (figures === undefined) return undefined;
  let composite: ReturnType<NonNullable<Plan['composite']>> | undefined;
  if (plan.composite !== undefined) {
    const subtotal = figures.sum;
    composite = unlessGivenUp(() => (plan.composite as NonNullable<Plan['composite']>)(s, subtotal));
    if (composite === undefined) return undefined;
    figures = figuresOfSum(plan, composite.cents);
  }
  const final = figures.total;
  const project = plan.project === undefined ? undefined : unlessGivenUp(() => (plan.project as NonNullable<Plan['project']>)(s, final));
  if (plan.project !== undefined && project === undefined) return undefined;
  const band = figures.band;
  const text = formatCents(final);
  const bandResult = bandResultOf(band);
  const outcome = band?.id ?? 'unrated';
  const raw = input as ReadInput;
  const result = explain
    ? lazyAppraisal(raw.subject, raw.name ?? null, raw.period, stampOf(compiled), text, bandResult, outcome, plan.items, cents, input, explainer, locale, planExplainer(plan, compiled))
    : plainResult(compiled, input, figures, bareItems(plan, cents), []);
  // The key is already in its place: the chain's record takes the place of the empty list.
  if (plan.reviews !== undefined) (result as { reviews: Appraisal['reviews'] }).reviews = plan.reviews(text, bandResult, outcome);
  // A panel's composite and a project's outcome follow the warnings, as the evaluator adds them.
  if (composite !== undefined) (result as { composite?: Appraisal['composite'] }).composite = composite.result;
  if (project !== undefined) Object.assign(result, project);
  return result;
}

/** The items of a result without explanations: every `lines` empty. */
function bareItems(plan: Plan, cents: readonly number[]): ItemResult[] {
  const items: ItemResult[] = [];
  for (let i = 0; i < plan.items.length; i += 1) {
    const item = plan.items[i] as Plan['items'][number];
    items.push({ id: item.id, name: item.name, points: formatCents(cents[i] as number), max: item.max, weight: item.weight, rule: item.kind, lines: [], provenance: item.provenance });
  }
  return items;
}
