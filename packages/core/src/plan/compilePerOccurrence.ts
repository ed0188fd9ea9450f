import type { Item } from '../model/item';
import { predicateItems } from '../model/predicate';
import type { PerOccurrenceRule } from '../rules/perOccurrence';
import { add, EXACT_ZERO, Exact, multiply } from './Exact';
import { exactConstant } from './exactConstant';
import { compilePredicate, type PlanTest } from './compilePredicate';
import { numericOf } from './compileExpr';
import { compileTiers, type RuleScope } from './compileTiers';
import { giveUp } from './giveUp';
import type { PlanEvent, SubjectState } from './SubjectState';

/** start + charged × each: in whole numbers when both are (the common case), else exactly. */
function chargedScore(start: Exact, charged: number, each: Exact): Exact {
  if (charged === 0) return start;
  if (start.d === 1 && each.d === 1 && !start.inexact) {
    const score = start.n + charged * each.n;
    if (Number.isSafeInteger(score) && Number.isSafeInteger(charged * each.n)) return new Exact(score, 1, false);
  }
  return add(start, multiply(new Exact(charged, 1, false), each));
}

/**
 * How many events each window (a month, a quarter…) has had so far, for one subject at a time: a
 * subject's events fall in a few windows, which a short list finds faster than a `Map`; past
 * sixteen windows the counts move to a `Map`.
 */
class WindowCounts {
  private readonly keys: number[] = [];
  private readonly counts: number[] = [];
  private size = 0;
  private many: Map<number, number> | undefined;

  reset(): void {
    this.size = 0;
    this.many = undefined;
  }

  /** The ordinal of one more event in the window `key`: 1 for its first. */
  next(key: number): number {
    if (this.many !== undefined) {
      const ordinal = (this.many.get(key) ?? 0) + 1;
      this.many.set(key, ordinal);
      return ordinal;
    }
    for (let i = 0; i < this.size; i += 1) {
      if (this.keys[i] === key) {
        const ordinal = (this.counts[i] as number) + 1;
        this.counts[i] = ordinal;
        return ordinal;
      }
    }
    if (this.size === 16) {
      this.many = new Map(this.keys.map((k, i) => [k, this.counts[i] as number]));
      this.many.set(key, 1);
      return 1;
    }
    this.keys[this.size] = key;
    this.counts[this.size] = 1;
    this.size += 1;
    return 1;
  }
}

/** Events in date order, as the evaluator sorts those it counts: undated first, then by their place in the input. */
export const byDate = (a: PlanEvent, b: PlanEvent): number => a.day - b.day || a.index - b.index;

/** The window of an event: the period, or its month, quarter or year (day numbers are yyyymmdd). */
const WINDOW: Record<PerOccurrenceRule['per'], (day: number) => number> = {
  period: () => 0,
  month: (day) => Math.floor(day / 100),
  quarter: (day) => Math.floor(day / 10_000) * 10 + Math.floor((Math.floor(day / 100) % 100 - 1) / 3),
  year: (day) => Math.floor(day / 10_000),
};

/**
 * The events a filter counts, found once per subject and shared by every item with the same fact
 * and `where` (N1 and N2 read the same outages): a filter that reads items' points is not shared,
 * as the evaluator does not share it.
 */
export function countedEvents(source: Extract<PerOccurrenceRule['source'], { events: string }>, scope: RuleScope): (s: SubjectState) => readonly PlanEvent[] {
  const name = source.events;
  const where = source.where;
  const test: PlanTest | undefined = where === undefined ? undefined : compilePredicate(where, scope.itemIndex);
  const filter = (s: SubjectState): readonly PlanEvent[] => {
    const events = s.events[name] ?? giveUp();
    if (test === undefined) return events;
    const counted: PlanEvent[] = [];
    for (const event of events) {
      s.event = event;
      if (test(s)) counted.push(event);
    }
    s.event = undefined;
    return counted;
  };
  if (where !== undefined && predicateItems(where).size > 0) return filter;
  const key = where === undefined ? name : `${name}\u0000${JSON.stringify(where)}`;
  let slot = scope.filterSlots.get(key);
  if (slot === undefined) {
    slot = scope.filterSlots.size;
    scope.filterSlots.set(key, slot);
  }
  const at = slot;
  return (s) => {
    let counted = s.counted[at];
    if (counted === undefined) {
      counted = filter(s);
      s.counted[at] = counted;
    }
    return counted;
  };
}

/**
 * A perOccurrence rule made into a closure once, as `evaluatePerOccurrence` reads it: a count fact
 * past its allowance, or the events a filter counts with the allowance per window; each at a
 * constant or by tiers on a field of the event. `undefined` for a tiered count fact (the evaluator
 * refuses it).
 *
 * @throws {typeof GIVE_UP} at compile for a constant the plan cannot hold.
 */
export function compilePerOccurrence(rule: PerOccurrenceRule, item: Item, scope: RuleScope): ((s: SubjectState) => Exact) | undefined {
  const start = rule.start !== undefined ? exactConstant(rule.start) : item.points !== undefined ? exactConstant(item.points) : EXACT_ZERO;
  const allowance = rule.allowance;
  const constant = typeof rule.each === 'object' ? undefined : exactConstant(rule.each);
  if ('fact' in rule.source) {
    if (constant === undefined) return undefined;
    const name = rule.source.fact;
    const allowed = new Exact(allowance, 1, false);
    return (s) => {
      const count = numericOf(s, name);
      if (count.d !== 1 || count.n < 0) giveUp();
      const charged = count.n > allowed.n ? count.n - allowed.n : 0;
      return chargedScore(start, charged, constant);
    };
  }
  const counted = countedEvents(rule.source, scope);
  const windowOf = WINDOW[rule.per];
  const per = rule.per;
  // Counts per window, cleared for each subject: a rule runs for one subject at a time.
  const used = new WindowCounts();
  if (constant !== undefined) {
    return (s) => {
      const events = counted(s);
      let charged = events.length;
      if (allowance > 0) {
        // Only how many are charged matters: each costs the same.
        used.reset();
        charged = 0;
        for (const event of events) {
          if (event.day === -1 && per !== 'period') giveUp();
          if (used.next(windowOf(event.day)) > allowance) charged += 1;
        }
      }
      return chargedScore(start, charged, constant);
    };
  }
  const each = rule.each as Exclude<PerOccurrenceRule['each'], number | string>;
  const match = compileTiers(each.tiers, each.hitPolicy, scope);
  if (match === undefined) return undefined;
  const field = each.field;
  const pointsOf = (s: SubjectState, event: PlanEvent): Exact => {
    const value = event.fields[field];
    if (!(value instanceof Exact)) giveUp();
    s.event = event;
    const amount = match(s, value);
    s.event = undefined;
    return amount;
  };
  return (s) => {
    const events = counted(s);
    let score = start;
    if (allowance === 0) {
      for (const event of events) score = add(score, pointsOf(s, event));
      return score;
    }
    used.reset();
    for (const event of [...events].sort(byDate)) {
      if (event.day === -1 && per !== 'period') giveUp();
      if (used.next(windowOf(event.day)) > allowance) score = add(score, pointsOf(s, event));
    }
    return score;
  };
}
