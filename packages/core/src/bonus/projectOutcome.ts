import { Decimal, formatShort, toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { expectedButGot } from '../errors/reasons';
import type { VetoResult } from '../evaluate/Appraisal';
import type { EvaluationContext } from '../rules/context';
import { numericFact } from '../rules/evaluateExpr';
import { isDated, isEventList, type LocalDate } from '../rules/factValue';
import { renderBoth } from '../locales/render';
import { findGrade, gradeResult, type Grade, type GradeResult } from './grades';
import { computeProjectBonus, type BonusResult, type ProjectBonus } from './projectBonus';
import { gradeStreak, type GradeStreakSanction, type SanctionResult } from './streaks';

/** The parts of a scheme a project outcome reads. */
export interface ProjectScheme {
  readonly grades?: readonly Grade[] | undefined;
  readonly bonus?: ProjectBonus | undefined;
  readonly sanction?: GradeStreakSanction | undefined;
}

/** What a project scheme adds to a result; empty for other schemes. */
export interface ProjectOutcome {
  readonly grade?: GradeResult | null;
  readonly bonus?: BonusResult | null;
  readonly sanction?: SanctionResult | null;
}

function choiceFact(ctx: EvaluationContext, name: string, allowed: readonly string[]): string {
  const value = ctx.facts[name];
  if (value === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', name], params: { fact: name } });
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new KaoheError({ code: 'unknown_choice', path: ['facts', name], params: { value: typeof value === 'string' ? value : formatShort(value as Decimal), allowed: allowed.join(', ') } });
  }
  return value;
}

function wholeFact(ctx: EvaluationContext, name: string): number {
  const value = numericFact(ctx, name);
  if (!value.isInteger() || value.lessThan(1)) throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('a whole number ≥ 1', value.toString()) });
  return value.toNumber();
}

function dateFact(ctx: EvaluationContext, name: string): LocalDate | undefined {
  const value = ctx.facts[name];
  if (value === undefined) return undefined;
  if (!isDated(value)) throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('a date YYYY-MM-DD', String(value)) });
  return value.type === 'date' ? value : value.local;
}

/** Earlier grades from a history fact: a list of `{ grade }` events (or of bare grades), oldest first. */
function gradeHistory(ctx: EvaluationContext, name: string): string[] {
  const value = ctx.facts[name];
  if (value === undefined) return [];
  if (!isEventList(value)) throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('a list of grades', String(value)) });
  return value.map((event) => {
    const grade = event.fields['grade'];
    if (typeof grade !== 'string') throw new KaoheError({ code: 'input_invalid', path: ['facts', name, event.index, 'grade'], params: expectedButGot('a grade', String(grade)) });
    return grade;
  });
}

function bonusOf(spec: ProjectBonus, ctx: EvaluationContext, grade: Grade | undefined, hasGrades: boolean, vetoes: readonly VetoResult[]): BonusResult {
  const options: Record<string, string> = {};
  for (const coefficient of spec.coefficients) options[coefficient.id] = choiceFact(ctx, coefficient.fact, Object.keys(coefficient.values));
  const leaderFact = spec.split?.fact;
  const collectedFact = spec.payout?.fact;
  return computeProjectBonus(spec, {
    contractValue: numericFact(ctx, spec.contractFact),
    options,
    quarters: spec.spreadFact === undefined ? undefined : wholeFact(ctx, spec.spreadFact),
    factor: grade === undefined ? new Decimal(hasGrades ? 0 : 1) : toDecimal(grade.factor),
    grade: grade?.id,
    vetoes: vetoes.filter((veto) => veto.outcome === 'zeroBonus'),
    leaderShare: leaderFact !== undefined && ctx.facts[leaderFact] !== undefined ? numericFact(ctx, leaderFact) : undefined,
    collectedOn: collectedFact === undefined ? undefined : dateFact(ctx, collectedFact),
  });
}

/**
 * The facts a scheme's bonus and sanction read (the contract, the coefficients' choices, the service
 * quarters, the leader's share, the collection date, the grade history), for tools that check that
 * every declared fact is read.
 *
 * @example
 * projectFacts(presalesProject); // Set { 'contractValue', 'complexity', 'timeDifficulty', 'leaderShare', 'finalPaymentCollectedOn', 'gradeHistory' }
 */
export function projectFacts(scheme: ProjectScheme): Set<string> {
  const facts = new Set<string>();
  const bonus = scheme.bonus;
  if (bonus !== undefined) {
    facts.add(bonus.contractFact);
    for (const coefficient of bonus.coefficients) facts.add(coefficient.fact);
    if (bonus.spreadFact !== undefined) facts.add(bonus.spreadFact);
    if (bonus.split !== undefined) facts.add(bonus.split.fact);
    if (bonus.payout !== undefined) facts.add(bonus.payout.fact);
  }
  if (scheme.sanction !== undefined) facts.add(scheme.sanction.fact);
  return facts;
}

/**
 * The grade, bonus and sanction of a project scheme's result (seed 002), from the composite score
 * and the vetoes met. A scheme without `grades`, `bonus` or `sanction` gets none of the three.
 *
 * @example
 * projectOutcome(scheme, ctx, toDecimal(83), []); // { grade: { id: 'B', … }, bonus: { final: '9680.00', … }, sanction: null }
 * @throws {KaoheError} `no_grade_matched` when the grades leave the score unrated; `missing_fact`,
 * `unknown_choice`, `input_invalid` for a bad bonus fact; `leader_share_out_of_range`.
 */
export function projectOutcome(scheme: ProjectScheme, ctx: EvaluationContext, score: Decimal, vetoes: readonly VetoResult[]): ProjectOutcome {
  const grades = scheme.grades ?? [];
  if (grades.length === 0 && scheme.bonus === undefined && scheme.sanction === undefined) return {};
  const grade = grades.length === 0 ? undefined : findGrade(grades, score);
  if (grades.length > 0 && grade === undefined) throw new KaoheError({ code: 'no_grade_matched', path: ['scheme', 'grades'], params: { value: formatShort(score) } });
  const out: { grade?: GradeResult | null; bonus?: BonusResult | null; sanction?: SanctionResult | null } = {};
  if (grades.length > 0) out.grade = grade === undefined ? null : gradeResult(grade);
  if (scheme.bonus !== undefined) out.bonus = bonusOf(scheme.bonus, ctx, grade, grades.length > 0, vetoes);
  const sanction = scheme.sanction;
  if (sanction !== undefined) {
    const history = gradeHistory(ctx, sanction.fact);
    const current = grade?.id;
    const streak = current === undefined ? 0 : gradeStreak(history, current, sanction.grade);
    if (current !== undefined && streak >= sanction.count) {
      const grades = [...history, current];
      out.sanction = {
        id: sanction.id,
        name: sanction.name,
        grade: sanction.grade,
        streak,
        grades,
        message: renderBoth('sanction.streak', { streak, grade: sanction.grade, grades: grades.join(', '), sanction: sanction.name }),
        provenance: sanction.provenance,
      };
    } else out.sanction = null;
  }
  return out;
}
