import * as z from 'zod';
import { Decimal, formatShort, toDecimal } from '../decimal';
import { decimalWhere, type LocalizedText } from '../model/common';

const MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/**
 * The longest duration a scheme may write: 3660 days (ten years), in whichever unit. Timestamps are
 * years 0000–9999, so a deadline this far after any of them is still a date that can be shown.
 */
export const MAX_DURATION_DAYS = 3660;

const MAX_DURATION_MS = new Decimal(MAX_DURATION_DAYS).times(MS.days);

const amountOf = (unit: keyof typeof MS) =>
  decimalWhere((value) => value.greaterThan(0) && value.times(MS[unit]).lessThanOrEqualTo(MAX_DURATION_MS), `duration (> 0, ≤ ${MAX_DURATION_DAYS} days)`);

/** A length of time: minutes, hours or days (a day is 24 hours here; calendar and working days are separate), at most {@link MAX_DURATION_DAYS} days. */
export const Duration = z.union([
  z.strictObject({ minutes: amountOf('minutes').describe(`Minutes (> 0, at most ${MAX_DURATION_DAYS} days' worth).`) }),
  z.strictObject({ hours: amountOf('hours').describe(`Hours (> 0, at most ${MAX_DURATION_DAYS} days' worth).`) }),
  z.strictObject({ days: amountOf('days').describe(`Days of 24 hours (> 0, at most ${MAX_DURATION_DAYS}).`) }),
]).meta({ description: 'A length of time: minutes, hours or days (a day is 24 hours here).', examples: [{ minutes: 10 }, { hours: 48 }] });
/** A length of time. */
export type Duration = z.infer<typeof Duration>;

/**
 * How a limit reads its own end, by the boundary words of the source documents: `inclusive` for 以内, 内,
 * 以下, 届满 (the limit itself is still on time: "10分钟内" is ≤ 10 minutes); `exclusive` for 不满,
 * 不足 (the limit itself is already late: "不满10分钟" is < 10 minutes).
 */
export const Boundary = z.enum(['inclusive', 'exclusive']).meta({ description: 'How a limit reads its own end: `inclusive` for 以内/内/以下/届满 (the limit itself is on time); `exclusive` for 不满/不足 (the limit itself is late).', examples: ['inclusive'] });
/** How a limit reads its own end. */
export type Boundary = z.infer<typeof Boundary>;

/**
 * A duration in milliseconds, exactly.
 *
 * @example
 * durationMs({ minutes: 10 }).toString(); // '600000'
 */
export function durationMs(duration: Duration): Decimal {
  if ('minutes' in duration) return toDecimal(duration.minutes).times(MS.minutes);
  if ('hours' in duration) return toDecimal(duration.hours).times(MS.hours);
  return toDecimal(duration.days).times(MS.days);
}

/**
 * A duration in words, in both locales.
 *
 * @example
 * describeDuration({ hours: 48 }); // { en: '48 hours', 'zh-CN': '48小时' }
 */
export function describeDuration(duration: Duration): LocalizedText {
  if ('minutes' in duration) return { en: `${formatShort(toDecimal(duration.minutes))} minutes`, 'zh-CN': `${formatShort(toDecimal(duration.minutes))}分钟` };
  if ('hours' in duration) return { en: `${formatShort(toDecimal(duration.hours))} hours`, 'zh-CN': `${formatShort(toDecimal(duration.hours))}小时` };
  return { en: `${formatShort(toDecimal(duration.days))} days`, 'zh-CN': `${formatShort(toDecimal(duration.days))}天` };
}

/**
 * An elapsed time in words, to the second: `1 h 12 min 5 s` / `1小时12分5秒`.
 *
 * @example
 * describeElapsed(601_000).en; // '10 min 1 s'
 */
export function describeElapsed(ms: number): LocalizedText {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const en = [hours > 0 ? `${hours} h` : '', minutes > 0 ? `${minutes} min` : '', seconds > 0 || total === 0 ? `${seconds} s` : ''].filter(Boolean).join(' ');
  const zh = `${hours > 0 ? `${hours}小时` : ''}${minutes > 0 ? `${minutes}分` : ''}${seconds > 0 || total === 0 ? `${seconds}秒` : ''}`;
  return { en, 'zh-CN': zh };
}

/** What a deadline check found. */
export type DeadlineStatus =
  /** the step happened in time */
  | 'met'
  /** the step happened late */
  | 'late'
  /** the step has no timestamp and its deadline passed before the period ended: missed */
  | 'absent'
  /** the step has no timestamp and its deadline falls after the period: not yet due */
  | 'pending';

/** The outcome of one deadline check. */
export interface DeadlineOutcome {
  readonly status: DeadlineStatus;
  /** Whether the deadline counts as missed (`late` or `absent`). */
  readonly missed: boolean;
  /** The last instant still on time (inclusive) or the first instant late (exclusive), epoch ms. */
  readonly dueMs: number;
  /** When the step happened, epoch ms; `undefined` when its timestamp is absent. */
  readonly atMs: number | undefined;
}

/**
 * Checks a step against its deadline. A step that happened is on time when it is at or before the
 * deadline (`inclusive`) or strictly before it (`exclusive`). A step with no timestamp has not
 * happened by the end of the period: it is missed when the deadline passed before then, and not
 * yet due otherwise.
 *
 * @example
 * const due = Date.parse('2026-10-08T09:10:00+08:00');
 * checkDeadline({ dueMs: due, atMs: due, boundary: 'inclusive', periodEndMs }).status; // 'met'
 * checkDeadline({ dueMs: due, atMs: due + 1000, boundary: 'inclusive', periodEndMs }).status; // 'late'
 */
export function checkDeadline(args: { dueMs: number; atMs: number | undefined; boundary: Boundary; periodEndMs: number }): DeadlineOutcome {
  const { dueMs, atMs, boundary, periodEndMs } = args;
  if (atMs === undefined) {
    // The step could still happen up to the end of the period; the deadline has passed only if no
    // instant before the end would still be on time.
    const passed = boundary === 'inclusive' ? dueMs < periodEndMs : dueMs <= periodEndMs;
    return { status: passed ? 'absent' : 'pending', missed: passed, dueMs, atMs };
  }
  const onTime = boundary === 'inclusive' ? atMs <= dueMs : atMs < dueMs;
  return { status: onTime ? 'met' : 'late', missed: !onTime, dueMs, atMs };
}

/**
 * The deadline `duration` after a start, as epoch ms. Durations are exact: a fractional
 * millisecond (never written in practice) rounds up, so a limit is never shortened.
 *
 * @example
 * dueAfter(Date.parse('2026-10-10T10:00:00+08:00'), { hours: 48 }); // Date.parse('2026-10-12T10:00:00+08:00')
 */
export function dueAfter(startMs: number, duration: Duration): number {
  return new Decimal(startMs).plus(durationMs(duration)).ceil().toNumber();
}
