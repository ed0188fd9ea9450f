import { z } from 'zod';
import { DecimalLikeSchema, LocalizedText } from './common';
import { FactName } from './predicate';

/** The types a fact of an input may have. */
export const ScalarFactType = z.enum([
  /** any decimal */
  'number',
  /** a whole number ≥ 0 (a count) */
  'count',
  /** a ratio such as 0.85 */
  'ratio',
  /** an amount of money (CNY) */
  'money',
  'boolean',
  /** one of `values` */
  'enum',
  'string',
  /** a local date `YYYY-MM-DD` */
  'date',
  /** an ISO 8601 date-time with an offset */
  'datetime',
]);
/** A scalar fact type. */
export type ScalarFactType = z.infer<typeof ScalarFactType>;

const specShape = {
  name: FactName,
  description: LocalizedText.optional(),
  /** For `enum`: the values allowed. */
  values: z.array(z.string().min(1)).min(1).optional(),
  /** Inclusive bounds for numeric types. */
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  /** A fact that may be left out; `default` is then used if given. */
  optional: z.boolean().optional(),
  default: z.union([DecimalLikeSchema, z.boolean()]).optional(),
};

/** A field of an event. */
export const FieldSpec = z.strictObject({ ...specShape, type: ScalarFactType });
/** A field of an event. */
export type FieldSpec = z.infer<typeof FieldSpec>;

/** A fact an input must or may carry: the input contract of a scheme. */
export const FactSpec = z.union([
  z.strictObject({ ...specShape, type: ScalarFactType }),
  z.strictObject({
    name: FactName,
    description: LocalizedText.optional(),
    type: z.literal('events'),
    /** The field that dates each event (a `datetime` or `date` field); events outside the period are left out, with a warning. */
    dateField: FactName.optional(),
    fields: z.array(FieldSpec).min(1),
    optional: z.boolean().optional(),
  }),
]);
/** A fact an input must or may carry. */
export type FactSpec = z.infer<typeof FactSpec>;
