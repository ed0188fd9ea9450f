import { AdapterError } from './AdapterError.js';
import { MappingSchema, type Mapping } from './mappingSchema.js';

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * Validates a column mapping (parsed JSON or a JSON string) and fills in defaults.
 *
 * @example
 * const mapping = parseMapping(JSON.parse(fs.readFileSync('mapping.json', 'utf8')));
 * @throws AdapterError `mappingInvalid` naming each problem and its path.
 */
export function parseMapping(input: unknown): Mapping {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      throw new AdapterError('mappingInvalid', { issues: (error as Error).message });
    }
  }
  if (hasForbiddenKey(value)) throw new AdapterError('mappingInvalid', { issues: 'reserved key (__proto__, constructor, prototype)' });
  const result = MappingSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    const first = result.error.issues[0];
    throw new AdapterError('mappingInvalid', { issues }, (first?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p)));
  }
  return result.data;
}
