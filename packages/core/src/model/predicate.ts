import * as z from 'zod';
import { isSuppliableName, RESERVED_NAME } from './common';

/** The comparison operators of predicates, named as json-rules-engine names them. */
export const ComparisonOperator = z
  .enum(['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn'])
  .meta({ description: 'The comparison, as json-rules-engine names it; numbers compare exactly.', examples: ['greaterThanInclusive'] });
/** A comparison operator. */
export type ComparisonOperator = z.infer<typeof ComparisonOperator>;

/** A value a predicate compares with. */
export const PredicateValue = z
  .union([z.number().refine(Number.isFinite), z.string(), z.boolean(), z.null(), z.array(z.union([z.number().refine(Number.isFinite), z.string(), z.boolean()]))])
  .meta({ description: 'The value compared with: a number, a string, a boolean, null, or a list (for `in` and `notIn`).', examples: [0.999, 'major', ['P1', 'P2']] });
/** A value a predicate compares with. */
export type PredicateValue = z.infer<typeof PredicateValue>;

const FactName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'fact name' })
  .refine(isSuppliableName, { message: RESERVED_NAME })
  .meta({ description: 'The name of a fact or field: a letter or _, then letters, digits or _.', examples: ['availability', 'outages'] });

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
    z.strictObject({ all: z.array(Predicate).min(1).describe('Holds when every condition holds.') }),
    z.strictObject({ any: z.array(Predicate).min(1).describe('Holds when at least one condition holds.') }),
    // A recursive reference stays bare: a described copy of the lazy schema would recurse without end.
    z.strictObject({ not: Predicate }),
    z.strictObject({ fact: FactName.describe('The fact compared.'), operator: ComparisonOperator, value: PredicateValue }),
    z.strictObject({ item: z.string().min(1).meta({ description: 'The item whose points are compared (it must come earlier).', examples: ['availability'] }), operator: ComparisonOperator, value: PredicateValue }),
    z.strictObject({ field: FactName.describe('The field of the event being filtered that is compared.'), operator: ComparisonOperator, value: PredicateValue }),
  ]),
).meta({
  description: 'A condition: `all`/`any`/`not` over comparisons of a fact, an item\'s points, or a field of the event being filtered.',
  examples: [{ fact: 'availability', operator: 'lessThan', value: 0.99 }, { all: [{ field: 'severity', operator: 'equal', value: 'major' }, { field: 'accountable', operator: 'notEqual', value: false }] }],
});

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
