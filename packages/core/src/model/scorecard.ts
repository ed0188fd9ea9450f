import { z } from 'zod';
import { Band, HitPolicy } from './bands';
import { DecimalLikeSchema, EditorSchemaRef, Id, LocalizedText, PeriodKind, Provenance } from './common';
import { FactSpec } from './inputs';
import { Item } from './item';
import { RaterPanel } from './raters';
import { ReviewChain } from './review';
import { Veto } from './veto';
import { Grade } from '../bonus/grades';
import { ProjectBonus } from '../bonus/projectBonus';
import { GradeStreakSanction } from '../bonus/streaks';

/** The version of kaohe's scheme format. */
export const SCHEMA_VERSION = 1;

/**
 * How a scorecard's items make its total: `points` — the sum of items with points; `deduction` —
 * a base (such as 100) plus deduction and bonus items; `weighted` — Σ weight × achievement (0–100).
 */
export const ScoringModel = z.enum(['points', 'deduction', 'weighted']);
/** How a scorecard's items make its total. */
export type ScoringModel = z.infer<typeof ScoringModel>;

/** Where a scheme stands: ready to use, an incomplete source kept as a draft, or a template to fill in. */
export const SchemeStatus = z.enum(['complete', 'draft', 'template']);
/** Where a scheme stands. */
export type SchemeStatus = z.infer<typeof SchemeStatus>;

/** A reading a scheme chose where its source is ambiguous, beside the literal one. */
export const Reading = z.strictObject({
  id: Id,
  chosen: LocalizedText,
  literal: LocalizedText.optional(),
  provenance: Provenance,
});
/** A reading a scheme chose. */
export type Reading = z.infer<typeof Reading>;

/**
 * A scorecard: the appraisal scheme of a position. Plain JSON; with `extends`, every field left out
 * is taken from the parent scheme.
 */
export const Scorecard = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('scorecard'),
  id: Id,
  version: z.string().min(1),
  name: LocalizedText,
  description: LocalizedText.optional(),
  status: SchemeStatus.default('complete'),
  /** The organisation and roles this scheme appraises. */
  organisation: Id.optional(),
  roles: z.array(Id).optional(),
  /** The id of a scheme whose items, bands and vetoes this one inherits. */
  extends: Id.optional(),
  period: PeriodKind.optional(),
  model: ScoringModel.optional(),
  /** The starting total of a `deduction` scheme (e.g. 100). */
  base: DecimalLikeSchema.optional(),
  /** The total the items' points should add up to (checked by the linter). */
  declaredTotal: DecimalLikeSchema.optional(),
  /** The lowest total; 0 unless set. The floor shows as a line of its own. */
  totalFloor: DecimalLikeSchema.optional(),
  items: z.array(Item).optional(),
  vetoes: z.array(Veto).optional(),
  bands: z.array(Band).optional(),
  bandPolicy: HitPolicy.optional(),
  panel: RaterPanel.optional(),
  /** Project grades (seed 002: A–E) with the share of the full bonus each earns, matched on the total in order. */
  grades: z.array(Grade).min(1).optional(),
  /** A project bonus computed from the contract value, the grade and the vetoes. */
  bonus: ProjectBonus.optional(),
  /** A sanction on consecutive grades from the subject's grade history. */
  sanction: GradeStreakSanction.optional(),
  review: ReviewChain.optional(),
  inputs: z.array(FactSpec).optional(),
  /** IANA time zone events are dated in; `Asia/Shanghai` unless set. */
  timeZone: z.string().min(1).optional(),
  readings: z.array(Reading).optional(),
  sources: z.array(z.string().min(1)).optional(),
});
/** A scorecard as parsed (fields may be inherited through `extends`). */
export type Scorecard = z.infer<typeof Scorecard>;
/** A scorecard as written. */
export type ScorecardInput = z.input<typeof Scorecard>;

/** A scorecard with its inheritance resolved and its defaults applied: every field a scheme needs is there. */
export interface ResolvedScorecard extends Omit<Scorecard, 'period' | 'model' | 'items' | 'vetoes' | 'bands' | 'bandPolicy' | 'inputs' | 'timeZone' | 'readings' | 'sources'> {
  readonly period: PeriodKind;
  readonly model: ScoringModel;
  readonly items: Item[];
  readonly vetoes: Veto[];
  readonly bands: Band[];
  readonly bandPolicy: HitPolicy;
  readonly inputs: FactSpec[];
  readonly timeZone: string;
  readonly readings: z.infer<typeof Reading>[];
  readonly sources: string[];
  /** The chain of scheme ids this one inherits from, nearest first. */
  readonly lineage: string[];
}
