import { Decimal } from '../decimal';
import type { AppraisalLine, ItemResult } from '../evaluate/Appraisal';
import type { CompiledScorecard } from '../evaluate/compile';
import { scoreItem } from '../evaluate/scoreItem';
import { baseLine, totalFloorLine } from '../evaluate/totalLine';
import type { Item } from '../model/item';
import type { ResolvedScorecard } from '../model/scorecard';
import type { EvaluationContext, RuleOutcome } from '../rules/context';
import { evaluateRule } from '../rules/evaluateRule';
import { ruleFacts } from '../rules/registry';
import type { EventValue, FactValue } from '../rules/factValue';
import { describeOccurrences, occurrenceStart, type EventsRule } from '../rules/perOccurrence';
import { parsePeriod, type ResolvedPeriod } from '../time/period';
import { makeLocalDate } from '../time/zonedDate';
import type { Plan } from './compilePlan';
import { byDate, countedEvents } from './compilePerOccurrence';
import type { RuleScope } from './compileTiers';
import { Exact } from './Exact';
import type { PlanExplainer } from './lazyResults';
import { figuresOf, plainResult } from './plainResult';
import type { PlanEvent, PlanValue, SubjectState } from './SubjectState';

/** An item's rule explained for one subject: its raw score and line drafts, from what the plan read. */
type ItemExplainer = (s: SubjectState, ctx: EvaluationContext) => RuleOutcome;

/** A value the plan read, as the evaluator holds it: numbers as decimals (the same value, so the same text). */
function factValue(value: PlanValue): FactValue | undefined {
  if (!(value instanceof Exact)) return value;
  return value.d === 1 ? new Decimal(value.n) : new Decimal(value.n).dividedBy(value.d);
}

/**
 * An event the plan read, as the evaluator holds it: fields in the scheme's order, its local date.
 * Converted once per subject, as the evaluator converts it once, whichever items' lines show it.
 */
const eventValues = new WeakMap<PlanEvent, EventValue>();
function eventValue(event: PlanEvent): EventValue {
  let value = eventValues.get(event);
  if (value === undefined) {
    const fields: Record<string, FactValue | undefined> = {};
    for (const name in event.fields) fields[name] = factValue(event.fields[name]);
    const day = event.day;
    const date = day === -1 ? undefined : makeLocalDate(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100);
    value = { type: 'event', index: event.index, fields, date };
    eventValues.set(event, value);
  }
  return value;
}

/**
 * The events a perOccurrence rule counts, found by the plan's filter (exact, shared between items
 * as the plan shares it), in date order, explained by the rule's own describer.
 */
function occurrencesExplainer(rule: EventsRule, item: Item, scope: RuleScope): ItemExplainer {
  const counted = countedEvents(rule.source, scope);
  return (s, ctx) => {
    const events = [...counted(s)].sort(byDate);
    return describeOccurrences(rule, item, ctx, events.map(eventValue), occurrenceStart(rule, item));
  };
}

/**
 * How an item is explained from what the plan read, or `undefined` for a rule the plan leaves to
 * the evaluator (a deadline reads dates in the zone; a condition has no plan). A perOccurrence
 * rule of events takes the events the plan counted; the others read a handful of facts or
 * ratings, which their rule's describer writes as the evaluator does.
 */
function itemExplainer(item: Item, scope: RuleScope): ItemExplainer | undefined {
  const rule = item.rule;
  switch (rule.kind) {
    case 'perOccurrence':
      if ('events' in rule.source) return occurrencesExplainer(rule as EventsRule, item, scope);
      return (_s, ctx) => evaluateRule(rule, item, ctx);
    case 'choice':
    case 'ratio':
    case 'rated':
    case 'tiers':
    case 'steps':
    case 'formula':
      return (_s, ctx) => evaluateRule(rule, item, ctx);
    default:
      return undefined;
  }
}

const NO_EVENTS: readonly EventValue[] = [];

/**
 * Whether an item's rule reads only facts the explainer holds as the evaluator does: not a scalar
 * date or instant (the evaluator dates it in the zone), and an event list only through a
 * perOccurrence rule, which is given the events the plan counted (a `count` in a formula would
 * see none).
 */
function readsWhatThePlanKeeps(item: Item, inputs: ResolvedScorecard['inputs']): boolean {
  for (const name of ruleFacts(item.rule)) {
    const type = inputs.find((spec) => spec.name === name)?.type;
    if (type === 'date' || type === 'datetime') return false;
    if (type === 'events' && item.rule.kind !== 'perOccurrence') return false;
  }
  return true;
}

/** The context the rules' describers read: the plan's facts as the evaluator holds them, lines built to be read. */
function contextOf(s: SubjectState, scheme: ResolvedScorecard, period: ResolvedPeriod): EvaluationContext & { readonly items: Map<string, Decimal> } {
  const facts: Record<string, FactValue | undefined> = Object.create(null) as Record<string, FactValue | undefined>;
  // An event list is left to the lines that read it (the item's facts skip lists); its events are the plan's.
  for (const name in s.facts) facts[name] = s.events[name] === undefined ? factValue(s.facts[name]) : NO_EVENTS;
  return { facts, ratings: s.ratings, period, timeZone: scheme.timeZone, items: new Map(), explain: 'eager' };
}

/**
 * The explanation of a plan: every item's lines from what the plan read of the input (its checks,
 * its exact filters, its events' local days), written by the rules' describers and the item and
 * total lines the evaluator writes; `undefined` for a scheme with a rule it does not describe or a
 * fact it does not hold as the evaluator does (see `readsWhatThePlanKeeps`).
 */
function compileExplainer(plan: Plan, compiled: CompiledScorecard): PlanExplainer | undefined {
  const scheme = compiled.scheme;
  // A panel's composite, a project's outcome and a review chain's record are the evaluator's to explain.
  if (plan.composite !== undefined || plan.project !== undefined || plan.reviews !== undefined) return undefined;
  if (!scheme.items.every((item) => readsWhatThePlanKeeps(item, scheme.inputs))) return undefined;
  const scope: RuleScope = { itemIndex: new Map(scheme.items.map((item, index) => [item.id, index])), filterSlots: new Map(), inputs: scheme.inputs, timeZone: scheme.timeZone };
  const explainers: ItemExplainer[] = [];
  for (const item of scheme.items) {
    const explainer = itemExplainer(item, scope);
    if (explainer === undefined) return undefined;
    explainers.push(explainer);
  }
  const base = new Decimal(plan.baseCents).dividedBy(100);
  const periods = new Map<string, ResolvedPeriod | undefined>();
  const periodOf = (id: string): ResolvedPeriod | undefined => {
    if (periods.has(id)) return periods.get(id);
    const period = parsePeriod(id, scheme.period);
    if (periods.size < 64) periods.set(id, period);
    return period;
  };
  return (input) => {
    const s = plan.read(input);
    const period = periodOf(s.period.id);
    if (period === undefined) return undefined;
    const ctx = contextOf(s, scheme, period);
    const items: ItemResult[] = [];
    const cents: number[] = [];
    for (let i = 0; i < explainers.length; i += 1) {
      const item = scheme.items[i] as Item;
      const { points, result } = scoreItem(item, (explainers[i] as ItemExplainer)(s, ctx), scheme.model, ctx);
      const hundredths = points.times(100).toNumber();
      ctx.items.set(item.id, points);
      if (plan.readsPoints) s.points[i] = new Exact(hundredths, 100, false);
      cents.push(hundredths);
      items.push(result);
    }
    // A veto met is written by the evaluator, as the plan leaves it.
    for (const veto of plan.vetoes) if (veto(s)) return undefined;
    const figures = figuresOf(plan, cents);
    if (figures === undefined) return undefined;
    const lines: AppraisalLine[] = [];
    if (plan.baseCents !== 0) lines.push(baseLine(base, 'eager'));
    if (figures.sum < plan.floorCents) lines.push(totalFloorLine(new Decimal(plan.floorCents).dividedBy(100), new Decimal(figures.sum).dividedBy(100), 'eager'));
    return plainResult(compiled, input, figures, items, lines);
  };
}

const explainers = new WeakMap<Plan, PlanExplainer>();

/**
 * The explainer of a scheme's plan, kept with the plan (one per plan, not per result) and compiled
 * on its first use: what reading a planned result's lines runs, in place of the decimal evaluator,
 * for the schemes it describes. It gives `undefined` (and the evaluator explains) for an input the
 * plan is unsure of, or on any error, which the evaluator then writes.
 *
 * @example
 * planExplainer(planOf(compiled), compiled)(input)?.items[0]?.lines; // the evaluator's lines
 */
export function planExplainer(plan: Plan, compiled: CompiledScorecard): PlanExplainer {
  let explainer = explainers.get(plan);
  if (explainer === undefined) {
    let compiledExplainer: PlanExplainer | null | undefined;
    explainer = (input) => {
      if (compiledExplainer === undefined) compiledExplainer = compileExplainer(plan, compiled) ?? null;
      if (compiledExplainer === null) return undefined;
      try {
        return compiledExplainer(input);
      } catch {
        return undefined;
      }
    };
    explainers.set(plan, explainer);
  }
  return explainer;
}
