import { z } from 'zod';
import { isKnownTimeZone } from './zoneOffset.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isSafeName(name: string): boolean {
  return NAME.test(name) && !FORBIDDEN.has(name);
}

/**
 * Where a column's value goes. In a `perSubject` table: `subject`, `period`, `name`
 * (the subject's display name, a text cell; an empty cell leaves it out), a fact
 * name (`lateSubmissions`), `ratings.<item>` or `ratings.<item>.<rater>`. In a
 * `perEvent` table: `subject`, `period` or a field of the event (`at`), also written
 * `fields.<name>` (for an event field named `subject`, `period` or `name`).
 */
const target = z.string().refine(
  (t) => {
    if (t === 'subject' || t === 'period' || t === 'name') return true;
    const segments = t.split('.');
    if (segments[0] === 'ratings') return (segments.length === 2 || segments.length === 3) && segments.slice(1).every(isSafeName);
    if (segments[0] === 'fields') return segments.length === 2 && isSafeName(segments[1] ?? '');
    return segments.length === 1 && isSafeName(t);
  },
  { message: 'must be subject, period, name, a fact or field name, fields.<field>, ratings.<item> or ratings.<item>.<rater>' },
);

/** How a column's cells are read. */
export const COLUMN_TYPES = ['text', 'decimal', 'integer', 'boolean', 'date', 'dateTime', 'choice'] as const;

const column = z
  .strictObject({
    /** Where the value goes (see above). */
    to: target,
    /** The header and its aliases, in Chinese or English; compared without case, width or spaces. */
    headers: z.array(z.string().min(1)).min(1),
    /** How cells are read; `text` when absent. */
    type: z.enum(COLUMN_TYPES).default('text'),
    /** Whether the header must be present (default true). */
    required: z.boolean().default(true),
    /** Whether an empty cell is allowed: the value is then left out, never defaulted (default false). */
    allowEmpty: z.boolean().default(false),
    /** `decimal`: a bare number is a percentage (85 → 0.85), for headers such as "完成率(%)". */
    percent: z.boolean().default(false),
    /** `decimal`/`integer`: the smallest and largest values accepted. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** `choice`: each accepted value and the words people write for it. */
    values: z.record(z.string(), z.array(z.string().min(1))).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.type === 'choice' && (!c.values || Object.keys(c.values).length === 0)) {
      ctx.addIssue({ code: 'custom', message: 'a choice column needs values', path: ['values'] });
    }
    if (c.values && Object.keys(c.values).some((k) => FORBIDDEN.has(k))) {
      ctx.addIssue({ code: 'custom', message: 'reserved key in values', path: ['values'] });
    }
  });

const table = z
  .strictObject({
    /** A name for the table, used in reports. */
    id: z.string().regex(NAME),
    /** `perSubject`: a row per subject. `perEvent`: a row per event, grouped by subject into the array fact `fact`. */
    mode: z.enum(['perSubject', 'perEvent']),
    /** `perEvent`: the array fact the events go into (`outages`). */
    fact: z.string().refine(isSafeName).optional(),
    /** Names of the sheets this table is on (aliases); when absent, any sheet whose header row matches. */
    sheets: z.array(z.string().min(1)).optional(),
    /** How many rows to search for the header row, below title rows (default 20). */
    headerSearchRows: z.number().int().min(1).max(1000).default(20),
    /** Headers known and deliberately not read (序号, 部门, 备注). */
    ignoreHeaders: z.array(z.string()).default([]),
    columns: z.array(column).min(1),
  })
  .superRefine((t, ctx) => {
    if (t.mode === 'perEvent' && !t.fact) ctx.addIssue({ code: 'custom', message: 'a perEvent table needs fact', path: ['fact'] });
    if (t.mode === 'perSubject' && t.fact) ctx.addIssue({ code: 'custom', message: 'fact is for perEvent tables', path: ['fact'] });
    if (!t.columns.some((c) => c.to === 'subject' && c.required)) {
      ctx.addIssue({ code: 'custom', message: 'a table needs a required subject column', path: ['columns'] });
    }
    const seen = new Set<string>();
    t.columns.forEach((c, i) => {
      if (seen.has(c.to)) ctx.addIssue({ code: 'custom', message: `two columns go to ${c.to}`, path: ['columns', i, 'to'] });
      seen.add(c.to);
      if (t.mode === 'perEvent' && c.to.startsWith('ratings.')) {
        ctx.addIssue({ code: 'custom', message: 'ratings are not event fields', path: ['columns', i, 'to'] });
      }
      if (c.to === 'name' && t.mode === 'perEvent') {
        ctx.addIssue({ code: 'custom', message: 'name (the subject\'s display name) is for perSubject tables; use fields.name for an event field', path: ['columns', i, 'to'] });
      }
      if (c.to === 'name' && c.type !== 'text') {
        ctx.addIssue({ code: 'custom', message: 'a name column is text', path: ['columns', i, 'type'] });
      }
      if (t.mode === 'perSubject' && c.to.startsWith('fields.')) {
        ctx.addIssue({ code: 'custom', message: 'fields.<name> is for perEvent tables', path: ['columns', i, 'to'] });
      }
    });
  });

/** The zod schema of a column mapping (plain JSON). */
export const MappingSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The mapping's id; the default mappings use the preset id. */
  id: z.string().min(1),
  /** The preset or scheme the mapping feeds. */
  preset: z.string().optional(),
  name: z.strictObject({ 'zh-CN': z.string(), en: z.string() }).optional(),
  /** The zone of date-times written without an offset (default Asia/Shanghai). */
  timeZone: z.string().refine(isKnownTimeZone, { message: 'unknown time zone' }).default('Asia/Shanghai'),
  /** Whether workbook dates use the 1904 system (old Mac files); CSV serial numbers too. */
  date1904: z.boolean().default(false),
  tables: z.array(table).min(1),
});

/** A validated mapping, defaults filled in. */
export type Mapping = z.output<typeof MappingSchema>;
/** A mapping as written in JSON (defaults may be left out). */
export type MappingInput = z.input<typeof MappingSchema>;
/** One table of a mapping. */
export type MappingTable = Mapping['tables'][number];
/** One column of a table. */
export type MappingColumn = MappingTable['columns'][number];
/** A column type. */
export type ColumnType = (typeof COLUMN_TYPES)[number];
