import { isDecimalString, type SchemeResult } from '@kaohe/core';
import { z } from 'zod';

const Text = z.looseObject({ 'zh-CN': z.string(), en: z.string() });
const Dec = z.string().refine(isDecimalString, { message: 'not a decimal string' });
const Prov = z.looseObject({ source: z.string().optional(), clause: z.string().optional(), inferred: z.string().optional() });
const Line = z.looseObject({ amount: Dec, arithmetic: z.string(), message: Text, provenance: Prov.optional() });
const Named = z.looseObject({ id: z.string(), name: Text });
const Stamp = z.looseObject({ id: z.string(), version: z.string(), hash: z.string() });

/** The fields every result has: who, when, under which scheme. */
const subjectFields = { subject: z.string(), name: z.string().nullable(), period: z.string(), scheme: Stamp };

const ScorecardResult = z.looseObject({
  kind: z.literal('scorecard'),
  ...subjectFields,
  total: Dec,
  band: Named.nullable(),
  outcome: z.string(),
  vetoes: z.array(Named.extend({ message: Text, provenance: Prov })),
  items: z.array(Named.extend({ points: Dec, max: Dec.nullable(), weight: Dec.nullable(), lines: z.array(Line), provenance: Prov })),
  lines: z.array(Line),
  reviews: z.array(z.looseObject({ level: z.string(), name: Text, reviewer: z.string().nullable(), adjustments: z.array(z.looseObject({ item: z.string(), from: z.string(), to: z.string(), reason: z.string() })), total: z.string(), outcome: z.string() })),
  warnings: z.array(z.looseObject({ message: Text })),
  grade: Named.extend({ interval: z.string(), factor: z.string() }).nullable().optional(),
  bonus: z
    .looseObject({
      full: Dec,
      final: Dec,
      pool: Dec,
      director: Dec.nullable(),
      shares: z.looseObject({ leader: Dec, engineers: Dec }).nullable(),
      lines: z.array(z.looseObject({ amount: z.string(), arithmetic: z.string(), message: Text })),
    })
    .nullable()
    .optional(),
});

const RegimeResult = z.looseObject({
  kind: z.literal('penaltyRegime'),
  ...subjectFields,
  points: Dec,
  fine: z.looseObject({ total: Dec, lines: z.array(z.looseObject({ amount: Dec, arithmetic: z.string(), message: Text, provenance: Prov })) }),
  collectiveFines: z.array(z.looseObject({ person: z.string().nullable(), personName: z.string().nullable(), roleName: Text, amount: Dec, reason: Text })),
  sanctions: z.array(Named.extend({ value: z.string(), interval: z.string(), message: Text })),
  outcome: z.string(),
  windows: z.array(z.looseObject({ threshold: z.string(), value: z.string(), months: z.array(z.looseObject({ month: z.string(), value: z.string() })) })),
  lines: z.array(Line),
  warnings: z.array(z.looseObject({ message: Text })),
});

/** The parts of a scheme result the report reads, checked before any of it is rendered. */
export const ReportResult = z.discriminatedUnion('kind', [ScorecardResult, RegimeResult]);

/** A subject that could not be appraised (a JSONL `error` line). */
export const ReportError = z.looseObject({
  file: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
  field: z.string().nullable().optional(),
  code: z.string(),
  message: z.string(),
});
/** A subject that could not be appraised. */
export type ReportError = z.infer<typeof ReportError>;

/** A row of an input file that was not used (a JSONL `rejected` line). */
export const RejectedRow = z.looseObject({
  file: z.string().nullable().optional(),
  sheet: z.string().nullable().optional(),
  row: z.union([z.number(), z.string()]).nullable().optional(),
  column: z.string().nullable().optional(),
  value: z.unknown().optional(),
  reason: z.string(),
});
/** A row of an input file that was not used. */
export type RejectedRow = z.infer<typeof RejectedRow>;

/** What a run asks to look at without failing it (a JSONL `warning` line): a project not ready, a time zone assumed, a month missing from the history. */
export const RunWarning = z.looseObject({
  code: z.string(),
  message: z.string(),
  file: z.string().nullable().optional(),
  sheet: z.string().nullable().optional(),
  row: z.union([z.number(), z.string()]).nullable().optional(),
  column: z.string().nullable().optional(),
  record: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
});
/** What a run asks to look at without failing it. */
export type RunWarning = z.infer<typeof RunWarning>;

/** The closing counts of a run (a JSONL `summary` line). */
export const RunSummary = z.looseObject({
  read: z.number().int().nonnegative(),
  appraised: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
});
/** The closing counts of a run. */
export type RunSummary = z.infer<typeof RunSummary>;

/** Everything a report shows: the results and what the run could not use. */
export interface ReportData {
  readonly results: readonly SchemeResult[];
  readonly errors: readonly ReportError[];
  readonly rejected: readonly RejectedRow[];
  /** The summary line, when the results came with one. */
  readonly summary: RunSummary | null;
  /** The run's warnings, when the results came with them. */
  readonly warnings?: readonly RunWarning[];
}
