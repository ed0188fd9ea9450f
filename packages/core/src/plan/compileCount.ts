import type { Predicate } from '../model/predicate';
import { Exact } from './Exact';
import { compilePredicate } from './compilePredicate';
import { giveUp } from './giveUp';
import type { SubjectState } from './SubjectState';

/**
 * A `count` expression made into a closure once, as `evaluateExpr` counts: the events of an event
 * fact in the period that match `where`. A plan has already given up on a subject with an event
 * outside the period (a warning), so every event it holds is inside. The event a predicate reads
 * is put back afterwards: a count may sit inside another event's filter.
 *
 * @example
 * compileCount({ count: 'outages', where: { field: 'customers', operator: 'greaterThan', value: 1 } }, itemIndex)(s); // 2
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compileCount(expr: { count: string; where?: Predicate | undefined }, itemIndex: ReadonlyMap<string, number>): (s: SubjectState) => Exact {
  const name = expr.count;
  const test = expr.where === undefined ? undefined : compilePredicate(expr.where, itemIndex);
  return (s) => {
    // A fact that is missing or not a list of events is an error the evaluator writes.
    const events = s.events[name] ?? giveUp();
    if (test === undefined) return new Exact(events.length, 1, false);
    const outer = s.event;
    let counted = 0;
    for (const event of events) {
      s.event = event;
      if (test(s)) counted += 1;
    }
    s.event = outer;
    return new Exact(counted, 1, false);
  };
}
