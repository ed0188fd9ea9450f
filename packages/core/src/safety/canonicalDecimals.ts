import * as z from 'zod';
import { toDecimal } from '../decimal';
import { isDecimalLike } from '../model/common';

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const defOf = (schema: Schema): Def => schema._zod.def as Def;

/**
 * Whether a schema is a decimal position: {@link DecimalLikeSchema} or a refinement of it, known by
 * its shape (a number or a string), which survives the clones that `.refine`, `.meta` or
 * `.describe` make of it.
 */
function isDecimalPosition(def: Def): boolean {
  if (def.type !== 'union') return false;
  const options = def['options'] as readonly Schema[];
  return options.length === 2 && defOf(options[0] as Schema).type === 'number' && defOf(options[1] as Schema).type === 'string';
}

/** A decimal as the hash sees it: `30`, `"30"`, `"30.0"` and `"+30.00"` all become `"30"`. */
function canonicalDecimal(value: number | string): string {
  const decimal = toDecimal(value);
  return decimal.isZero() ? '0' : decimal.toString();
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema a lazy schema stands for, built once by zod and cached. */
const lazyInner = (schema: Schema): Schema => (schema._zod as unknown as { innerType: Schema }).innerType;

/**
 * Whether a value has the outer shape of a schema: its type, and for an object its keys and the
 * literal values of its discriminating keys (a rule's `kind`). A cheap test that picks a union's
 * option without validating the value's whole subtree once per level of nesting.
 */
function fits(schema: Schema, value: unknown): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case 'lazy':
      return fits(lazyInner(schema), value);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return value === undefined || value === null || fits(def['innerType'] as Schema, value);
    case 'union':
      return isDecimalPosition(def) ? isDecimalLike(value) : (def['options'] as readonly Schema[]).some((option) => fits(option, value));
    case 'object': {
      if (!isRecord(value)) return false;
      const shape = def['shape'] as Record<string, Schema>;
      const catchall = def['catchall'] as Schema | undefined;
      const closed = catchall === undefined || defOf(catchall).type === 'never';
      if (closed && Object.keys(value).some((key) => !Object.hasOwn(shape, key))) return false;
      for (const [key, field] of Object.entries(shape)) {
        if (value[key] === undefined && field._zod.optout !== 'optional') return false;
      }
      const literals = (schema._zod as unknown as { propValues?: Record<string, Set<unknown>> }).propValues ?? {};
      return Object.entries(literals).every(([key, allowed]) => !Object.hasOwn(value, key) || allowed.has(value[key]));
    }
    case 'array':
    case 'tuple':
      return Array.isArray(value);
    case 'record':
      return isRecord(value);
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === def.type;
    case 'null':
      return value === null;
    case 'literal':
      return (def['values'] as readonly unknown[]).includes(value);
    case 'enum':
      return Object.values(def['entries'] as Record<string, unknown>).includes(value);
    default:
      return true;
  }
}

/** The option of a union a value belongs to: the only one it fits, or else the first that accepts it. */
function unionOption(options: readonly Schema[], value: unknown): Schema | undefined {
  const fitting = options.filter((option) => fits(option, value));
  if (fitting.length <= 1) return fitting[0];
  return fitting.find((option) => z.safeParse(option, value).success);
}

/**
 * A copy of data that a schema has accepted, with every value in a decimal position written in one
 * canonical form, so that data meaning the same numbers canonicalises alike. Values in any other
 * position (texts, enums, predicate comparison values, condition JSON) are kept as written. A union
 * is followed into the first of its options that accepts the value.
 *
 * @example
 * canonicalDecimals(z.object({ points: DecimalLikeSchema }), { points: '30.0' }); // { points: '30' }
 */
export function canonicalDecimals(schema: Schema, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'union': {
      if (isDecimalPosition(def)) return isDecimalLike(value) ? canonicalDecimal(value) : value;
      const option = unionOption(def['options'] as readonly Schema[], value);
      return option === undefined ? value : canonicalDecimals(option, value);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return value === undefined || value === null ? value : canonicalDecimals(def['innerType'] as Schema, value);
    case 'lazy':
      return canonicalDecimals(lazyInner(schema), value);
    case 'pipe':
      return canonicalDecimals(def['in'] as Schema, value);
    case 'intersection':
      return canonicalDecimals(def['right'] as Schema, canonicalDecimals(def['left'] as Schema, value));
    case 'array':
      return Array.isArray(value) ? value.map((element: unknown) => canonicalDecimals(def['element'] as Schema, element)) : value;
    case 'tuple': {
      if (!Array.isArray(value)) return value;
      const items = def['items'] as readonly Schema[];
      const rest = def['rest'] as Schema | null | undefined;
      return value.map((element: unknown, index) => {
        const at = items[index] ?? rest;
        return at === undefined || at === null ? element : canonicalDecimals(at, element);
      });
    }
    case 'record': {
      if (!isRecord(value)) return value;
      const values = def['valueType'] as Schema;
      return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, canonicalDecimals(values, element)]));
    }
    case 'object': {
      if (!isRecord(value)) return value;
      const shape = def['shape'] as Record<string, Schema>;
      const catchall = def['catchall'] as Schema | undefined;
      return Object.fromEntries(
        Object.entries(value).map(([key, element]) => {
          const at = Object.hasOwn(shape, key) ? shape[key] : catchall;
          return [key, at === undefined ? element : canonicalDecimals(at, element)];
        }),
      );
    }
    default:
      return value;
  }
}
