import type { ResolvedScorecard } from '../model/scorecard';
import { compilePlan, type Plan } from './compilePlan';

/**
 * The plans of compiled schemes, held beside them rather than on them: a plan is no part of the
 * compiled scheme's data, its hash or anything serialised, and a copy of a compiled scheme simply
 * has none (its subjects then go through the decimal evaluator).
 */
const plans = new WeakMap<object, Plan>();

/** What a plan is compiled from: a compiled scheme (named by its shape, so that compile need not be imported here). */
interface Compiled {
  readonly scheme: ResolvedScorecard;
  readonly requiresAsync: boolean;
}

/**
 * Compiles the plan of a compiled scheme, when the scheme has only parts a plan supports, and keeps it.
 *
 * @example
 * attachPlan(compiled); planOf(compiled) !== undefined; // true for the network-ops supervisor
 */
export function attachPlan(compiled: Compiled): void {
  const plan = compiled.requiresAsync ? undefined : compilePlan(compiled.scheme);
  if (plan !== undefined) plans.set(compiled, plan);
}

/** The plan of a compiled scheme, if it has one. */
export function planOf(compiled: Compiled): Plan | undefined {
  return plans.get(compiled);
}

/**
 * Whether a compiled scheme has a plan: its subjects are then appraised over exact integers, with
 * their lines read on demand (see `AppraiseOptions.explain`), unless the plan is unsure of one.
 *
 * @example
 * hasPlan(compile(networkOpsSupervisor)); // true
 */
export function hasPlan(compiled: Compiled): boolean {
  return plans.has(compiled);
}
