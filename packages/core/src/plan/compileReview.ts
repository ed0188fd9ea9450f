import type { BandResult, ReviewRecord } from '../evaluate/Appraisal';
import type { ResolvedScorecard } from '../model/scorecard';

/** The reviews a planned result carries, from its total, band and outcome. */
export type PlanReviews = (total: string, band: BandResult | null, outcome: string) => readonly ReviewRecord[];

/**
 * The review chain of a scheme as a plan writes it for a subject appraised without reviews (a
 * subject with `reviews` given goes through the evaluator): the chain's first level records the
 * computed appraisal, unreviewed and unadjusted, as `applyReviews` does when no level has spoken.
 * Later levels have not reviewed, so they have no record. `undefined` for a scheme without a chain.
 *
 * @example
 * compileReview(networkAdminEngineer)?.('92.50', band, 'excellent'); // [{ level: 'direct-supervisor', reviewer: null, adjustments: [], total: '92.50', … }]
 */
export function compileReview(scheme: ResolvedScorecard): PlanReviews | undefined {
  const first = scheme.review?.levels[0];
  if (first === undefined) return undefined;
  const { id, name } = first;
  return (total, band, outcome) => [{ level: id, name, reviewer: null, adjustments: [], total, band, outcome }];
}
