import type { Appraisal, ItemResult } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';
import type { Locale } from '../model/common';
import { Exact, formatCents } from './Exact';
import { GIVE_UP } from './giveUp';
import type { Plan, PlanBand } from './compilePlan';
import { lazyAppraisal, type Explainer } from './lazyResults';
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

function bandOf(bands: readonly PlanBand[], cents: number): PlanBand | undefined {
  for (const band of bands) if (cents >= band.low && cents <= band.high) return band;
  return undefined;
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
 * order, with its strings; with `explain` its `lines` are read on demand (see `AppraiseOptions`).
 *
 * @example
 * const result = appraiseByPlan(plan, compiled, input, true, (same) => evaluate(compiled, same)) ?? evaluate(compiled, input);
 */
export function appraiseByPlan(plan: Plan, compiled: CompiledScorecard, input: unknown, explain: boolean, explainer: Explainer, locale: Locale = 'en'): Appraisal | undefined {
  const scored = scoreItems(plan, input);
  if (scored === undefined) return undefined;
  const { cents, s } = scored;
  let total = plan.baseCents;
  for (const points of cents) total += points;
  if (!Number.isSafeInteger(total)) return undefined;
  const subtotal = total;
  const composite = plan.composite === undefined ? undefined : unlessGivenUp(() => (plan.composite as NonNullable<Plan['composite']>)(s, subtotal));
  if (plan.composite !== undefined) {
    if (composite === undefined) return undefined;
    total = composite.cents;
  }
  if (total < plan.floorCents) total = plan.floorCents;
  const final = total;
  const project = plan.project === undefined ? undefined : unlessGivenUp(() => (plan.project as NonNullable<Plan['project']>)(s, final));
  if (plan.project !== undefined && project === undefined) return undefined;
  const band = bandOf(plan.bands, total);
  const scheme = compiled.scheme;
  // The plan has read these: a subject and a period, non-empty strings; a name, a string if any.
  const raw = input as { subject: string; name?: string; period: string };
  const stamp = { id: scheme.id, version: scheme.version, hash: compiled.hash, model: scheme.model, lineage: scheme.lineage };
  const text = formatCents(total);
  const bandResult = band === undefined ? null : { id: band.id, name: band.name };
  const outcome = band?.id ?? 'unrated';
  const result = explain ? lazyAppraisal(raw.subject, raw.name ?? null, raw.period, stamp, text, bandResult, outcome, plan.items, cents, input, explainer, locale) : bareAppraisal(plan, raw, stamp, text, bandResult, outcome, cents);
  // The key is already in its place: the chain's record takes the place of the empty list.
  if (plan.reviews !== undefined) (result as { reviews: Appraisal['reviews'] }).reviews = plan.reviews(text, bandResult, outcome);
  // A panel's composite and a project's outcome follow the warnings, as the evaluator adds them.
  if (composite !== undefined) (result as { composite?: Appraisal['composite'] }).composite = composite.result;
  if (project !== undefined) Object.assign(result, project);
  return result;
}

/** A result without explanations: every `lines` empty. */
function bareAppraisal(plan: Plan, raw: { subject: string; name?: string; period: string }, stamp: Appraisal['scheme'], text: string, bandResult: Appraisal['band'], outcome: string, cents: readonly number[]): Appraisal {
  const items: ItemResult[] = [];
  for (let i = 0; i < plan.items.length; i += 1) {
    const item = plan.items[i] as Plan['items'][number];
    items.push({ id: item.id, name: item.name, points: formatCents(cents[i] as number), max: item.max, weight: item.weight, rule: item.kind, lines: [], provenance: item.provenance });
  }
  return { kind: 'scorecard', subject: raw.subject, name: raw.name ?? null, period: raw.period, scheme: stamp, total: text, band: bandResult, outcome, vetoes: [], items, lines: [], reviews: [], warnings: [] };
}
