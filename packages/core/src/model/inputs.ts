import * as z from 'zod';
import { DecimalLikeSchema, LocalizedText } from './common';
import { FactName } from './predicate';

/** The types a fact of an input may have. */
export const ScalarFactType = z
  .enum([
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
  ])
  .meta({ description: 'The type of a fact: number, count (whole ≥ 0), ratio, money (CNY), boolean, enum (one of `values`), string, date (YYYY-MM-DD) or datetime (ISO 8601 with an offset).', examples: ['ratio'] });
/** A scalar fact type. */
export type ScalarFactType = z.infer<typeof ScalarFactType>;

const specShape = {
  name: FactName.describe('The fact\'s name, as inputs and expressions write it.'),
  description: LocalizedText.optional().describe('What the fact is, in both languages.'),
  values: z.array(z.string().min(1)).min(1).optional().meta({ description: 'For `enum`: the values allowed.', examples: [['good', 'pass', 'fail']] }),
  min: DecimalLikeSchema.optional().describe('The least value allowed, inclusive (numeric types).'),
  max: DecimalLikeSchema.optional().describe('The greatest value allowed, inclusive (numeric types).'),
  optional: z.boolean().optional().describe('Whether the fact may be left out (then `default` is used if given); false unless set.'),
  default: z.union([DecimalLikeSchema, z.boolean()]).optional().describe('The value used when an optional fact is left out.'),
};

/** A field of an event. */
export const FieldSpec = z.strictObject({ ...specShape, type: ScalarFactType.describe('The field\'s type.') }).meta({ examples: [{ name: 'restoredMinutes', type: 'number', min: 0 }] });
/** A field of an event. */
export type FieldSpec = z.infer<typeof FieldSpec>;

/** A fact an input must or may carry: the input contract of a scheme. */
export const FactSpec = z.union([
  z.strictObject({ ...specShape, type: ScalarFactType.describe('The fact\'s type.') }),
  z.strictObject({
    name: specShape.name,
    description: specShape.description,
    type: z.literal('events').describe('A list of events (tickets, outages), each with the `fields` listed.'),
    dateField: FactName.optional().describe('The field that dates each event (a `datetime` or `date` field); events outside the period are left out, with a warning.'),
    fields: z.array(FieldSpec).min(1).describe('The fields of each event.'),
    optional: z.boolean().optional().describe('Whether the list may be left out (it then counts as empty); false unless set.'),
  }),
]).meta({ examples: [{ name: 'availability', type: 'ratio', min: 0, max: 1 }, { name: 'outages', type: 'events', dateField: 'at', fields: [{ name: 'at', type: 'datetime' }, { name: 'restoredMinutes', type: 'number' }] }] });
/** A fact an input must or may carry. */
export type FactSpec = z.infer<typeof FactSpec>;
