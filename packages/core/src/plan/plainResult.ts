import type { Appraisal, AppraisalLine, BandResult, ItemResult, SchemeStamp } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';
import type { Plan, PlanBand } from './compilePlan';
import { formatCents } from './Exact';

function bandOf(bands: readonly PlanBand[], cents: number): PlanBand | undefined {
  for (const band of bands) if (cents >= band.low && cents <= band.high) return band;
  return undefined;
}

/** A band as a result names it. */
export const bandResultOf = (band: PlanBand | undefined): BandResult | null => (band === undefined ? null : { id: band.id, name: band.name });

/** A subject's total in hundredths, before and after the scheme's floor, and its band. */
export interface PlanFigures {
  /** The base plus the items' points, before the floor. */
  readonly sum: number;
  readonly total: number;
  readonly band: PlanBand | undefined;
}

/** The figures of items' points in hundredths; `undefined` past the safe integer range. */
export function figuresOf(plan: Plan, cents: readonly number[]): PlanFigures | undefined {
  let sum = plan.baseCents;
  for (const points of cents) sum += points;
  if (!Number.isSafeInteger(sum)) return undefined;
  return figuresOfSum(plan, sum);
}

/** The figures of a total in hundredths before the floor (the items' sum, or a panel's composite). */
export function figuresOfSum(plan: Plan, sum: number): PlanFigures {
  const total = sum < plan.floorCents ? plan.floorCents : sum;
  return { sum, total, band: bandOf(plan.bands, total) };
}

/** What the plan has read of an input: a subject and a period, non-empty strings; a name, a string if any. */
export type ReadInput = { subject: string; name?: string; period: string };

/** The scheme a result names. */
export const stampOf = (compiled: CompiledScorecard): SchemeStamp => {
  const scheme = compiled.scheme;
  return { id: scheme.id, version: scheme.version, hash: compiled.hash, model: scheme.model, lineage: scheme.lineage };
};

/**
 * A result of plain data with the evaluator's keys, in its order: what a plan gives without
 * explanations, and what reading a planned result's lines gives with them.
 *
 * @example
 * plainResult(compiled, input, figuresOf(plan, cents), items, []).total; // '95.00'
 */
export function plainResult(compiled: CompiledScorecard, input: unknown, figures: PlanFigures, items: ItemResult[], lines: AppraisalLine[]): Appraisal {
  const raw = input as ReadInput;
  const band = figures.band;
  return { kind: 'scorecard', subject: raw.subject, name: raw.name ?? null, period: raw.period, scheme: stampOf(compiled), total: formatCents(figures.total), band: bandResultOf(band), outcome: band?.id ?? 'unrated', vetoes: [], items, lines, reviews: [], warnings: [] };
}
