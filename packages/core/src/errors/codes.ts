/**
 * The stable codes of {@link KaoheError}. A code never changes meaning; new codes may be added.
 */
export const KAOHE_ERROR_CODES = [
  'scheme_invalid',
  'input_invalid',
  'unsafe_key',
  'scheme_not_found',
  'extends_cycle',
  'async_required',
  'missing_fact',
  'missing_rating',
  'unknown_rater',
  'rating_out_of_range',
  'unknown_choice',
  'no_tier_matched',
  'tiers_overlap',
  'event_outside_period',
  'event_time_invalid',
  'period_invalid',
  'missing_weights',
  'weights_not_100',
  'not_evaluable',
  'division_by_zero',
  'org_invalid',
  'review_invalid',
  'rater_incomplete',
  'no_grade_matched',
  'leader_share_out_of_range',
  'timestamp_before_start',
  'limit_exceeded',
  'input_changed',
] as const;

/** A stable error code. */
export type KaoheErrorCode = (typeof KAOHE_ERROR_CODES)[number];
