import * as z from 'zod';
import type { Decimal } from '../decimal';
import { toDecimal } from '../decimal';
import { Band } from '../model/bands';
import { NonNegativeDecimal, type LocalizedText } from '../model/common';
import { formatInterval, intervalContains, toInterval } from '../model/interval';

/**
 * A project grade (seed 002: A 90–100, B 80–89, …): an interval of composite scores with explicit
 * open or closed ends, and the share of the full bonus it earns (`factor`, 1.0 for A … 0 for E).
 * Grades are matched in order; the first that contains the composite wins.
 */
export const Grade = Band.extend({
  factor: NonNegativeDecimal.meta({ description: 'The share of the full bonus this grade earns (≥ 0).', examples: [1, 0.8, 0] }),
}).meta({ examples: [{ id: 'B', name: { 'zh-CN': 'B 级', en: 'grade B' }, min: 80, max: 90, factor: 0.8 }] });
/** A project grade. */
export type Grade = z.infer<typeof Grade>;
/** A project grade as written before defaults. */
export type GradeInput = z.input<typeof Grade>;

/** The grade of a result. */
export interface GradeResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** The interval of composites the grade covers, e.g. `[80, 90)`. */
  readonly interval: string;
  /** The share of the full bonus it earns, as a decimal string (`'0.8'`). */
  readonly factor: string;
}

/**
 * The first grade whose interval contains the score, or `undefined` when none does.
 *
 * @example
 * findGrade(grades, toDecimal('89.99'))?.id; // 'B'
 */
export function findGrade(grades: readonly Grade[], score: Decimal): Grade | undefined {
  return grades.find((grade) => intervalContains(toInterval(grade), score));
}

/**
 * A grade as a result shows it.
 *
 * @example
 * gradeResult(gradeB); // { id: 'B', name: {…}, interval: '[80, 90)', factor: '0.8' }
 */
export function gradeResult(grade: Grade): GradeResult {
  return { id: grade.id, name: grade.name, interval: formatInterval(toInterval(grade)), factor: toDecimal(grade.factor).toString() };
}
