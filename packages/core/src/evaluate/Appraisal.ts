import type { LocalizedText, Provenance } from '../model/common';
import type { RaterCombination } from '../model/raters';
import type { ScoringModel } from '../model/scorecard';
import type { VetoOutcome } from '../model/veto';
import type { LineKind } from '../rules/context';
import type { GradeResult } from '../bonus/grades';
import type { BonusResult } from '../bonus/projectBonus';
import type { SanctionResult } from '../bonus/streaks';

/** One explained line of a result: which rule, which facts, what arithmetic, in both locales, and its source. */
export interface AppraisalLine {
  /** Message code (stable), e.g. `steps.below`. */
  readonly code: string;
  readonly kind: LineKind;
  /** The item the line belongs to; `null` for the total's lines (base, floor). */
  readonly item: string | null;
  /** The rule kind that wrote the line, or `total`, `veto`, `review`. */
  readonly rule: string;
  /** The exact signed amount this line adds (a decimal string); the lines of an item add up to its points. */
  readonly amount: string;
  /** The facts this line read, as plain JSON. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** The arithmetic with the values put in. */
  readonly arithmetic: string;
  readonly message: LocalizedText;
  readonly provenance?: Provenance;
}

/** One item of a result. */
export interface ItemResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** The item's contribution to the total, rounded to two places (`"17.14"`, `"-10.00"`). */
  readonly points: string;
  /** The item's own points, if it has them. */
  readonly max: string | null;
  /** The item's weight in percent, in a weighted scheme. */
  readonly weight: string | null;
  readonly rule: string;
  readonly lines: readonly AppraisalLine[];
  readonly provenance: Provenance;
}

/** A veto that was met. */
export interface VetoResult {
  readonly id: string;
  readonly name: LocalizedText;
  readonly outcome: VetoOutcome;
  readonly condition: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly message: LocalizedText;
  readonly provenance: Provenance;
}

/** A band in a result. */
export interface BandResult {
  readonly id: string;
  readonly name: LocalizedText;
}

/** Something about the input worth knowing that did not stop the appraisal (an undeclared fact, an event outside the period). */
export interface AppraisalWarning {
  readonly code: string;
  readonly path: ReadonlyArray<string | number>;
  readonly message: LocalizedText;
}

/** One item changed by a reviewer. */
export interface ReviewAdjustment {
  readonly item: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/** What one level of the review chain saw and did. */
export interface ReviewRecord {
  readonly level: string;
  readonly name: LocalizedText;
  readonly reviewer: string | null;
  readonly adjustments: readonly ReviewAdjustment[];
  readonly total: string;
  readonly band: BandResult | null;
  readonly outcome: string;
}

/** The identity of the scheme a result came from, so it can be replayed. */
export interface SchemeStamp {
  readonly id: string;
  readonly version: string;
  /** `sha256:` of the resolved scheme's canonical JSON. */
  readonly hash: string;
  readonly model: ScoringModel;
  /** Schemes this one inherits from, nearest first. */
  readonly lineage: readonly string[];
}

/** The appraisal of one subject for one period: every point explained. */
export interface Appraisal {
  /** Tells a scorecard's result from a penalty regime's (`RegimeResult`, kind `penaltyRegime`). */
  readonly kind: 'scorecard';
  readonly subject: string;
  readonly name: string | null;
  readonly period: string;
  readonly scheme: SchemeStamp;
  /** The total, rounded to two places: the sum of the items' points (plus a base, then any floor); with a rater panel, the composite of the raters' totals. */
  readonly total: string;
  readonly band: BandResult | null;
  /** The band's id, or `fail` when a veto fails the subject. */
  readonly outcome: string;
  readonly vetoes: readonly VetoResult[];
  readonly items: readonly ItemResult[];
  /** The total's own lines: the base of a deduction scheme, a panel's composite, the floor at 0. */
  readonly lines: readonly AppraisalLine[];
  /** The review chain, first level first; empty when the scheme has none and none was given. */
  readonly reviews: readonly ReviewRecord[];
  readonly warnings: readonly AppraisalWarning[];
  /** For a scheme with a rater panel: each rater's total and how they made the composite, which is the total. */
  readonly composite?: CompositeResult;
  /** For a scheme with grades: the grade of the total (seed 002: A–E). */
  readonly grade?: GradeResult | null;
  /** For a scheme with a project bonus: base, full, final, pool, shares, payout — money as strings with two decimals. */
  readonly bonus?: BonusResult | null;
  /** For a scheme with a streak sanction: the sanction the grade history triggered, or `null`. */
  readonly sanction?: SanctionResult | null;
}

/** One rater's total in a result. */
export interface RaterTotal {
  readonly rater: string;
  readonly name: LocalizedText | null;
  /** The rater's weight, when the panel combines by weights. */
  readonly weight: string | null;
  /** The rater's total: computed items as they are, rated items as this rater rated them. */
  readonly total: string;
}

/** How a panel's raters made the composite. */
export interface CompositeResult {
  readonly combine: RaterCombination;
  /** The raters who rated, in the panel's order, with their totals. */
  readonly raters: readonly RaterTotal[];
  /** What the totals were divided by: the number of raters, the sum of their weights, or the fixed divisor. */
  readonly divisor: string;
  readonly arithmetic: string;
  /** The composite, rounded to two places: the scheme's total. */
  readonly value: string;
}
