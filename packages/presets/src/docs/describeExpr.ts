import { type Expr, type Predicate } from '@kaohe/core';

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
