import { expectedButGot } from '../errors/reasons';
import { Decimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import type { Expr } from '../model/expr';
import { schemeDecimal, show } from './ruleKit';
import { daysBetween } from '../time/zonedDate';
import { periodContains } from '../time/period';
import type { EvaluationContext } from './context';
import { evaluatePredicate, describePredicate } from './evaluatePredicate';
import { isDated, isEventList, type FactValue, type LocalDate } from './factValue';

/** An expression's value and the arithmetic that produced it, values put in. */
export interface ExprResult {
  readonly value: Decimal;
  readonly text: string;
}

const OP_SYMBOL = { add: ' + ', sub: ' − ', mul: ' × ', div: ' / ' } as const;

/** Reads a numeric fact, or throws a KaoheError naming it. */
export function numericFact(ctx: EvaluationContext, name: string): Decimal {
  const value = ctx.facts[name];
  if (value === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', name], params: { fact: name } });
  return asNumber(value, ['facts', name]);
}

function asNumber(value: FactValue, path: Array<string | number>): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === 'boolean') return new Decimal(value ? 1 : 0);
  throw new KaoheError({ code: 'input_invalid', path, params: expectedButGot('number', typeof value === 'string' ? value : 'object') });
}

function localDateFact(ctx: EvaluationContext, name: string): LocalDate {
  const value = ctx.facts[name];
  if (value === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', name], params: { fact: name } });
  if (!isDated(value)) throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('date', String(value)) });
  return value.type === 'date' ? value : value.local;
}

/**
 * Evaluates an expression exactly and writes its arithmetic.
 *
 * @example
 * evaluateExpr({ ratio: [{ fact: 'won' }, { fact: 'approved' }] }, ctx); // { value: 0.6, text: '6 / 10' }
 * @throws {KaoheError} `missing_fact` when a fact it reads is absent; `division_by_zero` when a ratio's
 * denominator is 0 and it has no `ifZero`.
 */
export function evaluateExpr(expr: Expr, ctx: EvaluationContext): ExprResult {
  if (typeof expr === 'number' || typeof expr === 'string') {
    const value = schemeDecimal(expr);
    return { value, text: value.toString() };
  }
  if ('fact' in expr) {
    const value = numericFact(ctx, expr.fact);
    return { value, text: show(value) };
  }
  if ('item' in expr) {
    const value = ctx.items.get(expr.item);
    if (value === undefined) throw new KaoheError({ code: 'not_evaluable', path: ['items', expr.item], params: { item: expr.item } });
    return { value, text: show(value) };
  }
  if ('value' in expr) {
    if (ctx.value === undefined) throw new KaoheError({ code: 'not_evaluable', path: [], params: { item: 'value' } });
    return { value: ctx.value, text: show(ctx.value) };
  }
  if ('ratio' in expr) {
    const num = evaluateExpr(expr.ratio[0], ctx);
    const den = evaluateExpr(expr.ratio[1], ctx);
    if (den.value.isZero()) {
      if (expr.ifZero === undefined) throw new KaoheError({ code: 'division_by_zero', path: [], params: { expression: `${num.text} / ${den.text}` } });
      const fallback = evaluateExpr(expr.ifZero, ctx);
      return { value: fallback.value, text: `(${num.text} / 0 → ${fallback.text})` };
    }
    const value = num.value.dividedBy(den.value);
    return { value, text: `${num.text} / ${den.text}` };
  }
  if ('op' in expr) return evaluateOperator(expr, ctx);
  if ('if' in expr) {
    // Only the branch taken is shown, behind the condition that held: the test itself when it was
    // true, its negation when it was false (printing the test before the else branch misleads).
    const held = evaluatePredicate(expr.if, ctx);
    const result = evaluateExpr(held ? expr.then : expr.else, ctx);
    const condition = held ? describePredicate(expr.if) : `¬(${describePredicate(expr.if)})`;
    return { value: result.value, text: `[${condition}] ${result.text}` };
  }
  if ('daysBetween' in expr) {
    const from = localDateFact(ctx, expr.daysBetween[0]);
    const to = localDateFact(ctx, expr.daysBetween[1]);
    const days = new Decimal(daysBetween(from, to));
    return { value: days, text: `days(${from.iso} → ${to.iso}) = ${days.toString()}` };
  }
  const events = ctx.facts[expr.count];
  if (events === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', expr.count], params: { fact: expr.count } });
  if (!isEventList(events)) throw new KaoheError({ code: 'input_invalid', path: ['facts', expr.count], params: expectedButGot('events', String(events)) });
  const where = expr.where;
  const counted = events.filter(
    (event) => (event.date === undefined || periodContains(ctx.period, event.date)) && (where === undefined || evaluatePredicate(where, { ...ctx, event })),
  ).length;
  return { value: new Decimal(counted), text: `count(${expr.count}) = ${counted}` };
}

function evaluateOperator(expr: Extract<Expr, { op: string }>, ctx: EvaluationContext): ExprResult {
  const args = expr.args.map((arg: Expr) => evaluateExpr(arg, ctx));
  const first = args[0];
  if (first === undefined) throw new KaoheError({ code: 'scheme_invalid', path: [], params: { reason: 'empty args' } });
  switch (expr.op) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      let value = first.value;
      for (const arg of args.slice(1)) {
        if (expr.op === 'add') value = value.plus(arg.value);
        else if (expr.op === 'sub') value = value.minus(arg.value);
        else if (expr.op === 'mul') value = value.times(arg.value);
        else {
          if (arg.value.isZero()) throw new KaoheError({ code: 'division_by_zero', path: [], params: { expression: args.map((a) => a.text).join(' / ') } });
          value = value.dividedBy(arg.value);
        }
      }
      const text = args.length === 1 ? first.text : `(${args.map((a) => a.text).join(OP_SYMBOL[expr.op])})`;
      return { value, text };
    }
    case 'min':
    case 'max': {
      const value = expr.op === 'min' ? Decimal.min(...args.map((a) => a.value)) : Decimal.max(...args.map((a) => a.value));
      return { value, text: `${expr.op}(${args.map((a) => a.text).join(', ')})` };
    }
    case 'abs':
      return { value: first.value.abs(), text: `|${first.text}|` };
    case 'neg':
      return { value: first.value.negated(), text: `−(${first.text})` };
    case 'floor':
      return { value: first.value.floor(), text: `⌊${first.text}⌋` };
    case 'ceil':
      return { value: first.value.ceil(), text: `⌈${first.text}⌉` };
  }
}
