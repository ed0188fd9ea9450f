import { z } from 'zod';
import { isDecimalString } from '../decimal';

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

/** A number written as a JSON number or a decimal string (`"0.05"`), never a float computed on. */
export const DecimalLikeSchema = z.union([
  z.number().refine(Number.isFinite, { message: 'finite' }),
  z.string().refine(isDecimalString, { message: 'decimal' }),
]);

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

/**
 * The `$schema` key an editor reads to find a file's JSON Schema (`"./scorecard.schema.json"`).
 * Kaohe accepts it at the top of a scheme and an org chart and ignores it: it is no part of the
 * content, so it is left out of content hashes.
 */
export const EditorSchemaRef = z.string().min(1).optional();

/** The kinds of appraisal period. */
export const PeriodKind = z.enum(['month', 'quarter', 'half-year', 'year', 'project']);
/** The kinds of appraisal period. */
export type PeriodKind = z.infer<typeof PeriodKind>;
