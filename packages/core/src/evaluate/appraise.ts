import { Decimal, formatFixed2, toDecimal } from '../decimal';
import { enumText } from '../explain/enumText';
import { KaoheError } from '../errors/KaoheError';
import { renderBoth } from '../locales/render';
import type { Locale } from '../model/common';
import type { Item } from '../model/item';
import { evaluateCondition, type ConditionEngine, type ConditionRule } from '../rules/condition';
import { evaluateRule } from '../rules/evaluateRule';
import { parsePeriod, PERIOD_FORMATS, periodContains, type ResolvedPeriod } from '../time/period';
import type { Appraisal, AppraisalLine, AppraisalWarning, ItemResult, VetoResult } from './Appraisal';
import { findBand } from './band';
import { compile, isCompiledScorecard, type CompiledScorecard } from './compile';
import type { EvaluationContext, RuleOutcome } from '../rules/context';
import { describePredicate, evaluatePredicate } from '../rules/evaluatePredicate';
import { factToJson, isEventList } from '../rules/factValue';
import { parseAppraisalInput, readFacts, type AppraisalInput } from './readInput';
import type { SchemeSource } from './resolveScorecard';
import { applyReviews, type ReviewInput } from './review';
import { lineMessage, scoreItem } from './scoreItem';
import { baseLine, totalFloorLine } from './totalLine';
import { panelComposite } from './composite';
import { projectOutcome } from '../bonus/projectOutcome';
import { appraiseByPlan } from '../plan/appraiseByPlan';
import { planOf } from '../plan/planOf';

/** Options of {@link appraise} and {@link appraiseSync}. */
export interface AppraiseOptions {
  /** Locale of error messages (results carry both locales). */
  locale?: Locale;
  /** Where `extends` finds parent schemes, when an uncompiled scheme is passed. */
  schemes?: SchemeSource;
  /** Re-appraisals by the levels of the scheme's review chain, in order. */
  reviews?: readonly ReviewInput[];
  /**
   * `false` for bulk runs that need no explanation: no line is built, and every `lines` (the
   * result's and each item's) is an empty array. Everything else is as with explanations: totals,
   * items' points, band, outcome, vetoes (with their messages), reviews' adjustments, composite,
   * grade and bonus. `true` unless set.
   *
   * With explanations, a scheme compiled with a plan (see docs/performance.md) gives results whose
   * `lines` (the result's and each item's) are read on demand: each is an own enumerable accessor
   * in its usual key position, and the first read of any of them explains the subject once and
   * replaces every `lines` of the result by plain data (the result's `lines` in place; the entries
   * of `items` by plain items, equal but for their plain `lines`; an item taken out before the read
   * still gives its lines, as plain data). The lines are built from what the plan read (the same
   * describers as the evaluator's, so the same lines) for a scheme of perOccurrence, choice, ratio,
   * rated, tiers, steps and formula items without date facts; otherwise reading costs one
   * appraisal by the decimal evaluator. Until then the result keeps the input it was given and the
   * compiled scheme (change neither before reading the lines: a changed input that gives other
   * figures makes the read throw `input_changed`). `JSON.stringify`, `structuredClone`,
   * spreading and deep equality read the lines, so they see exactly the evaluator's result.
   *
   * `'eager'`: every line is built with the result, by the decimal evaluator, and no plan is used —
   * for a caller that reads or serialises every result at once (the command line does), which would
   * otherwise pay for the plan and then for the evaluator on the first read.
   */
  explain?: boolean | 'eager';
}

interface ConditionRequest {
  readonly rule: ConditionRule;
  readonly engine: ConditionEngine;
  readonly item: Item;
  readonly ctx: EvaluationContext;
}

/** What every subject of a compiled scheme shares, worked out once: decimals of the scheme, parsed periods. */
interface Prepared {
  readonly base: Decimal;
  readonly floor: Decimal;
  readonly panelRaters: readonly string[] | undefined;
  readonly periods: Map<string, ResolvedPeriod | undefined>;
}

const preparedSchemes = new WeakMap<CompiledScorecard, Prepared>();

function prepared(compiled: CompiledScorecard): Prepared {
  let known = preparedSchemes.get(compiled);
  if (known === undefined) {
    const scheme = compiled.scheme;
    known = {
      base: scheme.model === 'deduction' ? toDecimal(scheme.base ?? 100) : new Decimal(0),
      floor: toDecimal(scheme.totalFloor ?? 0),
      panelRaters: scheme.panel?.raters.map((r) => r.id),
      periods: new Map(),
    };
    preparedSchemes.set(compiled, known);
  }
  return known;
}

function periodOf(compiled: CompiledScorecard, text: string): ResolvedPeriod | undefined {
  const periods = prepared(compiled).periods;
  if (periods.has(text)) return periods.get(text);
  const period = parsePeriod(text, compiled.scheme.period);
  // Subjects of one run share a handful of periods; a stream of distinct ids is not kept.
  if (periods.size < 64) periods.set(text, period);
  return period;
}

function* appraisalSteps(compiled: CompiledScorecard, rawInput: unknown, options: AppraiseOptions): Generator<ConditionRequest, Appraisal, RuleOutcome> {
  const scheme = compiled.scheme;
  const input = parseAppraisalInput(rawInput);
  const period = periodOf(compiled, input.period);
  if (period === undefined) {
    throw new KaoheError({ code: 'period_invalid', path: ['period'], params: { value: input.period, kind: enumText('period', scheme.period), format: PERIOD_FORMATS[scheme.period] } });
  }
  const { facts, undeclared } = readFacts(scheme.inputs, input.facts, scheme.timeZone);
  const warnings: AppraisalWarning[] = [];
  if (scheme.inputs.length > 0) {
    for (const name of undeclared) {
      warnings.push({ code: 'undeclared_fact', path: ['facts', name], message: { en: `the fact "${name}" is not read by this scheme`, 'zh-CN': `本方案不读取事实 "${name}"` } });
    }
  }
  for (const [name, value] of Object.entries(facts)) {
    if (!isEventList(value)) continue;
    for (const event of value) {
      if (event.date !== undefined && !periodContains(period, event.date)) {
        warnings.push({
          code: 'event_outside_period',
          path: ['facts', name, event.index],
          message: renderBoth('error.event_outside_period', { date: event.date.iso, period: period.id }),
        });
      }
    }
  }
  const ratings = Object.assign(Object.create(null) as Record<string, unknown>, input.ratings);
  const itemPoints = new Map<string, Decimal>();
  const ctx: EvaluationContext = {
    facts,
    ratings,
    period,
    timeZone: scheme.timeZone,
    items: itemPoints,
    panelRaters: prepared(compiled).panelRaters,
    panel: scheme.panel,
    explain: options.explain === 'eager' ? 'eager' : options.explain !== false,
  };
  const items: ItemResult[] = [];
  for (const [index, item] of scheme.items.entries()) {
    let outcome: RuleOutcome;
    try {
      if (item.rule.kind === 'condition') {
        const engine = compiled.engines.get(item.id) as ConditionEngine;
        outcome = yield { rule: item.rule, engine, item, ctx };
      } else {
        outcome = evaluateRule(item.rule, item, ctx);
      }
    } catch (error) {
      if (error instanceof KaoheError && error.path[0] === 'items') {
        throw new KaoheError(error.issues.map((issue) => ({ ...issue, path: ['scheme', 'items', index, ...issue.path.slice(2)] })));
      }
      throw error;
    }
    const { points, result } = scoreItem(item, outcome, scheme.model, ctx);
    itemPoints.set(item.id, points);
    items.push(result);
  }
  const { base } = prepared(compiled);
  const appraisal = finishAppraisal(compiled, {
    subject: input.subject,
    name: input.name ?? null,
    period: period.id,
    base,
    items,
    itemPoints,
    ctx,
    warnings,
  });
  if (options.reviews === undefined && compiled.scheme.review === undefined) return appraisal;
  return applyReviews(compiled, appraisal, options.reviews ?? [], ctx.explain !== false, (adjusted) => finishAppraisal(compiled, { ...adjusted, base, ctx: { ...ctx, items: adjusted.itemPoints }, warnings }));
}

/** What {@link finishAppraisal} totals. */
export interface AppraisalParts {
  readonly subject: string;
  readonly name: string | null;
  readonly period: string;
  readonly base: Decimal;
  readonly items: readonly ItemResult[];
  readonly itemPoints: ReadonlyMap<string, Decimal>;
  readonly ctx: EvaluationContext;
  readonly warnings: readonly AppraisalWarning[];
}

function finishAppraisal(compiled: CompiledScorecard, parts: AppraisalParts): Appraisal {
  const scheme = compiled.scheme;
  const lines: AppraisalLine[] = [];
  let total = parts.base;
  const explain = parts.ctx.explain !== false;
  if (explain && !parts.base.isZero()) lines.push(baseLine(parts.base, parts.ctx.explain));
  for (const points of parts.itemPoints.values()) total = total.plus(points);
  const composite = panelComposite(scheme, parts.itemPoints, total, parts.ctx);
  if (composite !== undefined) {
    if (explain) lines.push(composite.line);
    total = composite.total;
  }
  const { floor } = prepared(compiled);
  if (total.lessThan(floor)) {
    if (explain) lines.push(totalFloorLine(floor, total, parts.ctx.explain));
    total = floor;
  }
  const band = findBand(scheme.bands, total);
  const vetoes: VetoResult[] = [];
  for (const veto of scheme.vetoes) {
    if (!evaluatePredicate(veto.when, parts.ctx)) continue;
    const condition = describePredicate(veto.when);
    const facts: Record<string, unknown> = {};
    collectVetoFacts(veto.when, parts.ctx, facts);
    vetoes.push({
      id: veto.id,
      name: veto.name,
      outcome: veto.outcome,
      condition,
      facts,
      message: lineMessage(
        'line.veto.triggered',
        {
          veto: { en: `${veto.id} ${veto.name.en}`, 'zh-CN': `${veto.id} ${veto.name['zh-CN']}` },
          condition,
          outcome: renderBoth(`outcome.${veto.outcome}`),
        },
        parts.ctx.explain,
      ),
      provenance: veto.provenance,
    });
  }
  const failed = vetoes.some((v) => v.outcome === 'fail');
  const project = projectOutcome(scheme, parts.ctx, total, vetoes);
  return {
    kind: 'scorecard',
    subject: parts.subject,
    name: parts.name,
    period: parts.period,
    scheme: { id: scheme.id, version: scheme.version, hash: compiled.hash, model: scheme.model, lineage: scheme.lineage },
    total: formatFixed2(total),
    band: band === undefined ? null : { id: band.id, name: band.name },
    outcome: failed ? 'fail' : (band?.id ?? 'unrated'),
    vetoes,
    items: parts.items,
    lines,
    reviews: [],
    warnings: parts.warnings,
    ...(composite === undefined ? {} : { composite: composite.result }),
    ...project,
  };
}

function collectVetoFacts(predicate: Parameters<typeof describePredicate>[0], ctx: EvaluationContext, into: Record<string, unknown>): void {
  if ('all' in predicate) predicate.all.forEach((p) => collectVetoFacts(p, ctx, into));
  else if ('any' in predicate) predicate.any.forEach((p) => collectVetoFacts(p, ctx, into));
  else if ('not' in predicate) collectVetoFacts(predicate.not, ctx, into);
  else if ('fact' in predicate) into[predicate.fact] = factToJson(ctx.facts[predicate.fact]);
  else if ('item' in predicate) into[`item:${predicate.item}`] = ctx.items.get(predicate.item)?.toString() ?? null;
}

function subjectOf(input: unknown): string {
  const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : '?';
}

function prepare(scheme: CompiledScorecard | unknown, options: AppraiseOptions): CompiledScorecard {
  return isCompiledScorecard(scheme) ? scheme : compile(scheme, { ...(options.schemes === undefined ? {} : { schemes: options.schemes }), ...(options.locale === undefined ? {} : { locale: options.locale }) });
}

function withSubject(error: unknown, input: unknown, locale: Locale): unknown {
  return error instanceof KaoheError ? error.withContext(`subject ${subjectOf(input)}`, locale) : error;
}

/**
 * Appraises one subject synchronously. Works for every scheme without `condition` rules.
 *
 * @example
 * const result = appraiseSync(compiled, { subject: 'E-001', period: '2026-Q3', facts, ratings });
 * result.total; // '90.14'
 * @throws {KaoheError} `async_required` when the scheme has `condition` rules; input errors
 * (`input_invalid`, `missing_fact`, `rating_out_of_range`, …) with the path of the bad field.
 */
export function appraiseSync(scheme: CompiledScorecard | unknown, input: AppraisalInput | unknown, options: AppraiseOptions = {}): Appraisal {
  const compiled = prepare(scheme, options);
  const locale = options.locale ?? 'en';
  if (compiled.requiresAsync) {
    throw new KaoheError({ code: 'async_required', path: [], params: { scheme: compiled.scheme.id, items: compiled.asyncItems.join(', ') } }, { locale });
  }
  return byPlan(compiled, input, options) ?? evaluateSync(compiled, input, options, locale);
}

/**
 * The subject through the scheme's plan, when it has one and no review applies; `undefined` when
 * there is none or the plan gives up on the subject. Reading the lines runs the evaluator below.
 */
function byPlan(compiled: CompiledScorecard, input: unknown, options: AppraiseOptions): Appraisal | undefined {
  if (options.reviews !== undefined || options.explain === 'eager') return undefined;
  const plan = planOf(compiled);
  if (plan === undefined) return undefined;
  return appraiseByPlan(plan, compiled, input, options.explain !== false, (same) => evaluateSync(compiled, same, { explain: 'eager' }, options.locale ?? 'en'), options.locale ?? 'en');
}

/** The decimal evaluator, for a scheme without `condition` rules: the reference, and the path that explains. */
function evaluateSync(compiled: CompiledScorecard, input: unknown, options: AppraiseOptions, locale: Locale): Appraisal {
  try {
    const steps = appraisalSteps(compiled, input, options);
    const next = steps.next();
    if (!next.done) throw new KaoheError({ code: 'async_required', path: [], params: { scheme: compiled.scheme.id, items: next.value.item.id } });
    return next.value;
  } catch (error) {
    throw withSubject(error, input, locale);
  }
}

/**
 * Appraises one subject. Runs `condition` rules through json-rules-engine; every other rule is
 * evaluated exactly as {@link appraiseSync} does.
 *
 * @example
 * const result = await appraise(compiled, input);
 * @throws {KaoheError} input errors with the path of the bad field.
 */
export async function appraise(scheme: CompiledScorecard | unknown, input: AppraisalInput | unknown, options: AppraiseOptions = {}): Promise<Appraisal> {
  const compiled = prepare(scheme, options);
  const locale = options.locale ?? 'en';
  const planned = byPlan(compiled, input, options);
  if (planned !== undefined) return planned;
  try {
    const steps = appraisalSteps(compiled, input, options);
    let next = steps.next();
    while (!next.done) {
      const request = next.value;
      next = steps.next(await evaluateCondition(request.rule, request.engine, request.item, request.ctx));
    }
    return next.value;
  } catch (error) {
    throw withSubject(error, input, locale);
  }
}

/**
 * Appraises many subjects with one compiled scheme, yielding each result as it is ready, so that
 * memory stays flat however many subjects stream through.
 *
 * @example
 * for await (const result of appraiseMany(compiled, readSubjects())) write(result);
 */
export async function* appraiseMany(
  scheme: CompiledScorecard | unknown,
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: AppraiseOptions = {},
): AsyncGenerator<Appraisal, void, undefined> {
  const compiled = prepare(scheme, options);
  for await (const input of inputs) {
    yield compiled.requiresAsync ? await appraise(compiled, input, options) : appraiseSync(compiled, input, options);
  }
}
