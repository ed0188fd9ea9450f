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
  /** The veto's name, counted under in the summary sheet. */
  readonly name?: LocalizedText;
  readonly message?: LocalizedText;
}

/** The scheme a result came from. */
export interface ResultSchemeForWorkbook {
  readonly id: string;
  readonly version: string | number;
  readonly hash?: string;
  readonly name?: LocalizedText;
}

/**
 * What the results writer reads of a scorecard's appraisal: the part of `Appraisal`
 * from `@kaohe/core` that a sheet shows (an `Appraisal` is one), with the grade and
 * bonus of a project scheme when present.
 */
export interface ResultForWorkbook {
  readonly kind?: 'scorecard' | undefined;
  readonly subject: string;
  /** The subject's display name (`name` of the input), when known. */
  readonly name?: string | null | undefined;
  readonly period: string;
  readonly scheme: ResultSchemeForWorkbook;
  /** Decimal string, two places. */
  readonly total: string;
  readonly band: { readonly id: string; readonly name: LocalizedText } | null;
  readonly outcome: string;
  readonly vetoes: readonly ResultVetoForWorkbook[];
  readonly items: readonly ResultItemForWorkbook[];
  /** A project scheme's grade (A–E). */
  readonly grade?: { readonly id: string; readonly name: LocalizedText } | null;
  /** A project scheme's bonus: money as strings with two decimals. */
  readonly bonus?: { readonly base: string; readonly full: string; readonly final: string; readonly pool: string } | null;
  /** A streak sanction the grade history triggered. */
  readonly sanction?: { readonly id: string; readonly name: LocalizedText } | null;
}

/**
 * What the results writer reads of a penalty regime's result (`RegimeResult` of
 * `@kaohe/core` is one): the month's points, the person's fine and the sanctions.
 */
export interface RegimeResultForWorkbook {
  readonly kind: 'penaltyRegime';
  readonly subject: string;
  /** The subject's display name (`name` of the input), when known. */
  readonly name?: string | null | undefined;
  readonly period: string;
  readonly scheme: ResultSchemeForWorkbook;
  /** Penalty points, two places. */
  readonly points: string;
  readonly fine: { readonly total: string; readonly lines: readonly { readonly message: LocalizedText }[] };
  readonly sanctions: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly outcome: string;
  readonly lines: readonly { readonly message: LocalizedText }[];
}

/** Any result the writer takes: `SchemeResult` of `@kaohe/core` (an `Appraisal` or a `RegimeResult`) is one. */
export type WorkbookResult = ResultForWorkbook | RegimeResultForWorkbook;

/**
 * A row of an input that was not used (or one bad cell of it), or a subject that could not be
 * appraised, for the workbook's sheet of rejected rows: the CLI's `--rejects` rows and the
 * `rejected` entries of its JSON are ones.
 */
export interface RejectedRowForWorkbook {
  readonly sheet?: string | null | undefined;
  /** The row's number in its sheet, or a text such as `3, 5` (the rows of a withheld subject) or `#2` (the 2nd subject). */
  readonly row?: number | string | null | undefined;
  /** The column's letter, or the field of a subject that could not be appraised. */
  readonly column?: string | null | undefined;
  readonly value?: unknown;
  readonly reason: string;
}

/** The counts of a run, for the summary sheet: rows (or subjects) read, appraised, rejected, and subjects that could not be appraised. */
export interface RunCountsForWorkbook {
  readonly read: number;
  readonly appraised: number;
  readonly rejected: number;
  readonly errors?: number | undefined;
}
