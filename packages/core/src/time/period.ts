import type { PeriodKind } from '../model/common';
import type { LocalDate } from '../rules/factValue';
import { makeLocalDate } from './zonedDate';

/** An appraisal period with its first and last local dates (a project period has none). */
export interface ResolvedPeriod {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly start: LocalDate | undefined;
  /** Inclusive. */
  readonly end: LocalDate | undefined;
  /** The calendar months of the period, `YYYY-MM`. */
  readonly months: readonly string[];
}

const PATTERNS: Record<Exclude<PeriodKind, 'project'>, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  'half-year': /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
};

/** How a period of each kind is written, for error messages. */
export const PERIOD_FORMATS: Record<PeriodKind, string> = {
  month: 'YYYY-MM',
  quarter: 'YYYY-Qn',
  'half-year': 'YYYY-Hn',
  year: 'YYYY',
  project: 'any project id',
};

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function span(id: string, kind: PeriodKind, year: number, firstMonth: number, monthCount: number): ResolvedPeriod {
  const months: string[] = [];
  for (let m = firstMonth; m < firstMonth + monthCount; m += 1) months.push(`${year}-${String(m).padStart(2, '0')}`);
  const lastMonth = firstMonth + monthCount - 1;
  return {
    id,
    kind,
    start: makeLocalDate(year, firstMonth, 1),
    end: makeLocalDate(year, lastMonth, lastDayOf(year, lastMonth)),
    months,
  };
}

/**
 * Reads a period written as `2026-07`, `2026-Q3`, `2026-H2` or `2026` (or any id, for a project).
 * Returns `undefined` when the text does not fit the kind.
 *
 * @example
 * parsePeriod('2026-Q3', 'quarter')?.months; // ['2026-07', '2026-08', '2026-09']
 */
export function parsePeriod(text: string, kind: PeriodKind): ResolvedPeriod | undefined {
  if (kind === 'project') {
    return text.trim() === '' ? undefined : { id: text, kind, start: undefined, end: undefined, months: [] };
  }
  const match = PATTERNS[kind].exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  switch (kind) {
    case 'month':
      return span(text, kind, year, Number(match[2]), 1);
    case 'quarter':
      return span(text, kind, year, (Number(match[2]) - 1) * 3 + 1, 3);
    case 'half-year':
      return span(text, kind, year, (Number(match[2]) - 1) * 6 + 1, 6);
    case 'year':
      return span(text, kind, year, 1, 12);
  }
}

/** Whether a local date lies in the period (always true for a project period). */
export function periodContains(period: ResolvedPeriod, date: LocalDate): boolean {
  if (period.start === undefined || period.end === undefined) return true;
  return date.iso >= period.start.iso && date.iso <= period.end.iso;
}
