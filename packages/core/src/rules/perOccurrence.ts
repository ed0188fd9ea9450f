import { expectedButGot } from '../errors/reasons';
import * as z from 'zod';
import { Decimal, toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import type { EvaluationContext, LineDraft, RuleOutcome } from './context';
import { evaluateExpr } from './evaluateExpr';
import { describePredicate, predicateTest } from './evaluatePredicate';
import { eventJson, isEventList, type EventValue } from './factValue';
import { DecimalLikeSchema } from '../model/common';
import { exprFacts } from '../model/expr';
import { HitPolicy } from '../model/bands';
import type { RuleItem } from './ruleKit';
import { FactName, Predicate, predicateFacts, predicateItems } from '../model/predicate';
import { periodContains } from '../time/period';
import { monthKey, quarterKey } from '../time/zonedDate';
import { changeKind, line, ownPoints, schemeDecimal, show, ZERO } from './ruleKit';
import { Tier, matchTier } from './tiers';

/** What is counted: a count fact, or the events of an event fact in the period that match `where`. */
export const OccurrenceSource = z.union([
  z.strictObject({ fact: FactName.describe('A count fact: the number of occurrences.') }),
  z.strictObject({ events: FactName.describe('An event fact: its events in the period are the occurrences.'), where: Predicate.optional().describe('Only events that match count; all unless set.') }),
]).meta({ examples: [{ fact: 'complaints' }, { events: 'outages', where: { field: 'customersAffected', operator: 'greaterThan', value: 1 } }] });
/** What is counted. */
export type OccurrenceSource = z.infer<typeof OccurrenceSource>;

/** Points for each occurrence: a constant, or tiers on a field of the event (e.g. minutes to restore). */
export const OccurrencePoints = z.union([
  DecimalLikeSchema,
  z.strictObject({
    field: FactName.describe('The field of the event the tiers read, e.g. minutes to restore.'),
    hitPolicy: HitPolicy.default('unique').describe('How tiers are matched; `unique` unless set.'),
    tiers: z.array(Tier).min(1).describe('The tiers of the field\'s value and the points each gives.'),
  }),
]);
/** Points for each occurrence. */
export type OccurrencePoints = z.infer<typeof OccurrencePoints>;

/** The sub-periods an allowance applies to ("月不超过1次": per month). */
export const AllowanceWindow = z.enum(['period', 'month', 'quarter', 'year']).meta({ description: 'The window an allowance applies to: the whole period, or each month, quarter or year of it.', examples: ['month'] });
/** The sub-periods an allowance applies to. */
export type AllowanceWindow = z.infer<typeof AllowanceWindow>;

/** `perOccurrence`: points for each occurrence, after a free allowance per window. */
export const PerOccurrenceRule = z.strictObject({
  kind: z.literal('perOccurrence').describe('Points for each occurrence, after a free allowance per window.'),
  source: OccurrenceSource.describe('What is counted: a count fact, or the events of an event fact.'),
  each: OccurrencePoints.describe('The points per occurrence (negative: a deduction): a constant, or tiers on a field of the event.'),
  allowance: z.number().int().nonnegative().default(0).meta({ description: 'Occurrences per window that cost nothing ("月不超过1次"); 0 unless set.', examples: [1] }),
  per: AllowanceWindow.default('period').describe('The window the allowance applies to; `period` unless set.'),
  start: DecimalLikeSchema.optional().describe('The score before occurrences; the item\'s points when absent, 0 for an item without points.'),
});
/** A perOccurrence rule. */
export type PerOccurrenceRule = z.infer<typeof PerOccurrenceRule>;

function windowKey(event: EventValue, per: AllowanceWindow, periodId: string): string {
  if (per === 'period' || event.date === undefined) return periodId;
  if (per === 'month') return monthKey(event.date);
  if (per === 'quarter') return quarterKey(event.date);
  return String(event.date.year);
}

function pointsFor(rule: PerOccurrenceRule, item: RuleItem, ctx: EvaluationContext, event: EventValue | undefined): { amount: Decimal; text: string } {
  if (typeof rule.each === 'number' || typeof rule.each === 'string') {
    const amount = schemeDecimal(rule.each);
    return { amount, text: show(amount) };
  }
  const field = event?.fields[rule.each.field];
  if (!(field instanceof Decimal)) {
    throw new KaoheError({ code: 'missing_fact', path: ['facts', sourceName(rule), event?.index ?? 0, rule.each.field], params: { fact: rule.each.field } });
  }
  const { tier } = matchTier(rule.each.tiers, rule.each.hitPolicy, field, ['items', item.id, 'rule', 'each', 'tiers']);
  // A constant needs no context; an expression of the value or the event gets its own.
  const result =
    typeof tier.points === 'number' || typeof tier.points === 'string'
      ? constantResult(schemeDecimal(tier.points))
      : evaluateExpr(tier.points, { ...ctx, value: field, ...(event === undefined ? {} : { event }) });
  return { amount: result.value, text: `${rule.each.field} ${show(field)} → ${result.text}` };
}

/** A constant's value and text, as {@link evaluateExpr} gives them. */
const constantResult = (value: Decimal): { value: Decimal; text: string } => ({ value, text: value.toString() });

const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sourceName(rule: PerOccurrenceRule): string {
  return 'fact' in rule.source ? rule.source.fact : rule.source.events;
}

/** The events of a fact in the period that match `where`, in date order. */
function filterEvents(events: readonly EventValue[], where: Predicate | undefined, ctx: EvaluationContext): EventValue[] {
  const counted: EventValue[] = [];
  const test = where === undefined ? undefined : predicateTest(where);
  // One context for the events in turn: `where` reads the event in scope and nothing keeps it.
  const scope: { -readonly [K in keyof EvaluationContext]: EvaluationContext[K] } = { ...ctx };
  for (const event of events) {
    if (event.date !== undefined && !periodContains(ctx.period, event.date)) continue;
    scope.event = event;
    if (test === undefined || test(scope)) counted.push(event);
  }
  // Local dates are `YYYY-MM-DD`, so code-unit order is date order (and the order localeCompare gives them).
  return counted.sort((a, b) => compareIso(a.date?.iso ?? '', b.date?.iso ?? '') || a.index - b.index);
}

/** A key per filter (the event fact and its `where`), or null for one that reads items' points, which change from item to item. */
const filterKeys = new WeakMap<Predicate, string | null>();
function filterKey(name: string, where: Predicate | undefined): string | null {
  if (where === undefined) return name;
  let key = filterKeys.get(where);
  if (key === undefined) {
    key = predicateItems(where).size > 0 ? null : JSON.stringify(where);
    filterKeys.set(where, key);
  }
  return key === null ? null : `${name}\u0000${key}`;
}

/**
 * Counted events, kept for the subject (its facts object) and shared by every item that counts the
 * same events with the same filter: the accountable outages of N1 (one per month) and N2 (by
 * restore time) are found once. Callers only read the list.
 */
const countedBySubject = new WeakMap<object, Map<string, readonly EventValue[]>>();
function countedEvents(name: string, events: readonly EventValue[], where: Predicate | undefined, ctx: EvaluationContext): readonly EventValue[] {
  const key = filterKey(name, where);
  if (key === null) return filterEvents(events, where, ctx);
  let known = countedBySubject.get(ctx.facts);
  if (known === undefined) {
    known = new Map();
    countedBySubject.set(ctx.facts, known);
  }
  let counted = known.get(key);
  if (counted === undefined) {
    counted = filterEvents(events, where, ctx);
    known.set(key, counted);
  }
  return counted;
}

/** A perOccurrence rule that counts the events of an event fact. */
export type EventsRule = PerOccurrenceRule & { readonly source: Extract<OccurrenceSource, { events: string }> };

/** The score a perOccurrence rule starts from: its `start`, or the item's points, or 0. */
export function occurrenceStart(rule: PerOccurrenceRule, item: RuleItem): Decimal {
  return rule.start === undefined ? (ownPoints(item) ?? new Decimal(0)) : toDecimal(rule.start);
}

/** The line of a non-zero start, before the occurrences' lines. */
function startLines(start: Decimal, ctx: EvaluationContext): LineDraft[] {
  return !start.isZero() && ctx.explain !== false ? [line('perOccurrence.start', 'score', start, show(start), { start: show(start) })] : [];
}

/** A count fact's occurrences past the allowance, scored and explained, once the count is checked. */
function describeCount(rule: PerOccurrenceRule, item: RuleItem, ctx: EvaluationContext, count: Decimal, start: Decimal): RuleOutcome {
  const lines = startLines(start, ctx);
  const allowance = new Decimal(rule.allowance);
  const charged = Decimal.max(0, count.minus(allowance));
  const each = pointsFor(rule, item, ctx, undefined);
  const amount = charged.times(each.amount);
  const arithmetic = rule.allowance > 0 ? `max(0, ${count} − ${allowance}) × ${each.text} = ${show(amount)}` : `${count} × ${each.text} = ${show(amount)}`;
  if (ctx.explain !== false) lines.push(line('perOccurrence.count', changeKind(amount), amount, arithmetic, { count: count.toString(), allowance: rule.allowance, each: each.text, charged: charged.toString() }));
  return { score: start.plus(amount), lines };
}

/**
 * The counted events of an event fact (in the period, matching `where`, in date order), scored
 * with the allowance per window and explained one line per event: what the evaluator does with the
 * events it filtered, and what a plan's explanation does with those its filter counted.
 *
 * @example
 * describeOccurrences(rule, item, ctx, counted, new Decimal(20)).lines.length; // one per counted event
 */
export function describeOccurrences(rule: EventsRule, item: RuleItem, ctx: EvaluationContext, counted: readonly EventValue[], start: Decimal): RuleOutcome {
  const lines = startLines(start, ctx);
  let score = start;
  const name = rule.source.events;
  const used = new Map<string, number>();
  for (const event of counted) {
    const key = windowKey(event, rule.per, ctx.period.id);
    const ordinal = (used.get(key) ?? 0) + 1;
    used.set(key, ordinal);
    const allowed = ordinal <= rule.allowance;
    const each = allowed ? undefined : pointsFor(rule, item, ctx, event);
    if (each !== undefined) score = score.plus(each.amount);
    if (ctx.explain === false) continue;
    const params = { n: event.index + 1, date: event.date?.iso ?? '', window: key, ordinal, allowance: rule.allowance };
    const facts = { [name]: { index: event.index, ...eventJson(event) } };
    if (each === undefined) lines.push(line('perOccurrence.allowed', 'score', ZERO, `#${ordinal} ≤ ${rule.allowance} (${key})`, params, facts));
    else lines.push(line('perOccurrence.event', changeKind(each.amount), each.amount, each.text, { ...params, each: each.text }, facts));
  }
  if (counted.length === 0) {
    const where = rule.source.where;
    if (ctx.explain !== false) lines.push(line('perOccurrence.none', 'score', new Decimal(0), `0 × ${where === undefined ? name : describePredicate(where)}`, { source: name }));
  }
  return { score, lines };
}

const hasEvents = (rule: PerOccurrenceRule): rule is EventsRule => 'events' in rule.source;

/** Evaluates a perOccurrence rule. */
export function evaluatePerOccurrence(rule: PerOccurrenceRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const start = occurrenceStart(rule, item);
  if (!hasEvents(rule)) {
    const name = (rule.source as Extract<OccurrenceSource, { fact: string }>).fact;
    const count = evaluateExpr({ fact: name }, ctx).value;
    if (!count.isInteger() || count.isNegative()) {
      throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('count', count.toString()) });
    }
    return describeCount(rule, item, ctx, count, start);
  }
  const name = rule.source.events;
  const events = ctx.facts[name];
  if (events === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', name], params: { fact: name } });
  if (!isEventList(events)) throw new KaoheError({ code: 'input_invalid', path: ['facts', name], params: expectedButGot('events', typeof events) });
  return describeOccurrences(rule, item, ctx, countedEvents(name, events, rule.source.where, ctx), start);
}

/** Facts a perOccurrence rule reads. */
export function perOccurrenceFacts(rule: PerOccurrenceRule): Set<string> {
  const facts = new Set<string>([sourceName(rule)]);
  if ('events' in rule.source && rule.source.where !== undefined) {
    // Fields of events are not facts; only fact leaves inside `where` are.
    predicateFacts(rule.source.where, facts);
  }
  if (typeof rule.each === 'object') rule.each.tiers.forEach((tier) => exprFacts(tier.points, facts));
  return facts;
}
