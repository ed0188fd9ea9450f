import { formatInterval, toInterval, type Expr, type Predicate, type Rule } from '@kaohe/core';

/** A number as the docs print it: a true minus sign for negatives. */
export function signed(value: number | string): string {
  const text = String(value).trim();
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A number with an explicit sign (`+5`, `0`, `−10`), for points added or taken. */
export function withSign(value: number | string): string {
  const text = signed(value);
  return text.startsWith('−') || Number(value) === 0 ? text : `+${text}`;
}

const OPERATORS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: 'in',
  notIn: 'not in',
};

/** A predicate in words: `customersAffected > 1 and accountable ≠ false`. */
export function describePredicateText(predicate: Predicate): string {
  const wrap = (p: Predicate): string => ('all' in p || 'any' in p ? `(${describePredicateText(p)})` : describePredicateText(p));
  if ('all' in predicate) return predicate.all.map(wrap).join(' and ');
  if ('any' in predicate) return predicate.any.map(wrap).join(' or ');
  if ('not' in predicate) return `not ${wrap(predicate.not)}`;
  const subject = 'fact' in predicate ? `\`${predicate.fact}\`` : 'item' in predicate ? `item ${predicate.item}` : predicate.field;
  return `${subject} ${OPERATORS[predicate.operator] ?? predicate.operator} ${JSON.stringify(predicate.value)}`;
}

const SYMBOLS = { add: ' + ', sub: ' − ', mul: ' × ', div: ' / ' } as const;

/** An expression in words: `` `projectsWon` / `projectsApproved` (1 if `projectsApproved` is 0) ``. */
export function describeExpr(expr: Expr): string {
  if (typeof expr === 'number' || typeof expr === 'string') return signed(expr);
  if ('fact' in expr) return `\`${expr.fact}\``;
  if ('item' in expr) return `item ${expr.item}`;
  if ('value' in expr) return 'the value';
  if ('ratio' in expr) {
    const [a, b] = expr.ratio;
    const fallback = expr.ifZero === undefined ? '' : ` (${describeExpr(expr.ifZero)} if ${describeExpr(b)} is 0)`;
    return `${describeExpr(a)} / ${describeExpr(b)}${fallback}`;
  }
  if ('op' in expr) {
    const args = expr.args.map((arg: Expr) => describeExpr(arg));
    switch (expr.op) {
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
        return `(${args.join(SYMBOLS[expr.op])})`;
      case 'min':
      case 'max':
        return `${expr.op}(${args.join(', ')})`;
      case 'abs':
        return `|${args[0] ?? ''}|`;
      case 'neg':
        return `−${args[0] ?? ''}`;
      case 'floor':
        return `⌊${args[0] ?? ''}⌋`;
      case 'ceil':
        return `⌈${args[0] ?? ''}⌉`;
    }
  }
  if ('if' in expr) return `if ${describePredicateText(expr.if)} then ${describeExpr(expr.then)} else ${describeExpr(expr.else)}`;
  if ('daysBetween' in expr) return `days from \`${expr.daysBetween[0]}\` to \`${expr.daysBetween[1]}\``;
  return `the number of \`${expr.count}\` in the period${expr.where === undefined ? '' : ` where ${describePredicateText(expr.where)}`}`;
}

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
      return `Value ${describeExpr(rule.value)}: ${rule.tiers.map((tier) => `${formatInterval(toInterval(tier))} → ${describeExpr(tier.points)}`).join('; ')}.`;
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
      return `Rated ${range}${raters}.`;
    }
    case 'formula':
      return `${describeExpr(rule.value)}.`;
    case 'condition':
      return `When the json-rules-engine condition ${JSON.stringify(rule.when)} holds: ${withSign(rule.points)}; otherwise ${withSign(rule.otherwise ?? 0)}.`;
    default:
      return `A ${(rule as { kind: string }).kind} rule.`;
  }
}
