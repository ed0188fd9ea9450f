import type { AppraisalWarning } from '../evaluate/Appraisal';
import type { LocalizedText, Provenance } from '../model/common';

/** One explained line of a regime's result: a deadline checked, an offence charged, a window summed. */
export interface RegimeLine {
  /** Message code (stable), e.g. `regime.check.late`. */
  readonly code: string;
  /** The offence, collective rule or threshold that wrote the line. */
  readonly rule: string;
  /** The order id or `breaches[2]` the line is about; `null` for totals. */
  readonly ref: string | null;
  /** Penalty points the line adds, as an exact decimal string (`"0.5"`); `"0"` for checks. */
  readonly amount: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly arithmetic: string;
  readonly message: LocalizedText;
  readonly provenance?: Provenance;
}

/** One line of the person's own fine. */
export interface FineLine {
  /** The offence or collective rule. */
  readonly rule: string;
  /** `points` — penalty points × fine per point; `offence` — a fixed fine of an offence; `collective` — the person's own share of a collective fine. */
  readonly kind: 'points' | 'offence' | 'collective';
  readonly ref: string | null;
  /** The points fined, for `points` lines (`"0.50"`). */
  readonly points: string | null;
  /** CNY, two decimals (`"50.00"`). */
  readonly amount: string;
  readonly arithmetic: string;
  readonly message: LocalizedText;
  readonly provenance: Provenance;
}

/** The person's own fine for the month: every line, and their total. */
export interface RegimeFine {
  readonly currency: 'CNY';
  /** CNY, two decimals (`"150.00"`). */
  readonly total: string;
  readonly lines: readonly FineLine[];
}

/** A fine a collective rule puts on someone other than the subject. */
export interface CollectiveFine {
  readonly rule: string;
  /** The order that brought it. */
  readonly ref: string;
  /** The person's id in the org chart; `null` when no one could be resolved (see `warnings`). */
  readonly person: string | null;
  readonly personName: string | null;
  readonly role: string;
  readonly roleName: LocalizedText;
  /** CNY, two decimals. */
  readonly amount: string;
  readonly reason: LocalizedText;
  readonly provenance: Provenance;
}

/** A sanction a threshold brought. */
export interface Sanction {
  /** The sanction kind, e.g. `dismissal`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly severity: number;
  /** The threshold that brought it. */
  readonly threshold: string;
  /** The months summed, oldest first. */
  readonly months: readonly string[];
  /** The value measured over those months (two decimals). */
  readonly value: string;
  /** The tier the value fell in, e.g. `[2, +∞)`. */
  readonly interval: string;
  readonly message: LocalizedText;
  readonly provenance: Provenance;
}

/** One month of a threshold's window. */
export interface WindowMonth {
  readonly month: string;
  readonly value: string;
  /** `period` — this month, from the input; `history` — from `history`; `none` — no history given, counted as 0. */
  readonly source: 'period' | 'history' | 'none';
}

/** What a threshold measured. */
export interface WindowTotal {
  readonly threshold: string;
  readonly months: readonly WindowMonth[];
  readonly value: string;
}

/** The identity of the regime a result came from. */
export interface RegimeStamp {
  readonly kind: 'penaltyRegime';
  readonly id: string;
  readonly version: string;
  /** `sha256:` of the regime's canonical JSON. */
  readonly hash: string;
}

/**
 * One person's month under a penalty regime. `points`, `fine` and `sanctions` are JSON-ready: points
 * and money are strings with two decimals, and `sanctions` is empty when none applies.
 */
export interface RegimeResult {
  readonly kind: 'penaltyRegime';
  readonly subject: string;
  readonly name: string | null;
  /** The month, `YYYY-MM`. */
  readonly period: string;
  readonly scheme: RegimeStamp;
  /** Penalty points of the month (`"1.50"`). */
  readonly points: string;
  readonly fine: RegimeFine;
  readonly collectiveFines: readonly CollectiveFine[];
  readonly sanctions: readonly Sanction[];
  /** The most severe sanction's id, or `none`. */
  readonly outcome: string;
  readonly windows: readonly WindowTotal[];
  readonly lines: readonly RegimeLine[];
  readonly warnings: readonly AppraisalWarning[];
}

/**
 * Whether a scheme result is a penalty regime's (rather than a scorecard's appraisal).
 *
 * @example
 * if (isRegimeResult(result)) console.log(result.points, result.fine.total, result.sanctions);
 */
export function isRegimeResult(value: unknown): value is RegimeResult {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'penaltyRegime';
}
