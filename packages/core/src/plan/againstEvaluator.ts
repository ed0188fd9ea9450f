import { appraiseSync, type AppraiseOptions } from '../evaluate/appraise';
import type { Appraisal } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';

/** What a run gave, as text: the result's JSON, or the error's message. */
function outcome(run: () => Appraisal): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `error ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** One subject through a compiled scheme and through a copy of it without a plan, for the tests that compare them. */
export interface AgainstEvaluator {
  /** Through the compiled scheme: its plan, unless the plan gave up. */
  readonly got: string;
  /** Through the decimal evaluator alone. */
  readonly expected: string;
  /** Whether the plan gave the result (its lines were on demand; with `explain: false`, always false). */
  readonly planned: boolean;
  /** The planned result, when there was one. */
  readonly result: Appraisal | undefined;
}

/**
 * Appraises a subject with a compiled scheme and with a copy of it, which has no plan: the two
 * outcomes as text (an error by its message), and whether the plan gave the first.
 *
 * @example
 * const run = againstEvaluator(compiled, input); expect(run.got).toBe(run.expected);
 */
export function againstEvaluator(compiled: CompiledScorecard, input: unknown, options: AppraiseOptions = {}): AgainstEvaluator {
  let result: Appraisal | undefined;
  let planned = false;
  const got = outcome(() => {
    const appraisal = appraiseSync(compiled, input, options);
    // Before serialising, which reads the lines and leaves them as data.
    planned = typeof Object.getOwnPropertyDescriptor(appraisal, 'lines')?.get === 'function';
    if (planned) result = appraisal;
    return appraisal;
  });
  return { got, expected: outcome(() => appraiseSync({ ...compiled }, input, options)), planned, result };
}
