/**
 * Whether a name is one a plain object inherits (`toString`, `valueOf`, …). A plan keeps a
 * subject's facts and an event's fields in plain objects, which are fast to build; the evaluator
 * keeps them without a prototype. A scheme that reads a fact or field by such a name has no plan,
 * so that no read ever finds an inherited value.
 *
 * @example
 * isInheritedName('toString'); // true
 */
export function isInheritedName(name: string): boolean {
  return name in Object.prototype;
}

const NAME_KEYS = new Set(['fact', 'field', 'events', 'count', 'name']);

/**
 * Whether any fact, field or input of a scheme's part (its items, vetoes or inputs, walked as
 * data) is named by an inherited name.
 *
 * @example
 * namesInherited({ fact: 'valueOf' }); // true
 */
export function namesInherited(value: unknown): boolean {
  return someName(value, (key, name) => NAME_KEYS.has(key) && isInheritedName(name));
}

/**
 * Whether a scheme's part (its items or vetoes, walked as data) reads an item's points anywhere:
 * in an expression, a predicate, or an event filter.
 *
 * @example
 * readsItemPoints([{ rule: { kind: 'formula', value: { item: 'A' } } }]); // true
 */
export function readsItemPoints(value: unknown): boolean {
  return someName(value, (key) => key === 'item');
}

/**
 * Whether a scheme's part (its items or vetoes, walked as data) counts days between facts other
 * than those given, the facts it declares as dates: a plan holds a date as its text, and leaves
 * days between instants (dated in the time zone) to the evaluator.
 *
 * @example
 * daysOfOtherFacts([{ rule: { kind: 'formula', value: { daysBetween: ['openedAt', 'closedOn'] } } }], new Set(['closedOn'])); // true
 */
export function daysOfOtherFacts(value: unknown, dates: ReadonlySet<string>): boolean {
  if (Array.isArray(value)) return value.some((entry) => daysOfOtherFacts(entry, dates));
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'daysBetween' && Array.isArray(entry) && entry.some((name) => typeof name !== 'string' || !dates.has(name))) return true;
    if (daysOfOtherFacts(entry, dates)) return true;
  }
  return false;
}

function someName(value: unknown, test: (key: string, name: string) => boolean): boolean {
  if (Array.isArray(value)) return value.some((entry) => someName(entry, test));
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' && test(key, entry)) return true;
    if (someName(entry, test)) return true;
  }
  return false;
}
