import type { AppraisalInput as CoreAppraisalInput } from '@kaohe/core';

/**
 * A subject's appraisal input as the readers yield it: `AppraisalInput` of
 * `@kaohe/core` (pass it to `appraise` as it is), with `facts` always present —
 * numbers, exact decimal strings, booleans, text, ISO dates; event facts are arrays
 * of objects — and ratings by item id (a value, or values by rater id) when the
 * mapping reads any.
 */
export type AppraisalInput = CoreAppraisalInput & { facts: Record<string, unknown> };
