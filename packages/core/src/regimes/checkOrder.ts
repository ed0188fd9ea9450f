import type { LocalizedText } from '../model/common';
import { checkDeadline, describeDuration, describeElapsed, dueAfter, type DeadlineOutcome } from '../time/deadline';
import type { OrderCondition, OrderDeadline } from './orderCondition';
import type { PenaltyRegime } from './PenaltyRegime';
import type { OrderRecord } from './regimeInput';

/** One deadline of one order, checked and explained. */
export interface DeadlineCheck {
  readonly deadline: OrderDeadline;
  /** `notApplicable` when a `by` deadline's time is absent from the order. */
  readonly outcome: DeadlineOutcome | 'notApplicable';
  readonly code: string;
  readonly params: Record<string, string | LocalizedText>;
  readonly facts: Record<string, unknown>;
  readonly arithmetic: string;
}

/** What a condition found on an order: whether it is met, and every check made on the way. */
export interface ConditionResult {
  readonly met: boolean;
  readonly checks: readonly DeadlineCheck[];
  /** Flags of the order that the condition found set. */
  readonly flags: readonly string[];
}

function label(regime: PenaltyRegime, name: string): LocalizedText {
  if (name === regime.orders.start.name) return regime.orders.start.label;
  return regime.orders.timestamps.find((t) => t.name === name)?.label ?? regime.orders.flags.find((f) => f.name === name)?.label ?? { en: name, 'zh-CN': name };
}

/** One formatter per time zone: building one costs far more than formatting with it, and every order's check formats. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Renders an instant in the regime's zone as `2026-10-08 14:15:00`. */
function localTime(ms: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

function check(regime: PenaltyRegime, order: OrderRecord, deadline: OrderDeadline, periodEndMs: number): DeadlineCheck {
  const zone = regime.timeZone;
  const step = label(regime, deadline.step);
  const at = order.times.get(deadline.step);
  const fromName = 'by' in deadline ? deadline.by : (deadline.from ?? regime.orders.start.name);
  const from = fromName === regime.orders.start.name ? order.start : order.times.get(fromName);
  const fromLabel = label(regime, fromName);
  const base = { order: order.id, step: deadline.label ?? step };
  const facts: Record<string, unknown> = { order: order.id, [fromName]: from?.iso ?? null, [deadline.step]: at?.iso ?? null };
  if (from === undefined) {
    return { deadline, outcome: 'notApplicable', code: 'regime.check.notApplicable', params: { ...base, from: fromLabel }, facts, arithmetic: `${fromName} absent` };
  }
  const dueMs = 'by' in deadline ? from.ms : dueAfter(from.ms, deadline.within);
  const limit: LocalizedText =
    'by' in deadline
      ? { en: `by the ${fromLabel.en} time`, 'zh-CN': `${fromLabel['zh-CN']}时间之前` }
      : { en: `within ${describeDuration(deadline.within).en} of ${fromLabel.en}`, 'zh-CN': `${fromLabel['zh-CN']}后${describeDuration(deadline.within)['zh-CN']}内` };
  const boundaryText = deadline.boundary === 'inclusive' ? '≤' : '<';
  const outcome = checkDeadline({ dueMs, atMs: at?.ms, boundary: deadline.boundary, periodEndMs });
  const due = localTime(dueMs, zone);
  if (at === undefined) {
    return { deadline, outcome, code: `regime.check.${outcome.status}`, params: { ...base, limit, due }, facts, arithmetic: `${deadline.step} absent; deadline ${due} ${outcome.missed ? '<' : '≥'} end of period ${localTime(periodEndMs, zone)}` };
  }
  const since = 'by' in deadline ? order.start : from;
  const sinceLabel = 'by' in deadline ? regime.orders.start.label : fromLabel;
  const span = describeElapsed(at.ms - since.ms);
  const elapsed: LocalizedText = { en: `${span.en} after ${sinceLabel.en}`, 'zh-CN': `${sinceLabel['zh-CN']}后${span['zh-CN']}` };
  return {
    deadline,
    outcome,
    code: `regime.check.${outcome.status}`,
    params: { ...base, limit, due, at: localTime(at.ms, zone), elapsed },
    facts,
    arithmetic: `${deadline.step} ${localTime(at.ms, zone)} ${outcome.missed ? 'not ' : ''}${boundaryText} ${due} (${elapsed.en})`,
  };
}

/**
 * Evaluates a condition on an order. Every deadline under an `any` or `all` is checked, so the
 * explanation shows each one, met or not.
 *
 * @example
 * evaluateOrderCondition(regime, order, { missed: { step: 'contactedAt', within: { minutes: 10 }, boundary: 'inclusive' } }, periodEndMs).met;
 */
export function evaluateOrderCondition(regime: PenaltyRegime, order: OrderRecord, condition: OrderCondition, periodEndMs: number): ConditionResult {
  if ('missed' in condition) {
    const result = check(regime, order, condition.missed, periodEndMs);
    return { met: result.outcome !== 'notApplicable' && result.outcome.missed, checks: [result], flags: [] };
  }
  if ('flag' in condition) {
    const set = order.flags.has(condition.flag);
    return { met: set, checks: [], flags: set ? [condition.flag] : [] };
  }
  const parts = ('any' in condition ? condition.any : condition.all).map((c) => evaluateOrderCondition(regime, order, c, periodEndMs));
  const met = 'any' in condition ? parts.some((p) => p.met) : parts.every((p) => p.met);
  return { met, checks: parts.flatMap((p) => p.checks), flags: parts.flatMap((p) => p.flags) };
}

/** The label of an order flag or timestamp, for messages. */
export function fieldLabel(regime: PenaltyRegime, name: string): LocalizedText {
  return label(regime, name);
}
