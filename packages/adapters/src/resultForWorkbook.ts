import type { LocalizedText } from './localizedMessage.js';

/** A line of an item's explanation (a deduction, a bonus, a cap). */
export interface ResultLineForWorkbook {
  readonly code?: string;
  readonly kind?: string;
  readonly amount?: string;
  readonly arithmetic?: string;
  readonly message: LocalizedText;
}

/** An item of a result: its contribution to the total and its lines. */
export interface ResultItemForWorkbook {
  readonly id: string;
  readonly name: LocalizedText;
  /** Decimal string, two places (`'17.14'`, `'-10.00'`). */
  readonly points: string;
  readonly lines: readonly ResultLineForWorkbook[];
}

/** A veto that applied. */
export interface ResultVetoForWorkbook {
  readonly id?: string;
  readonly message?: LocalizedText;
}

/**
 * What the results writer reads of an appraisal result: the structural part of
 * `Appraisal` from `@kaohe/core` that a sheet shows.
 */
export interface ResultForWorkbook {
  readonly subject: string;
  readonly period: string;
  readonly scheme: { readonly id: string; readonly version: string | number; readonly hash?: string; readonly name?: LocalizedText };
  /** Decimal string, two places. */
  readonly total: string;
  readonly band: { readonly id: string; readonly name: LocalizedText } | null;
  readonly outcome: string;
  readonly vetoes: readonly ResultVetoForWorkbook[];
  readonly items: readonly ResultItemForWorkbook[];
}
