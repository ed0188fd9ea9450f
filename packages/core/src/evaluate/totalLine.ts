import type { Decimal } from '../decimal';
import type { EvaluationContext } from '../rules/context';
import { line, show } from '../rules/ruleKit';
import type { AppraisalLine } from './Appraisal';
import { lineMessage } from './scoreItem';

function totalLine(code: string, kind: AppraisalLine['kind'], amount: Decimal, arithmetic: string, params: Record<string, string>, explain: EvaluationContext['explain']): AppraisalLine {
  const draft = line(code, kind, amount, arithmetic, params);
  return { code, kind, item: null, rule: 'total', amount: amount.toString(), facts: {}, arithmetic, message: lineMessage(`line.${code}`, draft.params, explain) };
}

/**
 * The line of a scorecard's base (扣分制: the points every subject starts from), as the evaluator
 * and a plan's explanation write it.
 *
 * @example
 * baseLine(new Decimal(100), 'eager').arithmetic; // '100'
 */
export function baseLine(base: Decimal, explain: EvaluationContext['explain']): AppraisalLine {
  return totalLine('total.base', 'base', base, show(base), { base: show(base) }, explain);
}

/**
 * The line of a total raised to the scheme's floor (总分最低为 0), as the evaluator and a plan's
 * explanation write it.
 *
 * @example
 * totalFloorLine(new Decimal(0), new Decimal(-15), 'eager').arithmetic; // 'max(0, -15) = 0'
 */
export function totalFloorLine(floor: Decimal, total: Decimal, explain: EvaluationContext['explain']): AppraisalLine {
  return totalLine('total.floor', 'floor', floor.minus(total), `max(${show(floor)}, ${show(total)}) = ${show(floor)}`, { floor: show(floor), total: show(total), amount: `+${show(floor.minus(total))}` }, explain);
}
