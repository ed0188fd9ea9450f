import type { LocalizedText } from '@kaohe/core';
import type { HistogramBin } from './histogram';
import type { RunSummary } from './reportData';

/** A band, grade or outcome a subject is in: its id (`null` for none) and its name where the results give one. */
export interface Category {
  readonly id: string | null;
  readonly name: LocalizedText | null;
}

/** A figure before and after, and after − before. Decimal strings; `null` on a side that has no such figure. */
export interface DecimalChange {
  readonly before: string | null;
  readonly after: string | null;
  /** after − before, a side without the figure counting as 0. */
  readonly delta: string;
}

/** A category before and after. */
export interface CategoryChange {
  readonly before: Category;
  readonly after: Category;
  readonly changed: boolean;
}

/** One item's points before and after: the scorecard's item, or for a penalty regime the offence or rule its lines came from. */
export interface ItemChange extends DecimalChange {
  readonly id: string;
  readonly name: LocalizedText;
}

/** The money a result carries: a project's final bonus, or a penalty regime's fine of the person. */
export type MoneyKind = 'bonus' | 'fine';

/** One subject under both sides. */
export interface SubjectComparison {
  readonly subject: string;
  readonly name: string | null;
  readonly period: string;
  /** The total (for a penalty regime: its points). */
  readonly total: DecimalChange & { readonly before: string; readonly after: string };
  readonly band: CategoryChange;
  /** The project grade, when either side grades. */
  readonly grade: CategoryChange | null;
  readonly outcome: CategoryChange;
  /** Whether the band, the grade or the outcome changed. */
  readonly moved: boolean;
  /** The bonus or fine, when either side has one. */
  readonly money: (DecimalChange & { readonly kind: MoneyKind }) | null;
  /** The items whose points changed, largest change first (then by id); an item on one side only counts as 0 on the other. */
  readonly items: readonly ItemChange[];
  /** The part of the change of total no item carries: a deduction scheme's floor, a rater panel's composite, rounding. */
  readonly rest: string;
  /** Vetoes met on one side only. */
  readonly vetoes: { readonly added: readonly Category[]; readonly removed: readonly Category[] };
}

/** A subject appraised on one side only. */
export interface UnmatchedSubject {
  readonly subject: string;
  readonly name: string | null;
  readonly period: string;
  readonly scheme: string;
}

/** A scheme whose results one side holds. */
export interface ComparedScheme {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
  /** The scheme's name, when its compiled scheme was given. */
  readonly name: LocalizedText | null;
  /** Its results on this side. */
  readonly subjects: number;
}

/** One side of a comparison: the schemes its results came from, and the run that made them. */
export interface ComparisonSide {
  readonly label: string;
  readonly schemes: readonly ComparedScheme[];
  readonly periods: readonly string[];
  readonly subjects: number;
  readonly summary: RunSummary | null;
  readonly inputs: readonly string[];
}

/** Subjects counted by category before (row) and after (column); the diagonal holds those that stayed. */
export interface TransitionMatrix {
  readonly categories: readonly Category[];
  /** `counts[i][j]`: subjects in `categories[i]` before and `categories[j]` after. All counts add up to the subjects matched. */
  readonly counts: readonly (readonly number[])[];
}

/** An item's change summed over the subjects. */
export interface ItemTotal {
  readonly id: string;
  readonly name: LocalizedText;
  /** The sum of its change of points over every subject matched. */
  readonly delta: string;
  /** Subjects whose points on it went up, and down. */
  readonly up: number;
  readonly down: number;
}

/** A change summed over the subjects matched. */
export interface DeltaSummary {
  readonly before: string;
  readonly after: string;
  /** after − before of the sums, which is the sum of the subjects' changes. */
  readonly delta: string;
  /** The mean change per subject, to two places. */
  readonly mean: string;
  readonly min: string;
  readonly max: string;
  readonly up: number;
  readonly down: number;
  readonly same: number;
  /** The subjects' changes counted into bins of a round width. */
  readonly histogram: readonly HistogramBin[];
}

/** What changes for the population as a whole. */
export interface ComparisonTotals {
  readonly matched: number;
  readonly moved: { readonly band: number; readonly grade: number; readonly outcome: number; readonly any: number };
  readonly transitions: { readonly band: TransitionMatrix; readonly grade: TransitionMatrix | null; readonly outcome: TransitionMatrix };
  readonly total: DeltaSummary;
  readonly money: (DeltaSummary & { readonly kind: MoneyKind }) | null;
  /** Every item whose points changed for someone, largest summed change first. */
  readonly items: readonly ItemTotal[];
}

/**
 * The same population under two schemes, or two versions of one: plain, JSON-ready data whose every
 * change is an exact decimal string.
 */
export interface Comparison {
  readonly before: ComparisonSide;
  readonly after: ComparisonSide;
  /** The subjects on both sides, in the order of `before`. */
  readonly subjects: readonly SubjectComparison[];
  readonly onlyBefore: readonly UnmatchedSubject[];
  readonly onlyAfter: readonly UnmatchedSubject[];
  readonly totals: ComparisonTotals;
}
