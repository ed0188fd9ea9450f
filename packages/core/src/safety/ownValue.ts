/**
 * The value a user object holds under a key of its own, or `undefined`: never a member inherited
 * from `Object.prototype`, so a field named `toString` or `valueOf` that an input leaves out reads
 * as absent, not as a function.
 *
 * @example
 * ownValue({}, 'toString'); // undefined
 * ownValue({ toString: 3 }, 'toString'); // 3
 */
export function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
