import type { Decimal } from '../decimal';
import type { MessageParams } from '../locales/render';
import type { RaterPanel } from '../model/raters';
import type { ResolvedPeriod } from '../time/period';
import type { EventValue, FactValue } from './factValue';

/** What a rule sees while it evaluates one subject. */
export interface EvaluationContext {
  /** Converted facts, keyed by name (a null-prototype record). */
  readonly facts: Readonly<Record<string, FactValue | undefined>>;
  /** Raw ratings of the input, keyed by item id (a null-prototype record). */
  readonly ratings: Readonly<Record<string, unknown>>;
  readonly period: ResolvedPeriod;
  readonly timeZone: string;
  /** Points of the items evaluated so far. */
  readonly items: ReadonlyMap<string, Decimal>;
  /** The value a `tiers` rule measured, for `{ value: true }`. */
  readonly value?: Decimal;
  /** The event being filtered or scored, for `{ field }`. */
  readonly event?: EventValue;
  /** The rater ids of the scheme's panel, for rated items that name none. */
  readonly panelRaters?: readonly string[] | undefined;
  /** The scheme's rater panel: rated items that name no raters combine as it does (mean or weights). */
  readonly panel?: RaterPanel | undefined;
  /**
   * `false` when the caller asked for no explanation: rules then build no lines. `'eager'` when the
   * lines are built to be read (serialised or shown): their messages are then plain strings.
   */
  readonly explain?: boolean | 'eager' | undefined;
}

/** The kinds of explanation lines. */
export type LineKind = 'base' | 'score' | 'deduction' | 'bonus' | 'floor' | 'cap' | 'rounding' | 'weight' | 'veto' | 'adjustment' | 'note' | 'composite';

/** An explanation line as a rule writes it, before messages are rendered. */
export interface LineDraft {
  /** Message code under `line.` in the locales. */
  readonly code: string;
  readonly kind: LineKind;
  readonly amount: Decimal;
  /** The facts this line read, as plain JSON. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** The arithmetic, with the values put in. */
  readonly arithmetic: string;
  readonly params: MessageParams;
}

/** What a rule returns for one item: its raw score (before the item's bounds) and the lines that make it. */
export interface RuleOutcome {
  readonly score: Decimal;
  readonly lines: readonly LineDraft[];
}
