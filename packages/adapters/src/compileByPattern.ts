/** Patterns of absent values compiled for; values of further patterns take the general function. */
const MAX_SHAPES = 64;
/** Optional values a pattern can tell apart (one bit each); with more, a value absent takes the general function. */
const MAX_OPTIONAL = 30;

/**
 * Picks, for a row of values, the function compiled for its pattern of absent (`undefined`) values
 * among the `optional` positions: `compile(present)` makes it on the pattern's first row (the full
 * one at once), up to 64 patterns; rows of further patterns, or with an absent value when more than
 * 30 positions are optional, get `general`. The values at other positions must be present.
 *
 * A function per pattern is what lets a builder give each object its final shape at once (from a
 * template of the pattern's keys): adding keys one at a time costs several times as much.
 *
 * @example
 * const pick = compileByPattern([1], (present) => (present(1) ? withBoth : firstOnly), general);
 * pick([3, undefined]) // firstOnly
 */
export function compileByPattern<F>(optional: readonly number[], compile: (present: (i: number) => boolean) => F, general: F): (values: readonly unknown[]) => F {
  const full = compile(() => true);
  if (optional.length === 0) return () => full;
  if (optional.length > MAX_OPTIONAL) return (values) => (optional.every((i) => values[i] !== undefined) ? full : general);
  const shapes = new Map<number, F>();
  const all = 2 ** optional.length - 1;
  return (values) => {
    let mask = 0;
    for (let bit = 0; bit < optional.length; bit++) if (values[optional[bit] as number] !== undefined) mask |= 1 << bit;
    if (mask === all) return full;
    let made = shapes.get(mask);
    if (made === undefined) {
      if (shapes.size >= MAX_SHAPES) return general;
      const absent = new Set(optional.filter((_, bit) => (mask & (1 << bit)) === 0));
      shapes.set(mask, (made = compile((i) => !absent.has(i))));
    }
    return made;
  };
}
