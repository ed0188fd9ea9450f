import { z } from 'zod';

/** The comparison operators of predicates, named as json-rules-engine names them. */
export const ComparisonOperator = z.enum([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
]);
/** A comparison operator. */
export type ComparisonOperator = z.infer<typeof ComparisonOperator>;

/** A value a predicate compares with. */
export const PredicateValue = z.union([
  z.number().refine(Number.isFinite),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.number().refine(Number.isFinite), z.string(), z.boolean()])),
]);
/** A value a predicate compares with. */
export type PredicateValue = z.infer<typeof PredicateValue>;

const FactName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'fact name' });

/**
 * A condition kaohe evaluates itself, synchronously and exactly: `all`/`any`/`not` over comparisons
 * of a fact, an item's points, or a field of the event being filtered. Its shape follows
 * json-rules-engine's condition JSON so the two read alike.
 */
export type Predicate =
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }
  | { fact: string; operator: ComparisonOperator; value: PredicateValue }
  | { item: string; operator: ComparisonOperator; value: PredicateValue }
  | { field: string; operator: ComparisonOperator; value: PredicateValue };

/** A value a predicate compares with, as written: a list may be read-only (`as const`). */
export type PredicateValueInput = PredicateValue | ReadonlyArray<number | string | boolean>;

/** A predicate as written: {@link Predicate}, with read-only lists allowed (`as const`). */
export type PredicateInput =
  | { all: readonly PredicateInput[] }
  | { any: readonly PredicateInput[] }
  | { not: PredicateInput }
  | { fact: string; operator: ComparisonOperator; value: PredicateValueInput }
  | { item: string; operator: ComparisonOperator; value: PredicateValueInput }
  | { field: string; operator: ComparisonOperator; value: PredicateValueInput };

/** Schema of {@link Predicate}, typed on both sides so that a predicate written in TypeScript is checked. */
export const Predicate: z.ZodType<Predicate, PredicateInput> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Predicate).min(1) }),
    z.strictObject({ any: z.array(Predicate).min(1) }),
    z.strictObject({ not: Predicate }),
    z.strictObject({ fact: FactName, operator: ComparisonOperator, value: PredicateValue }),
    z.strictObject({ item: z.string().min(1), operator: ComparisonOperator, value: PredicateValue }),
    z.strictObject({ field: FactName, operator: ComparisonOperator, value: PredicateValue }),
  ]),
);

/** The names of facts a predicate reads. */
export function predicateFacts(predicate: Predicate, into: Set<string> = new Set()): Set<string> {
  if ('all' in predicate) predicate.all.forEach((p) => predicateFacts(p, into));
  else if ('any' in predicate) predicate.any.forEach((p) => predicateFacts(p, into));
  else if ('not' in predicate) predicateFacts(predicate.not, into);
  else if ('fact' in predicate) into.add(predicate.fact);
  return into;
}

/** The ids of items a predicate reads. */
export function predicateItems(predicate: Predicate, into: Set<string> = new Set()): Set<string> {
  if ('all' in predicate) predicate.all.forEach((p) => predicateItems(p, into));
  else if ('any' in predicate) predicate.any.forEach((p) => predicateItems(p, into));
  else if ('not' in predicate) predicateItems(predicate.not, into);
  else if ('item' in predicate) into.add(predicate.item);
  return into;
}

export { FactName };
