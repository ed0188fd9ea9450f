/**
 * The value at a dotted path of a parsed JSON record (`fields.priority.name`), own
 * properties only; `undefined` when any step is missing.
 *
 * @example
 * pathValue({ fields: { priority: { name: 'High' } } }, ['fields', 'priority', 'name']) // 'High'
 */
export function pathValue(row: unknown, path: readonly string[]): unknown {
  let value: unknown = row;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Readonly<Record<string, unknown>>)[key];
  }
  return value;
}
