import type { Expr } from '../model/expr';
import type { Predicate } from '../model/predicate';
import { byLocale, nameText, signed, type DescribeOptions } from './DescribeOptions';

const OPERATORS: Record<string, { en: string; zh: string }> = {
  equal: { en: '=', zh: '=' },
  notEqual: { en: '≠', zh: '≠' },
  lessThan: { en: '<', zh: '<' },
  lessThanInclusive: { en: '≤', zh: '≤' },
  greaterThan: { en: '>', zh: '>' },
  greaterThanInclusive: { en: '≥', zh: '≥' },
  in: { en: 'in', zh: '属于' },
  notIn: { en: 'not in', zh: '不属于' },
};

/** A reference to an earlier item's points: `item M1` / `考核项 M1`. */
function itemText(id: string, options: DescribeOptions): string {
  return byLocale(options, `考核项 ${id}`, `item ${id}`);
}

/**
 * A predicate in words, for people (the evaluator's own `describePredicate` writes ∧ and ∨ for
 * arithmetic lines).
 *
 * @example
 * describePredicateText({ fact: 'outages', operator: 'greaterThan', value: 1 }, { locale: 'en' }); // 'outages > 1'
 * describePredicateText({ not: { fact: 'late', operator: 'equal', value: true } }, { locale: 'zh-CN' }); // '非 late = true'
 */
export function describePredicateText(predicate: Predicate, options: DescribeOptions): string {
  const wrap = (p: Predicate): string => ('all' in p || 'any' in p ? `(${describePredicateText(p, options)})` : describePredicateText(p, options));
  if ('all' in predicate) return predicate.all.map(wrap).join(byLocale(options, ' 且 ', ' and '));
  if ('any' in predicate) return predicate.any.map(wrap).join(byLocale(options, ' 或 ', ' or '));
  if ('not' in predicate) return `${byLocale(options, '非 ', 'not ')}${wrap(predicate.not)}`;
  const subject = 'fact' in predicate ? nameText(predicate.fact, options) : 'item' in predicate ? itemText(predicate.item, options) : predicate.field;
  const operator = OPERATORS[predicate.operator];
  const symbol = operator === undefined ? predicate.operator : byLocale(options, operator.zh, operator.en);
  return `${subject} ${symbol} ${JSON.stringify(predicate.value)}`;
}

const SYMBOLS = { add: ' + ', sub: ' − ', mul: ' × ', div: ' / ' } as const;

/**
 * An expression in words.
 *
 * @example
 * describeExpr({ ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: 1 }, { locale: 'en', markdown: true });
 * // '`won` / `approved` (1 if `approved` is 0)'
 * describeExpr({ ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: 1 }, { locale: 'zh-CN' });
 * // 'won / approved(approved 为 0 时取 1)'
 */
export function describeExpr(expr: Expr, options: DescribeOptions): string {
  const words = (e: Expr): string => describeExpr(e, options);
  if (typeof expr === 'number' || typeof expr === 'string') return signed(expr);
  if ('fact' in expr) return nameText(expr.fact, options);
  if ('item' in expr) return itemText(expr.item, options);
  if ('value' in expr) return byLocale(options, '该值', 'the value');
  if ('ratio' in expr) {
    const [a, b] = expr.ratio;
    const fallback = expr.ifZero === undefined ? '' : byLocale(options, `(${words(b)} 为 0 时取 ${words(expr.ifZero)})`, ` (${words(expr.ifZero)} if ${words(b)} is 0)`);
    return `${words(a)} / ${words(b)}${fallback}`;
  }
  if ('op' in expr) {
    const args = expr.args.map(words);
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
  if ('if' in expr) {
    const condition = describePredicateText(expr.if, options);
    return byLocale(options, `若 ${condition} 则 ${words(expr.then)},否则 ${words(expr.else)}`, `if ${condition} then ${words(expr.then)} else ${words(expr.else)}`);
  }
  if ('daysBetween' in expr) {
    const [from, to] = expr.daysBetween.map((name) => nameText(name, options));
    return byLocale(options, `从 ${from} 到 ${to} 的天数`, `days from ${from} to ${to}`);
  }
  const where = expr.where === undefined ? undefined : describePredicateText(expr.where, options);
  const events = nameText(expr.count, options);
  return byLocale(options, `考核期内 ${events} 中${where === undefined ? '' : `满足 ${where} 的`}事件数`, `the number of ${events} in the period${where === undefined ? '' : ` where ${where}`}`);
}
