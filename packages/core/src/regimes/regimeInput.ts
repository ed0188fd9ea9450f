import * as z from 'zod';
import { Decimal, isDecimalString } from '../decimal';
import { issuesFromZod } from '../errors/fromZod';
import { limitIssue } from '../errors/limitExceeded';
import { numberBreach } from '../limits';
import { enumText } from '../explain/enumText';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import type { AppraisalWarning } from '../evaluate/Appraisal';
import type { LocalDate } from '../rules/factValue';
import { parseAppraisalInput } from '../evaluate/readInput';
import { renderBoth } from '../locales/render';
import { ownValue } from '../safety/ownValue';
import { PERIOD_FORMATS, parsePeriod, periodContains, type ResolvedPeriod } from '../time/period';
import { cachedLocalDateOf } from '../time/cachedLocalDateOf';
import { parseInstant } from '../time/zonedDate';
import type { PenaltyRegime } from './PenaltyRegime';

/** A timestamp of an input, read. */
export interface Stamp {
  readonly iso: string;
  readonly ms: number;
  readonly local: LocalDate;
}

/** An order of the period, read and checked. */
export interface OrderRecord {
  /** Position in the input's list, for paths. */
  readonly index: number;
  readonly id: string;
  readonly kind: string;
  readonly start: Stamp;
  readonly times: ReadonlyMap<string, Stamp>;
  readonly flags: ReadonlySet<string>;
  readonly people: ReadonlyMap<string, string>;
}

/** A breach of the period. */
export interface BreachRecord {
  readonly index: number;
  readonly kind: string;
  readonly at: Stamp;
  readonly order: string | undefined;
}

/** Points and breaches of an earlier month. */
export interface HistoryMonth {
  readonly month: string;
  readonly points: Decimal;
  readonly breaches: ReadonlyMap<string, number>;
}

/** One subject's month, read against a regime. */
export interface RegimeInputRead {
  readonly subject: string;
  readonly name: string | null;
  readonly period: ResolvedPeriod;
  readonly orders: readonly OrderRecord[];
  readonly breaches: readonly BreachRecord[];
  readonly history: ReadonlyMap<string, HistoryMonth>;
  readonly counts: ReadonlyMap<string, Decimal>;
  readonly warnings: readonly AppraisalWarning[];
}

const NonNegative = z.union([z.number().nonnegative(), z.string().refine((s) => isDecimalString(s) && !s.trim().startsWith('-'), { message: 'decimal ≥ 0' })]);

const HistoryEntry = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month YYYY-MM' }),
  points: NonNegative,
  breaches: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

function orderSchema(regime: PenaltyRegime): z.ZodType<Array<Record<string, unknown>>> {
  const spec = regime.orders;
  const shape: Record<string, z.ZodType> = {
    id: z.string().min(1),
    kind: z.enum(spec.kinds.map((k) => k.id) as [string, ...string[]]),
    [spec.start.name]: z.string(),
  };
  for (const t of spec.timestamps) shape[t.name] = z.string().nullable().optional();
  for (const f of spec.flags) shape[f.name] = z.boolean().nullable().optional();
  for (const p of spec.people) shape[p.name] = z.string().min(1).nullable().optional();
  return z.array(z.strictObject(shape));
}

function breachSchema(regime: PenaltyRegime): z.ZodType<Array<{ at: string; kind: string; order?: string | undefined; note?: string | undefined }>> {
  const kinds = (regime.breaches?.kinds ?? []).map((k) => k.id);
  return z.array(z.strictObject({ at: z.string(), kind: z.enum((kinds.length > 0 ? kinds : ['-']) as [string, ...string[]]), order: z.string().min(1).optional(), note: z.string().optional() }));
}

function stamp(value: string, path: Array<string | number>, timeZone: string, issues: KaoheIssue[]): Stamp | undefined {
  const ms = parseInstant(value);
  if (ms === undefined) {
    issues.push({ code: 'event_time_invalid', path, params: { value: JSON.stringify(value) } });
    return undefined;
  }
  return { iso: value, ms, local: cachedLocalDateOf(ms, timeZone) };
}

/** A list whose objects are copied without a prototype, so zod sees only the keys they hold (a field named `toString` that an object leaves out is absent, not inherited). */
function ownEntries(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((element: unknown) => (typeof element === 'object' && element !== null && !Array.isArray(element) ? Object.assign(Object.create(null) as object, element) : element));
}

function parseList<T>(schema: z.ZodType<T>, value: unknown, path: Array<string | number>): T {
  const parsed = schema.safeParse(ownEntries(value ?? []));
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'input_invalid', path));
  return parsed.data;
}

const outside = (path: Array<string | number>, date: string, period: string): AppraisalWarning => ({
  code: 'event_outside_period',
  path,
  message: renderBoth('error.event_outside_period', { date, period }),
});

/**
 * Reads one subject's month for a regime: `facts.orders`, `facts.breaches`, `facts.history` and the
 * regime's counts. Orders and breaches dated outside the month (in the regime's time zone) are left
 * out with a warning.
 *
 * @throws {KaoheError} `input_invalid`, `event_time_invalid`, `period_invalid`, and
 * `timestamp_before_start` for a step timestamped before its order was dispatched — each naming
 * the order and the field.
 */
export function readRegimeInput(regime: PenaltyRegime, raw: unknown): RegimeInputRead {
  const input = parseAppraisalInput(raw);
  const period = parsePeriod(input.period, 'month');
  if (period === undefined) throw new KaoheError({ code: 'period_invalid', path: ['period'], params: { value: input.period, kind: enumText('period', 'month'), format: PERIOD_FORMATS.month } });
  const zone = regime.timeZone;
  const issues: KaoheIssue[] = [];
  const warnings: AppraisalWarning[] = [];
  const facts = input.facts;
  const spec = regime.orders;
  const breachFact = regime.breaches?.fact ?? 'breaches';
  const known = new Set([spec.fact, breachFact, 'history', ...regime.counts.map((c) => c.name)]);
  for (const name of Object.keys(facts)) {
    if (!known.has(name)) warnings.push({ code: 'undeclared_fact', path: ['facts', name], message: { en: `the fact "${name}" is not read by this regime`, 'zh-CN': `本制度不读取事实 "${name}"` } });
  }

  const orders: OrderRecord[] = [];
  const seenIds = new Map<string, number>();
  parseList(orderSchema(regime), ownValue(facts, spec.fact), ['facts', spec.fact]).forEach((order, index) => {
    const at = ['facts', spec.fact, index];
    const id = order.id as string;
    if (seenIds.has(id)) issues.push({ code: 'input_invalid', path: [...at, 'id'], params: { reason: { en: `order id ${id} repeats order #${(seenIds.get(id) ?? 0) + 1}`, 'zh-CN': `工单号 ${id} 与第 ${(seenIds.get(id) ?? 0) + 1} 条重复` } } });
    seenIds.set(id, index);
    const start = stamp(ownValue(order, spec.start.name) as string, [...at, spec.start.name], zone, issues);
    const times = new Map<string, Stamp>();
    for (const t of spec.timestamps) {
      const value = ownValue(order, t.name);
      if (typeof value !== 'string') continue;
      const read = stamp(value, [...at, t.name], zone, issues);
      if (read === undefined) continue;
      if (start !== undefined && read.ms < start.ms) {
        issues.push({ code: 'timestamp_before_start', path: [...at, t.name], params: { event: id, field: t.name, value, start: spec.start.name, startValue: start.iso } });
      }
      times.set(t.name, read);
    }
    const flags = new Set(spec.flags.filter((f) => ownValue(order, f.name) === true).map((f) => f.name));
    const people = new Map<string, string>();
    for (const p of spec.people) {
      const person = ownValue(order, p.name);
      if (typeof person === 'string') people.set(p.name, person);
    }
    if (start === undefined) return;
    if (!periodContains(period, start.local)) {
      warnings.push(outside(at, start.iso, period.id));
      return;
    }
    orders.push({ index, id, kind: order.kind as string, start, times, flags, people });
  });

  const breaches: BreachRecord[] = [];
  if (ownValue(facts, breachFact) !== undefined && regime.breaches === undefined) {
    issues.push({ code: 'input_invalid', path: ['facts', breachFact], params: { reason: { en: 'this regime has no breach kinds', 'zh-CN': '本制度没有违规类别' } } });
  }
  if (regime.breaches !== undefined) {
    parseList(breachSchema(regime), ownValue(facts, breachFact), ['facts', breachFact]).forEach((breach, index) => {
      const at = ['facts', breachFact, index];
      const when = stamp(breach.at, [...at, 'at'], zone, issues);
      if (when === undefined) return;
      if (!periodContains(period, when.local)) {
        warnings.push(outside(at, when.iso, period.id));
        return;
      }
      breaches.push({ index, kind: breach.kind, at: when, order: breach.order });
    });
  }

  const history = new Map<string, HistoryMonth>();
  parseList(z.array(HistoryEntry), ownValue(facts, 'history'), ['facts', 'history']).forEach((entry, index) => {
    const at = ['facts', 'history', index];
    if (entry.month >= period.id) {
      issues.push({ code: 'input_invalid', path: [...at, 'month'], params: { reason: { en: `history must be of months before ${period.id}, not ${entry.month}`, 'zh-CN': `历史记录须为 ${period.id} 之前的月份,而非 ${entry.month}` } } });
    } else if (history.has(entry.month)) {
      issues.push({ code: 'input_invalid', path: [...at, 'month'], params: { reason: { en: `month ${entry.month} is given twice`, 'zh-CN': `月份 ${entry.month} 重复` } } });
    }
    const breach = numberBreach(entry.points);
    if (breach !== undefined) {
      issues.push(limitIssue(breach, [...at, 'points']));
      return;
    }
    history.set(entry.month, { month: entry.month, points: new Decimal(entry.points), breaches: new Map(Object.entries(entry.breaches ?? {})) });
  });

  const counts = new Map<string, Decimal>();
  for (const count of regime.counts) {
    const value = ownValue(facts, count.name);
    if (value === undefined || value === null) {
      if (count.optional) counts.set(count.name, new Decimal(0));
      else issues.push({ code: 'missing_fact', path: ['facts', count.name], params: { fact: count.name } });
      continue;
    }
    const number = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? new Decimal(value) : undefined;
    if (number === undefined) issues.push({ code: 'input_invalid', path: ['facts', count.name], params: { reason: { en: `expected a whole number ≥ 0, received ${JSON.stringify(value)}`, 'zh-CN': `应为非负整数,实为 ${JSON.stringify(value)}` } } });
    else counts.set(count.name, number);
  }
  if (issues.length > 0) throw new KaoheError(issues);
  return { subject: input.subject, name: input.name ?? null, period, orders, breaches, history, counts, warnings };
}
