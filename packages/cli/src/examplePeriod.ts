import { PERIOD_FORMATS, type PeriodKind } from '@kaohe/core';

/** A period of each kind as written (see `PERIOD_FORMATS` of `@kaohe/core`). */
const EXAMPLES: Readonly<Record<string, string>> = {
  month: '2026-09',
  quarter: '2026-Q3',
  'half-year': '2026-H2',
  year: '2026',
  project: 'P-2026-01',
};

/**
 * A period written the way a scheme's period kind reads it, for messages and sample rows:
 * `2026-Q3` for a quarterly scheme, `2026-09` for a monthly one.
 *
 * @example
 * examplePeriod({ period: 'month' }) // '2026-09'
 */
export function examplePeriod(scheme: unknown): string {
  const kind = periodKindOf(scheme);
  return (kind === undefined ? undefined : EXAMPLES[kind]) ?? '2026-Q3';
}

/**
 * The period kind a scheme's `--period` is written in: a penalty regime's is `month`.
 *
 * @example
 * periodKindOf({ kind: 'penaltyRegime' }) // 'month'
 */
export function periodKindOf(scheme: unknown): PeriodKind | undefined {
  if (typeof scheme !== 'object' || scheme === null) return undefined;
  // A penalty regime counts its points by the month: it has no period kind of its own.
  if ((scheme as { kind?: unknown }).kind === 'penaltyRegime') return 'month';
  const kind = (scheme as { period?: unknown }).period;
  return typeof kind === 'string' && kind in PERIOD_FORMATS ? (kind as PeriodKind) : undefined;
}
