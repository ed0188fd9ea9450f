/**
 * The keys that untrusted JSON may not hold: through them a plain object reaches its prototype.
 * Inputs holding them are refused, so no scheme may name a fact, item, rater or field after them either.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
