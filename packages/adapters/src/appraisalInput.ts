/**
 * A subject's appraisal input, as `@kaohe/core` evaluates it: facts by name (numbers,
 * exact decimal strings, booleans, text, ISO dates; event facts are arrays of
 * objects) and ratings by item id (a value, or values by rater id).
 * Structurally the same as core's `AppraisalInput`.
 */
export interface AppraisalInput {
  subject: string;
  period: string;
  facts: Record<string, unknown>;
  ratings?: Record<string, number | string | Record<string, number | string>>;
}
