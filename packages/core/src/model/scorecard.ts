import * as z from 'zod';
import { Band, HitPolicy } from './bands';
import { DecimalLikeSchema, EditorSchemaRef, Id, LocalizedText, PeriodKind, Provenance, SchemeStatus, ScoringModel, SourceName } from './common';
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

// Defined beside the other shared enums, so that explanations can name them without the item schema.
export { ScoringModel, SchemeStatus } from './common';

/** A reading a scheme chose where its source is ambiguous, beside the literal one. */
export const Reading = z.strictObject({
  id: Id.describe('The reading\'s id.'),
  chosen: LocalizedText.describe('The reading the scheme follows.'),
  literal: LocalizedText.optional().describe('The literal reading of the text, where it differs.'),
  provenance: Provenance.describe('The clause that is ambiguous.'),
}).meta({ examples: [{ id: 'bands-80-90', chosen: { 'zh-CN': '良好为 [80, 90)', en: 'good is [80, 90)' }, literal: { 'zh-CN': '良好为 90 分以上', en: 'good is 90 and above' }, provenance: { inferred: 'the literal bands leave (80, 90) unrated' } }] });
/** A reading a scheme chose. */
export type Reading = z.infer<typeof Reading>;

/**
 * A scorecard: the appraisal scheme of a position. Plain JSON; with `extends`, every field left out
 * is taken from the parent scheme.
 */
export const Scorecard = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of kaohe\'s scheme format: 1.'),
  kind: z.literal('scorecard').describe('What this file is: a scorecard.'),
  id: Id.describe('The scheme\'s id; `extends` and results name it.'),
  version: z.string().min(1).meta({ description: 'The scheme\'s own version, shown with every result.', examples: ['1.0.0', '2026'] }),
  name: LocalizedText.describe('The scheme\'s name, e.g. 网络运维主管考核 / Network operations supervisor.'),
  description: LocalizedText.optional().describe('What the scheme appraises, in both languages.'),
  status: SchemeStatus.default('complete').describe('Where the scheme stands; `complete` unless set.'),
  organisation: Id.optional().describe('The organisation this scheme appraises in.'),
  roles: z.array(Id).optional().describe('The roles of the organisation this scheme appraises.'),
  extends: Id.optional().describe('The id of a scheme whose fields this one inherits: every field left out here is taken from it.'),
  period: PeriodKind.optional().describe('The appraisal period; required here or in a parent scheme.'),
  model: ScoringModel.optional().describe('How items make the total; required here or in a parent scheme.'),
  base: DecimalLikeSchema.optional().meta({ description: 'The starting total of a `deduction` scheme; 100 unless set here or in a parent.', default: 100 }),
  declaredTotal: DecimalLikeSchema.optional().describe('The total the items\' points should add up to, as the document says (checked by the linter).'),
  totalFloor: DecimalLikeSchema.optional().meta({ description: 'The lowest total; 0 unless set (here or in a parent). The floor shows as a line of its own.', default: 0 }),
  items: z.array(Item).optional().describe('The items (KPIs) in order; an item may read only items before it. Required here or in a parent scheme.'),
  vetoes: z.array(Veto).optional().describe('一票否决: conditions that override the outcome whatever the score; none unless set.'),
  bands: z.array(Band).optional().describe('The rating bands of the total; none unless set.'),
  bandPolicy: HitPolicy.optional().meta({ description: 'How the bands are matched: `unique` (bands must not overlap) unless set here or in a parent; `first` for lists written from the top ("X以上").', default: 'unique' }),
  panel: RaterPanel.optional().describe('The raters of the scheme and how their totals make the composite.'),
  grades: z.array(Grade).min(1).optional().describe('Project grades (A–E) with the share of the full bonus each earns, matched on the total in order.'),
  bonus: ProjectBonus.optional().describe('A project bonus computed from the contract value, the grade and the vetoes.'),
  sanction: GradeStreakSanction.optional().describe('A sanction on consecutive grades from the subject\'s grade history.'),
  review: ReviewChain.optional().describe('Who appraises and re-appraises (由直接主管评价,部门负责人复评).'),
  inputs: z.array(FactSpec).optional().describe('The facts an input must or may carry: the input contract. When absent, facts are read as they come.'),
  timeZone: z.string().min(1).optional().meta({ description: 'The IANA time zone events are dated in; `Asia/Shanghai` unless set here or in a parent.', default: 'Asia/Shanghai', examples: ['Asia/Shanghai'] }),
  readings: z.array(Reading).optional().describe('Readings the scheme chose where its source is ambiguous, beside the literal ones.'),
  sources: z.array(SourceName).optional().describe('The source documents the scheme is written from.'),
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
