import { formatInterval, toInterval, type Rule } from '@kaohe/core';
import { describeDeadline } from './describeDeadline';
import { describeExpr, describePredicateText, signed, withSign } from './describeExpr';

export { describeExpr, describePredicateText, signed, withSign } from './describeExpr';

const ROUNDING = { floor: 'whole steps only', ceil: 'a part step counts as a whole one', linear: 'pro rata' } as const;

/** What an item scores from before its rule adds or takes points: its own points, or 0. */
function startText(start: number | string | undefined, points: number | string | undefined): string {
  const from = start ?? points;
  return from === undefined ? '' : `Starts at ${signed(from)}. `;
}

/**
 * A rule in English words, as the preset docs print it.
 *
 * @param points the item's own points, if any (the scale of `ratio` and `rated` rules).
 */
export function describeRule(rule: Rule, points?: number | string): string {
  switch (rule.kind) {
    case 'steps': {
      const steps = (['below', 'above'] as const)
        .map((direction) => {
          const spec = rule[direction];
          if (spec === undefined) return '';
          return ` Per ${signed(spec.per)} ${direction} the target: ${withSign(spec.change)} (${ROUNDING[spec.rounding ?? 'floor']}).`;
        })
        .join('');
      return `${startText(rule.start, points)}Value ${describeExpr(rule.value)}; target ${signed(rule.target)}, which meets the standard.${steps}`;
    }
    case 'perOccurrence': {
      const what = 'fact' in rule.source ? `each of \`${rule.source.fact}\`` : `each event of \`${rule.source.events}\`${rule.source.where === undefined ? '' : ` where ${describePredicateText(rule.source.where)}`}`;
      const amount =
        typeof rule.each === 'object'
          ? `by \`${rule.each.field}\`: ${rule.each.tiers.map((tier) => `${formatInterval(toInterval(tier))} → ${describeExpr(tier.points)}`).join('; ')}`
          : withSign(rule.each);
      const per = rule.per === undefined || rule.per === 'period' ? 'in the period' : `per ${rule.per}`;
      const allowance = (rule.allowance ?? 0) > 0 ? `, after ${rule.allowance} free ${per}` : '';
      return `${startText(rule.start, points)}For ${what}${allowance}: ${amount}.`;
    }
    case 'tiers':
      return `Value ${describeExpr(rule.value)}: ${rule.tiers.map((tier) => `${formatInterval(toInterval(tier))} → ${describeExpr(tier.points)}${tier.label === undefined ? '' : ` (${tier.label.en})`}`).join('; ')}.`;
    case 'choice':
      return `By \`${rule.fact}\`: ${rule.options.map((option) => `${option.value} ${withSign(option.points)}`).join(', ')}.`;
    case 'ratio': {
      const value = describeExpr(rule.value);
      const target = rule.target === undefined || Number(rule.target) === 1 ? value : `${value.includes(' ') ? `(${value})` : value} / ${signed(rule.target)}`;
      return `${points === undefined ? '100' : signed(points)} × min(${signed(rule.cap ?? 1)}, ${target}).`;
    }
    case 'rated': {
      const range = `${signed(rule.min ?? 0)}–${signed(rule.max ?? points ?? 100)}`;
      const raters = rule.raters === undefined ? '' : ` by ${rule.raters.map((rater) => rater.id).join(' and ')}, combined by ${rule.combine ?? 'mean'}${rule.combine === 'divisor' ? ` ${String(rule.divisor ?? '')}` : ''}`;
      const rubric = rule.rubric === undefined ? '' : ` Rubric (评分标准): ${rule.rubric.map((band) => `${band.min === band.max ? signed(band.min) : `${signed(band.min)}–${signed(band.max)}`} ${band.label.en}`).join('; ')}.`;
      return `Rated ${range}${raters}.${rubric}`;
    }
    case 'formula':
      return `${describeExpr(rule.value)}.`;
    case 'deadline':
      return describeDeadline(rule, points);
    case 'condition':
      return `When the json-rules-engine condition ${JSON.stringify(rule.when)} holds: ${withSign(rule.points)}; otherwise ${withSign(rule.otherwise ?? 0)}.`;
    default:
      return `A ${(rule as { kind: string }).kind} rule.`;
  }
}
