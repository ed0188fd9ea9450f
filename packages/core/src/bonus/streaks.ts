import * as z from 'zod';
import { Id, LocalizedText, Provenance } from '../model/common';
import { FactName } from '../model/predicate';

/**
 * A sanction on a streak of one grade: `count` consecutive appraisals of the same scheme for the
 * same person with grade `grade`, the current one included (seed 002: three D grades in a row →
 * suspended from presales work). The earlier grades come from the fact `fact`, oldest first.
 */
export const GradeStreakSanction = z.strictObject({
  id: Id.describe('The sanction\'s id.'),
  name: LocalizedText.describe('The sanction, e.g. 暂停售前工作 / Suspended from presales work.'),
  grade: Id.describe('The grade whose streak is sanctioned, e.g. `D`.'),
  count: z.number().int().min(2).meta({ description: 'How many consecutive appraisals with that grade, the current one included (≥ 2).', examples: [3] }),
  fact: FactName.default('gradeHistory').describe('The fact holding the earlier grades, oldest first; `gradeHistory` unless set.'),
  provenance: Provenance.describe('Where the sanction comes from.'),
}).meta({ examples: [{ id: 'three-d', name: { 'zh-CN': '暂停售前工作', en: 'Suspended from presales work' }, grade: 'D', count: 3, provenance: { inferred: 'example' } }] });
/** A sanction on a streak of one grade. */
export type GradeStreakSanction = z.infer<typeof GradeStreakSanction>;

/** A sanction that a result triggered. */
export interface SanctionResult {
  readonly id: string;
  readonly name: LocalizedText;
  readonly grade: string;
  /** How many consecutive appraisals, the current one included, had the grade. */
  readonly streak: number;
  /** The grades considered, oldest first, the current one last. */
  readonly grades: readonly string[];
  readonly message: LocalizedText;
  readonly provenance: Provenance;
}

/**
 * The length of the run of `grade` that ends with the current appraisal (0 when the current grade
 * is another one).
 *
 * @example
 * gradeStreak(['D', 'D'], 'D', 'D'); // 3
 * gradeStreak(['D', 'C'], 'D', 'D'); // 1
 */
export function gradeStreak(history: readonly string[], current: string, grade: string): number {
  const all = [...history, current];
  let streak = 0;
  for (let index = all.length - 1; index >= 0 && all[index] === grade; index -= 1) streak += 1;
  return streak;
}

/**
 * Whether the current grade completes a sanctioned streak.
 *
 * @example
 * streakSanctioned(['D', 'D'], 'D', { grade: 'D', count: 3 }); // true
 * streakSanctioned(['D', 'C'], 'D', { grade: 'D', count: 3 }); // false
 */
export function streakSanctioned(history: readonly string[], current: string, sanction: Pick<GradeStreakSanction, 'grade' | 'count'>): boolean {
  return gradeStreak(history, current, sanction.grade) >= sanction.count;
}
