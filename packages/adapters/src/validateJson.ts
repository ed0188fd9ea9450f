import type { z } from 'zod';
import { AdapterError } from './AdapterError.js';
import type { AdapterErrorCode } from './issueCodes.js';

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * Validates JSON data written by people (a mapping, a ticket profile): parsed or a
 * string, refusing reserved keys, every problem named with its path.
 *
 * @example
 * const mapping = validateJson(MappingSchema, text, 'mappingInvalid');
 * @throws AdapterError with `code`, naming each problem and its path.
 */
export function validateJson<S extends z.ZodType>(schema: S, input: unknown, code: AdapterErrorCode): z.output<S> {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      throw new AdapterError(code, { issues: (error as Error).message });
    }
  }
  if (hasForbiddenKey(value)) throw new AdapterError(code, { issues: 'reserved key (__proto__, constructor, prototype)' });
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    const first = result.error.issues[0];
    throw new AdapterError(code, { issues }, (first?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p)));
  }
  return result.data as z.output<S>;
}
