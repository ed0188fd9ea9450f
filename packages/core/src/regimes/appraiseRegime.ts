import { Decimal, formatFixed2, toDecimal } from '../decimal';
import { enumText } from '../explain/enumText';
import { KaoheError } from '../errors/KaoheError';
import type { AppraisalWarning } from '../evaluate/Appraisal';
import { renderBoth } from '../locales/render';
import type { Locale, LocalizedText, Provenance } from '../model/common';
import type { OrgChart, OrgChartInput } from '../model/orgChart';
import { parseOrgChart } from '../org/parseOrgChart';
import { show } from '../rules/ruleKit';
import { addLocalDays, startOfLocalDay } from '../time/calendarDay';
import { evaluateOrderCondition, fieldLabel } from './checkOrder';
import { resolvePayer } from './collective';
import { compileRegime, isCompiledRegime, type CompiledRegime } from './compileRegime';
import type { PenaltyRegime } from './PenaltyRegime';
import { readRegimeInput, type OrderRecord } from './regimeInput';
import type { CollectiveFine, FineLine, RegimeLine, RegimeResult } from './RegimeResult';
import { applyThresholds } from './thresholds';

/** Options of {@link appraiseRegime}. */
export interface RegimeOptions {
  /** Locale of error messages (results carry both locales). */
  locale?: Locale;
  /** The org chart that resolves the people a collective rule names by role (validated here, so plain JSON will do; the same object is validated once and must not be changed between calls). */
  org?: OrgChartInput;
  /**
   * `false` for bulk runs that need no explanation, as for a scorecard (`AppraiseOptions.explain`):
   * no line is built, and every `lines` (the result's and its fine's) is an empty array. Everything
   * else is as with explanations: points, the fine's total, collective fines (with their reasons),
   * sanctions (with their messages), outcome, windows and warnings. `true` (and `'eager'`, the
   * same for a regime, whose lines are always built with the result) unless set.
   */
  explain?: boolean | 'eager';
}

const named = (id: string, name: LocalizedText): LocalizedText => ({ en: `${id} ${name.en}`, 'zh-CN': `${id} ${name['zh-CN']}` });
const money = (amount: Decimal): string => formatFixed2(amount);

interface Work {
  readonly regime: PenaltyRegime;
  readonly lines: RegimeLine[];
  readonly fines: FineLine[];
  points: Decimal;
  fine: Decimal;
  /** Whether lines are built (the figures are summed either way). */
  readonly explain: boolean;
}

function charge(work: Work, rule: { id: string; name: LocalizedText; points?: string | number | undefined; fine?: string | number | undefined; provenance: Provenance }, ref: string, facts: Record<string, unknown>): void {
  const offence = named(rule.id, rule.name);
  if (rule.points !== undefined) {
    const points = toDecimal(rule.points);
    const perPoint = toDecimal(work.regime.finePerPoint);
    const amount = points.times(perPoint);
    work.points = work.points.plus(points);
    work.fine = work.fine.plus(amount);
    if (work.explain) {
      work.lines.push({ code: 'regime.offence.points', rule: rule.id, ref, amount: points.toString(), facts, arithmetic: `+${show(points)}`, message: renderBoth('line.regime.offence.points', { offence, ref, points: show(points) }), provenance: rule.provenance });
      work.fines.push({
        rule: rule.id,
        kind: 'points',
        ref,
        points: formatFixed2(points),
        amount: money(amount),
        arithmetic: `${show(points)} × ${show(perPoint)} = ${money(amount)}`,
        message: renderBoth('line.regime.fine.points', { offence, ref, points: show(points), perPoint: show(perPoint), amount: money(amount) }),
        provenance: rule.provenance,
      });
    }
  }
  if (rule.fine !== undefined) {
    const amount = toDecimal(rule.fine);
    work.fine = work.fine.plus(amount);
    if (work.explain) work.fines.push({ rule: rule.id, kind: 'offence', ref, points: null, amount: money(amount), arithmetic: money(amount), message: renderBoth('line.regime.fine.offence', { offence, ref, amount: money(amount) }), provenance: rule.provenance });
  }
}

function explainChecks(work: Work, rule: string, order: OrderRecord, result: ReturnType<typeof evaluateOrderCondition>, provenance: Provenance): void {
  if (!work.explain) return;
  for (const check of result.checks) {
    work.lines.push({ code: check.code, rule, ref: order.id, amount: '0', facts: check.facts, arithmetic: check.arithmetic, message: renderBoth(`line.${check.code}`, check.params), provenance });
  }
  for (const flag of result.flags) {
    work.lines.push({ code: 'regime.flag', rule, ref: order.id, amount: '0', facts: { order: order.id, [flag]: true }, arithmetic: `${flag} = true`, message: renderBoth('line.regime.flag', { order: order.id, flag: fieldLabel(work.regime, flag) }), provenance });
  }
}

function prepare(regime: CompiledRegime | unknown, locale: Locale): CompiledRegime {
  return isCompiledRegime(regime) ? regime : compileRegime(regime, { locale });
}

function subjectOf(input: unknown): string {
  const subject = typeof input === 'object' && input !== null ? (input as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : '?';
}

/**
 * Appraises one person's month under a penalty regime: each order and breach of the month checked
 * against the offences (deadlines by the boundary words of the source documents), the points and the fine,
 * the collective fines resolved through the org chart, and the thresholds over the calendar month
 * and rolling windows (earlier months from `facts.history`).
 *
 * @example
 * const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { orders, breaches, history } }, { org });
 * result.points;     // '1.50'
 * result.fine.total; // '150.00'
 * result.sanctions;  // [] — or [{ id: 'dismissal', … }]
 * @throws {KaoheError} input errors naming the field (`input_invalid`, `event_time_invalid`,
 * `timestamp_before_start` naming the order); `org_invalid` for a bad org chart; `tiers_overlap`
 * when a value falls in two tiers of a unique-hit threshold.
 */
export function appraiseRegime(regime: CompiledRegime | unknown, input: unknown, options: RegimeOptions = {}): RegimeResult {
  const locale = options.locale ?? 'en';
  const compiled = prepare(regime, locale);
  try {
    const org = options.org === undefined ? undefined : validatedOrgChart(options.org);
    return run(compiled, input, org, options.explain !== false);
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(`subject ${subjectOf(input)}`, locale);
    throw error;
  }
}

/** Org charts already validated, by the object the caller passed: one chart serves every subject of a run. */
const validatedCharts = new WeakMap<object, OrgChart>();

function validatedOrgChart(data: OrgChartInput): OrgChart {
  let chart = validatedCharts.get(data);
  if (chart === undefined) {
    chart = parseOrgChart(data);
    validatedCharts.set(data, chart);
  }
  return chart;
}

function run(compiled: CompiledRegime, raw: unknown, org: OrgChart | undefined, explain: boolean): RegimeResult {
  const regime = compiled.scheme;
  const input = readRegimeInput(regime, raw);
  const { period } = input;
  if (period.end === undefined) throw new KaoheError({ code: 'period_invalid', path: ['period'], params: { value: period.id, kind: enumText('period', 'month'), format: 'YYYY-MM' } });
  const periodEndMs = startOfLocalDay(addLocalDays(period.end, 1), regime.timeZone);
  const work: Work = { regime, lines: [], fines: [], points: new Decimal(0), fine: new Decimal(0), explain };
  const warnings: AppraisalWarning[] = [...input.warnings];
  const breachCounts = new Map<string, number>();
  for (const breach of input.breaches) breachCounts.set(breach.kind, (breachCounts.get(breach.kind) ?? 0) + 1);

  for (const offence of regime.offences) {
    const on = offence.on;
    if ('breaches' in on) {
      for (const breach of input.breaches.filter((b) => b.kind === on.breaches)) {
        const ref = `${regime.breaches?.fact ?? 'breaches'}[${breach.index}]`;
        charge(work, offence, ref, { at: breach.at.iso, kind: breach.kind, order: breach.order ?? null });
      }
      continue;
    }
    for (const order of input.orders.filter((o) => on.orders.includes(o.kind))) {
      const result = evaluateOrderCondition(regime, order, on.when, periodEndMs);
      explainChecks(work, offence.id, order, result, offence.provenance);
      if (result.met) charge(work, offence, order.id, { order: order.id, kind: order.kind });
    }
  }

  const collectiveFines: CollectiveFine[] = [];
  for (const rule of regime.collective) {
    for (const order of input.orders.filter((o) => rule.on.orders.includes(o.kind))) {
      const result = evaluateOrderCondition(regime, order, rule.on.when, periodEndMs);
      explainChecks(work, rule.id, order, result, rule.provenance);
      if (!result.met) continue;
      const amount = toDecimal(rule.fine);
      const ruleName = named(rule.id, rule.name);
      for (const payer of rule.payers) {
        const resolved = resolvePayer(payer, { org, subject: input.subject, subjectName: input.name, order });
        const who = resolved.person === null ? '?' : resolved.personName === null ? resolved.person : `${resolved.person} ${resolved.personName}`;
        const reason = renderBoth('line.regime.collective', { rule: ruleName, ref: order.id, role: resolved.roleName, person: who, amount: money(amount) });
        if (resolved.unresolved !== undefined) {
          warnings.push({ code: 'payer_unresolved', path: ['facts', regime.orders.fact, order.index], message: renderBoth('line.regime.payer_unresolved', { rule: ruleName, ref: order.id, role: resolved.roleName, why: resolved.unresolved }) });
        }
        if (resolved.person === input.subject) {
          work.fine = work.fine.plus(amount);
          if (explain) work.fines.push({ rule: rule.id, kind: 'collective', ref: order.id, points: null, amount: money(amount), arithmetic: money(amount), message: reason, provenance: rule.provenance });
        } else {
          collectiveFines.push({ rule: rule.id, ref: order.id, person: resolved.person, personName: resolved.personName, role: resolved.role, roleName: resolved.roleName, amount: money(amount), reason, provenance: rule.provenance });
        }
      }
    }
  }

  if (explain) {
    work.lines.push({
      code: 'regime.total',
      rule: 'total',
      ref: null,
      amount: work.points.toString(),
      facts: {},
      arithmetic: `${formatFixed2(work.points)} × ${show(toDecimal(regime.finePerPoint))}; fine ${money(work.fine)}`,
      message: renderBoth('line.regime.total', { period: period.id, points: formatFixed2(work.points), fine: money(work.fine) }),
    });
  }
  const thresholds = applyThresholds(regime, period.id, { points: work.points, breaches: breachCounts, counts: input.counts }, input.history);
  const sanctions = thresholds.sanctions.slice().sort((a, b) => b.severity - a.severity);
  return {
    kind: 'penaltyRegime',
    subject: input.subject,
    name: input.name,
    period: period.id,
    scheme: { kind: 'penaltyRegime', id: regime.id, version: regime.version, hash: compiled.hash },
    points: formatFixed2(work.points),
    fine: { currency: regime.currency, total: money(work.fine), lines: work.fines },
    collectiveFines,
    sanctions,
    outcome: sanctions[0]?.id ?? 'none',
    windows: thresholds.windows,
    lines: explain ? [...work.lines, ...thresholds.lines] : [],
    warnings,
  };
}
