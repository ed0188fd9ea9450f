import type { CompiledScorecard } from '../evaluate/compile';
import { compilePlan, type Plan } from './compilePlan';

/**
 * The plans of compiled schemes, held beside them rather than on them: a plan is no part of the
 * compiled scheme's data, its hash or anything serialised, and a copy of a compiled scheme simply
 * has none (its subjects then go through the decimal evaluator).
 */
const plans = new WeakMap<CompiledScorecard, Plan>();

/**
 * Compiles the plan of a compiled scheme, when the scheme has only parts a plan supports, and keeps it.
 *
 * @example
 * attachPlan(compiled); planOf(compiled) !== undefined; // true for the network-ops supervisor
 */
export function attachPlan(compiled: CompiledScorecard): void {
  const plan = compiled.requiresAsync ? undefined : compilePlan(compiled.scheme);
  if (plan !== undefined) plans.set(compiled, plan);
}

/** The plan of a compiled scheme, if it has one. */
export function planOf(compiled: CompiledScorecard): Plan | undefined {
  return plans.get(compiled);
}
