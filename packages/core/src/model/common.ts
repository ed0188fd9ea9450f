import { z } from 'zod';
import { isDecimalString, toDecimal, type Decimal } from '../decimal';
import { numberBreach } from '../limits';
import { UNSAFE_KEYS } from '../safety/unsafeKeys';

/** The locales kaohe renders messages in. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** A locale kaohe renders messages in. */
export type Locale = (typeof LOCALES)[number];

/** A text in both locales. */
export const LocalizedText = z.strictObject({
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
});
/** A text in both locales. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A text from a source document, in Chinese, with an English rendering where one was made. */
export const SourceText = z.strictObject({
  'zh-CN': z.string().min(1),
  en: z.string().min(1).optional(),
});
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
  .refine(isSuppliableName, { message: RESERVED_NAME });

/**
 * A number written as a JSON number or a decimal string (`"0.05"`), never a float computed on,
 * within the number limits of `LIMITS` (a breach is reported as `limit_exceeded`).
 */
export const DecimalLikeSchema = z
  .union([z.number().refine(Number.isFinite, { message: 'finite' }), z.string().refine(isDecimalString, { message: 'decimal' })])
  .superRefine((value, ctx) => {
    const breach = numberBreach(value);
    if (breach !== undefined) ctx.addIssue({ code: 'custom', message: breach.limit, params: { limitBreach: breach } });
  });

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
export const PositiveDecimal = decimalWhere((value) => value.greaterThan(0), 'positive');
/** A decimal-like value not below 0. */
export const NonNegativeDecimal = decimalWhere((value) => !value.isNegative(), 'not negative');

/**
 * Where a rule came from: a clause of a source document, or a reading we inferred, with why.
 * Every preset item carries one.
 */
export const Provenance = z.union([
  z.strictObject({
    source: z.string().min(1),
    clause: z.string().min(1),
    note: z.string().optional(),
  }),
  z.strictObject({
    inferred: z.string().min(1),
    source: z.string().min(1).optional(),
    clause: z.string().min(1).optional(),
  }),
]);
/** Where a rule came from. */
export type Provenance = z.infer<typeof Provenance>;

/** The kinds of appraisal period. */
export const PeriodKind = z.enum(['month', 'quarter', 'half-year', 'year', 'project']);
/** The kinds of appraisal period. */
export type PeriodKind = z.infer<typeof PeriodKind>;
