import { z } from 'zod';
import { isDecimalString } from '../decimal';
import { numberBreach } from '../limits';

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

/** An identifier: letters, digits, `-`, `_`, `.` and `/` (for preset ids such as `tech-support-center/idc-engineer`). */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_./-]*$/, { message: 'identifier' })
  .max(200);

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
