import * as z from 'zod';
import { isDecimalString, toDecimal, type Decimal } from '../decimal';
import { numberBreach } from '../limits';
import { UNSAFE_KEYS } from '../safety/unsafeKeys';

/** The locales kaohe renders messages in. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** A locale kaohe renders messages in. */
export type Locale = (typeof LOCALES)[number];

/** A text in both locales. */
export const LocalizedText = z
  .strictObject({
    'zh-CN': z.string().min(1).meta({ description: 'The text in Chinese.', examples: ['系统可用率'] }),
    en: z.string().min(1).meta({ description: 'The text in English.', examples: ['System availability'] }),
  })
  .meta({ description: 'A text in Chinese and English.', examples: [{ 'zh-CN': '系统可用率', en: 'System availability' }] });
/** A text in both locales. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A text from a source document, in Chinese, with an English rendering where one was made. */
export const SourceText = z
  .strictObject({
    'zh-CN': z.string().min(1).meta({ description: 'The text as the source document writes it, in Chinese.', examples: ['负责机房日常巡检'] }),
    en: z.string().min(1).optional().meta({ description: 'An English rendering, where one was made.', examples: ['Daily inspection of the machine rooms'] }),
  })
  .meta({ description: 'A text from a source document, in Chinese, with an English rendering where one was made.', examples: [{ 'zh-CN': '负责机房日常巡检', en: 'Daily inspection of the machine rooms' }] });
/** A text from a source document, in Chinese, with an English rendering where one was made. */
export type SourceText = z.infer<typeof SourceText>;

/** The reason given for a name no input can hold. */
export const RESERVED_NAME = 'name: __proto__, constructor and prototype are reserved';

/**
 * Whether an input can ever hold a key of this name: inputs with `__proto__`, `constructor` or
 * `prototype` keys are refused, so a fact, item, rater or field named so could never be supplied.
 */
export function isSuppliableName(name: string): boolean {
  return !UNSAFE_KEYS.has(name);
}

/** An identifier: letters, digits, `-`, `_`, `.` and `/` (for preset ids such as `tech-support-center/idc-engineer`). */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_./-]*$/, { message: 'identifier' })
  .max(200)
  .refine(isSuppliableName, { message: RESERVED_NAME })
  .meta({ description: 'An identifier: letters, digits, -, _, . and /.', examples: ['availability', 'tech-support-center/idc-engineer'] });

/**
 * A number written as a JSON number or a decimal string (`"0.05"`), never a float computed on,
 * within the number limits of `LIMITS` (a breach is reported as `limit_exceeded`).
 */
export const DecimalLikeSchema = z
  .union([z.number().refine(Number.isFinite, { message: 'finite' }), z.string().refine(isDecimalString, { message: 'decimal' })])
  .superRefine((value, ctx) => {
    const breach = numberBreach(value);
    if (breach !== undefined) ctx.addIssue({ code: 'custom', message: breach.limit, params: { limitBreach: breach } });
  })
  .meta({ description: 'A number, as a JSON number or a decimal string; computed exactly as a decimal.', examples: [20, '0.05', -5] });

/** Whether a value is what {@link DecimalLikeSchema} accepts: a finite number or a decimal numeral. */
export function isDecimalLike(value: unknown): value is number | string {
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && isDecimalString(value);
}

/**
 * A decimal-like value that must also pass a test on its value, such as "positive". zod runs a
 * refinement even after the union below it has failed, so the test is applied only to a value that
 * is a decimal: a bad numeral is then reported once, with its path, and never thrown from the test.
 *
 * @example
 * decimalWhere((v) => v.greaterThan(0), 'positive').safeParse('1,000').success; // false, no throw
 */
export function decimalWhere(test: (value: Decimal) => boolean, message: string) {
  return DecimalLikeSchema.refine((value) => !isDecimalLike(value) || test(toDecimal(value)), { message });
}

/** A decimal-like value greater than 0. */
export const PositiveDecimal = decimalWhere((value) => value.greaterThan(0), 'positive').meta({
  description: 'A number greater than 0, as a JSON number or a decimal string.',
  examples: [1, '0.05'],
});
/** A decimal-like value not below 0. */
export const NonNegativeDecimal = decimalWhere((value) => !value.isNegative(), 'not negative').meta({
  description: 'A number not below 0, as a JSON number or a decimal string.',
  examples: [0, 20, '0.5'],
});

/**
 * The ends of an interval (a rating band, a tier, a threshold row) with their defaults: closed below,
 * open above, so that rows written `[60, 70)`, `[70, 80)` meet without overlapping.
 */
export const intervalEnds = {
  min: DecimalLikeSchema.optional().describe('The lower end; unbounded below when absent.'),
  max: DecimalLikeSchema.optional().describe('The upper end; unbounded above when absent.'),
  minInclusive: z.boolean().default(true).describe('Whether `min` itself is inside the interval (closed, 含); true unless set.'),
  maxInclusive: z.boolean().default(false).describe('Whether `max` itself is inside the interval; false unless set (open, 不含).'),
};

/**
 * Where a rule came from: a clause of a source document, or a reading we inferred, with why.
 * Every preset item carries one.
 */
export const Provenance = z.union([
  z.strictObject({
    source: z.string().min(1).meta({ description: 'The source document, e.g. a seed file name.', examples: ['seed-000'] }),
    clause: z.string().min(1).meta({ description: 'The clause of the source the rule comes from, quoted or numbered.', examples: ['三、2'] }),
    note: z.string().optional().meta({ description: 'A remark on how the clause was read.', examples: ['每低5个百分点 read as whole steps'] }),
  }),
  z.strictObject({
    inferred: z.string().min(1).meta({ description: 'Why the rule was inferred where the source is silent or unclear.', examples: ['the document gives no band for exactly 60'] }),
    source: z.string().min(1).optional().meta({ description: 'The source document the inference reads, if any.', examples: ['seed-000'] }),
    clause: z.string().min(1).optional().meta({ description: 'The clause the inference reads, if any.', examples: ['三、2'] }),
  }),
]).meta({ description: 'Where a rule came from: a clause of a source document, or a reading inferred, with why.', examples: [{ source: 'seed-000', clause: '系统可用率不低于99.9%' }, { inferred: 'the document gives no band for exactly 60' }] });
/** Where a rule came from. */
export type Provenance = z.infer<typeof Provenance>;

/**
 * The `$schema` key an editor reads to find a file's JSON Schema (`"./scorecard.schema.json"`).
 * Kaohe accepts it at the top of a scheme and an org chart and ignores it: it is no part of the
 * content, so it is left out of content hashes.
 */
export const EditorSchemaRef = z
  .string()
  .min(1)
  .optional()
  .meta({ description: 'The JSON Schema an editor checks this file with; ignored by kaohe and left out of the content hash.', examples: ['./scorecard.schema.json'] });

/** The name of a source document a scheme is written from. */
export const SourceName = z.string().min(1).meta({ description: 'A source document, e.g. a seed file name.', examples: ['000_4399f3c8acdda9b2.txt'] });

/** The kinds of appraisal period. */
export const PeriodKind = z.enum(['month', 'quarter', 'half-year', 'year', 'project']).meta({ description: 'The appraisal period: month, quarter, half-year, year, or one project.', examples: ['quarter'] });
/** The kinds of appraisal period. */
export type PeriodKind = z.infer<typeof PeriodKind>;

/**
 * How a scorecard's items make its total: `points` — the sum of items with points; `deduction` —
 * a base (such as 100) plus deduction and bonus items; `weighted` — Σ weight × achievement (0–100).
 */
export const ScoringModel = z.enum(['points', 'deduction', 'weighted']).meta({ description: 'How items make the total: `points` — the sum of items with points; `deduction` — a base plus deduction and bonus items; `weighted` — Σ weight × achievement (0–100).', examples: ['points'] });
/** How a scorecard's items make its total. */
export type ScoringModel = z.infer<typeof ScoringModel>;

/** Where a scheme stands: ready to use, an incomplete source kept as a draft, or a template to fill in. */
export const SchemeStatus = z.enum(['complete', 'draft', 'template']).meta({ description: 'Where a scheme stands: `complete`, `draft` (an incomplete source), or `template` (to fill in).', examples: ['complete'] });
/** Where a scheme stands. */
export type SchemeStatus = z.infer<typeof SchemeStatus>;
