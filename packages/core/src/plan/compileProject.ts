import { gradeResult, type GradeResult } from '../bonus/grades';
import type { ProjectOutcome } from '../bonus/projectOutcome';
import { gradeStreak } from '../bonus/streaks';
import { renderBoth } from '../locales/render';
import type { ResolvedScorecard } from '../model/scorecard';
import { compileBonus, FACTOR_ONE, planFactor, type PlanFactor } from './compileBonus';
import { planBand, type PlanBand } from './planBand';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/** The grade, bonus and sanction of one subject from its state and its total in hundredths. */
export type ProjectOf = (s: SubjectState, total: number) => ProjectOutcome;

interface PlanGrade extends PlanBand {
  readonly result: GradeResult;
  readonly factor: PlanFactor;
}

/** The earlier grades of a history fact (a list of `{ grade }` events), oldest first. */
function history(s: SubjectState, fact: string): string[] {
  const events = s.events[fact];
  if (events === undefined) return s.facts[fact] === undefined ? [] : giveUp();
  return events.map((event) => {
    const grade = event.fields['grade'];
    return typeof grade === 'string' ? grade : giveUp();
  });
}

/**
 * A project scheme's outcome made into a closure once, as `projectOutcome` gives it (seed 002): the
 * grade whose interval holds the total (none gives up: the evaluator writes `no_grade_matched`),
 * the bonus (see {@link compileBonus}) and the streak sanction on the grade history. `undefined`
 * for a scheme with no grades, bonus or sanction.
 *
 * @example
 * compileProject(presalesProject)?.(s, 8300).grade?.id; // 'B'
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileProject(scheme: ResolvedScorecard): ProjectOf | undefined {
  const grades: PlanGrade[] = (scheme.grades ?? []).map((grade) => ({ ...planBand(grade), result: gradeResult(grade), factor: planFactor(grade.factor) }));
  const bonus = scheme.bonus === undefined ? undefined : compileBonus(scheme.bonus);
  const sanction = scheme.sanction;
  if (grades.length === 0 && bonus === undefined && sanction === undefined) return undefined;
  return (s, total) => {
    const out: { grade?: GradeResult | null; bonus?: ProjectOutcome['bonus']; sanction?: ProjectOutcome['sanction'] } = {};
    let grade: PlanGrade | undefined;
    if (grades.length > 0) {
      grade = grades.find((g) => total >= g.low && total <= g.high) ?? giveUp();
      out.grade = { ...grade.result };
    }
    if (bonus !== undefined) out.bonus = bonus(s, grade?.id, grade?.factor ?? FACTOR_ONE);
    if (sanction !== undefined) {
      const earlier = history(s, sanction.fact);
      const current = grade?.id;
      const streak = current === undefined ? 0 : gradeStreak(earlier, current, sanction.grade);
      if (current !== undefined && streak >= sanction.count) {
        const all = [...earlier, current];
        out.sanction = {
          id: sanction.id,
          name: sanction.name,
          grade: sanction.grade,
          streak,
          grades: all,
          message: renderBoth('sanction.streak', { streak, grade: sanction.grade, grades: all.join(', '), sanction: sanction.name }),
          provenance: sanction.provenance,
        };
      } else out.sanction = null;
    }
    return out;
  };
}
