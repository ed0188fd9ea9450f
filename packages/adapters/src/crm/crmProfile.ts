import { z } from 'zod';
import { AdapterError } from '../AdapterError.js';
import { isKnownTimeZone } from '../zoneOffset.js';
import { CRM_DATE_ORDERS } from './calendarDay.js';
import { CrmTablesSchema } from './crmTables.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const safeName = z.string().refine((n) => NAME.test(n) && !FORBIDDEN.has(n), { message: 'must be a name such as contractValue' });

/** A field of a record, or of a record nested in it: `Amount`, `Account.Name`, `properties.amount`. */
const fieldPath = z.string().refine((p) => p.split('.').every((s) => s.length > 0 && !FORBIDDEN.has(s)), { message: 'must be a field name or a dotted path' });

/** A stage of seed 002's CRM: 2 深度接触, 3 方案确认, 4 招投标, 6 施工准备, 7 工程施工, 8 工程验收. */
const stageNumber = z.string().regex(/^[1-9]\d?$/, { message: 'must be a stage number such as "6"' });

/**
 * A day the profile reads: a date field of the record, the day a stage was first entered,
 * the day a stage was last left, or another fact that is a date (`acceptedOn`).
 */
const datePoint = z.union([
  z.strictObject({ field: fieldPath }),
  z.strictObject({ stageEntered: stageNumber }),
  z.strictObject({ stageLeft: stageNumber }),
  z.strictObject({ fact: safeName }),
]);

/** How a field's value is read: `money` and `decimal` take "1,234,567.00"; `percent` reads 40 as 0.4 (Salesforce percent fields). */
export const CRM_FIELD_TYPES = ['money', 'decimal', 'percent', 'integer', 'date', 'text', 'boolean', 'choice'] as const;

const fieldSource = z
  .strictObject({
    field: fieldPath,
    type: z.enum(CRM_FIELD_TYPES),
    /** `choice`: each value the scheme accepts and the values the CRM writes for it. */
    values: z.record(safeName.or(z.string().regex(/^[a-z][a-z-]*$/)), z.array(z.string().min(1)).min(1)).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'choice' && (s.values === undefined || Object.keys(s.values).length === 0)) ctx.addIssue({ code: 'custom', message: 'a choice field needs values', path: ['values'] });
  });

/** A fact: one field, whole days between two days, the final payment's date, or a count of related records. */
const factSource = z.union([
  fieldSource,
  z.strictObject({ days: z.strictObject({ from: datePoint, to: datePoint }) }),
  z.strictObject({ finalPayment: z.literal(true) }),
  z.strictObject({
    count: z.strictObject({
      relationship: fieldPath,
      /** Only related records whose field has one of these values (written as text: "true", "我方责任"). */
      where: z.strictObject({ field: fieldPath, values: z.array(z.string()).min(1) }).optional(),
    }),
  }),
]);

const facts = z.record(safeName, factSource);

/** A CRM profile: which record fields carry a project's facts, and how the CRM's stages map to seed 002's. */
export const CrmProfileSchema = z
  .strictObject({
    /** A name for the profile (`salesforce`, `hubspot-export`). */
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { message: 'must be a name such as my-crm' }),
    /** The CRM the records come from, named in provenance (`salesforce`, `hubspot`, `fxiaoke`, or your own). */
    vendor: z.string().min(1),
    description: z.string().optional(),
    /** The zone date-times are read in, to give the calendar day a stage changed (default Asia/Shanghai). */
    timeZone: z.string().refine(isKnownTimeZone, { message: 'unknown time zone' }).default('Asia/Shanghai'),
    /** How dates written as text are ordered (`ymd` 2026/9/28, `mdy` 9/28/2026, `dmy` 28/9/2026): exports follow the user's locale. */
    dates: z.enum(CRM_DATE_ORDERS).default('ymd'),
    /** How exported tables (CSV, workbooks, query results as rows) become records; needed only to read tables. */
    tables: CrmTablesSchema.optional(),
    /** The field naming the project (the subject of the appraisal); the record id when absent. */
    subject: fieldPath.optional(),
    /** The field with the project's display name. */
    name: fieldPath.optional(),
    currency: z
      .strictObject({
        /** The field with the record's currency (`CurrencyIsoCode`). */
        field: fieldPath.optional(),
        /** The only currency accepted: a record in another is refused, never converted. */
        expected: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
        /** The currency of a record without the field (a single-currency CRM): absent means the record is refused. */
        whenAbsent: z.string().regex(/^[A-Z]{3}$/).optional(),
        /** Currencies written as words (人民币, 美元) and the ISO code each is. */
        names: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)).default({}),
      })
      .default({ expected: 'CNY', names: {} }),
    /** Each stage value the CRM writes (name or id) and seed 002's stage number it is. */
    stages: z.record(z.string().min(1), stageNumber),
    /** The payments (回款) of a project, to find when the final payment, retention money excluded, was collected. */
    payments: z
      .strictObject({
        relationship: fieldPath,
        amount: fieldPath,
        /** The day the payment was collected; empty while it is still due. */
        collectedOn: fieldPath,
        /** The field telling the kind of payment, and the values that mean retention money (质保金). */
        kind: fieldPath,
        retention: z.array(z.string().min(1)).min(1),
      })
      .optional(),
    /** Facts read for every scheme. */
    facts: facts.default({}),
    /** Per scheme id: facts added or overriding the common ones, and the facts without which a project is not ready yet. */
    schemes: z
      .record(
        z.string().min(1),
        z.strictObject({
          facts: facts.default({}),
          /** A project lacking one of these is listed as not ready (not scored), not as an error. */
          readyWhen: z.array(safeName).default([]),
        }),
      )
      .default({}),
  })
  .superRefine((p, ctx) => {
    const usesPayments = [p.facts, ...Object.values(p.schemes).map((s) => s.facts)].some((f) => Object.values(f).some((s) => 'finalPayment' in s));
    if (usesPayments && p.payments === undefined) ctx.addIssue({ code: 'custom', message: 'a finalPayment fact needs payments', path: ['payments'] });
  });

/** A CRM profile, validated, defaults filled in. */
export type CrmProfile = z.output<typeof CrmProfileSchema>;
/** A CRM profile as written in JSON. */
export type CrmProfileInput = z.input<typeof CrmProfileSchema>;
/** Where one fact comes from. */
export type CrmFactSource = z.output<typeof factSource>;
/** A day a profile reads. */
export type CrmDatePoint = z.output<typeof datePoint>;
/** A type of {@link CRM_FIELD_TYPES}. */
export type CrmFieldType = (typeof CRM_FIELD_TYPES)[number];

/**
 * A CRM profile checked against {@link CrmProfileSchema}, defaults filled in.
 *
 * @example
 * const profile = parseCrmProfile(JSON.parse(readFileSync('my-crm.json', 'utf8')));
 * @throws AdapterError `crmProfileInvalid`, listing every problem with its path.
 */
export function parseCrmProfile(data: unknown): CrmProfile {
  const parsed = CrmProfileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`).join('; ');
  throw new AdapterError('crmProfileInvalid', { issues }, parsed.error.issues[0]?.path.map((s) => (typeof s === 'symbol' ? String(s) : s)) ?? []);
}

/**
 * A profile with some facts replaced for one scheme (`actualDays` from other stages, say),
 * checked again.
 *
 * @example
 * withSchemeFacts(salesforceProfile, 'tech-department/implementation-project', { actualDays: { days: { from: { stageEntered: '7' }, to: { fact: 'acceptedOn' } } } })
 * @throws AdapterError `crmProfileInvalid` when the result is not a valid profile.
 */
export function withSchemeFacts(profile: CrmProfileInput, schemeId: string, overrides: Record<string, unknown>): CrmProfile {
  const scheme = profile.schemes?.[schemeId];
  return parseCrmProfile({ ...profile, schemes: { ...profile.schemes, [schemeId]: { ...scheme, facts: { ...scheme?.facts, ...overrides } } } });
}
