import fc from 'fast-check';
import { PenaltyRegime, resolveScorecard, type FactSpec, type FieldSpec, type ResolvedScorecard, type SchemeSource } from '@kaohe/core';

/** The period each period kind is appraised for in generated inputs (events fall inside it). */
const PERIODS: Record<string, { readonly period: string; readonly months: readonly number[] }> = {
  month: { period: '2026-10', months: [10] },
  quarter: { period: '2026-Q3', months: [7, 8, 9] },
  'half-year': { period: '2026-H2', months: [7, 8, 9, 10, 11, 12] },
  year: { period: '2026', months: [1, 3, 6, 9, 12] },
  project: { period: 'P-2026-01', months: [7, 8] },
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A local date in one of the months, written as the department writes it. */
function dateIn(months: readonly number[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...months), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `2026-${pad(m)}-${pad(d)}`);
}

/** A date-time in one of the months, with +08:00 or as the same instant in UTC. */
function dateTimeIn(months: readonly number[]): fc.Arbitrary<string> {
  return fc
    .tuple(dateIn(months), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean())
    .map(([date, h, m, utc]) => (utc ? new Date(`${date}T${pad(h)}:${pad(m)}:00+08:00`).toISOString().replace('.000Z', 'Z') : `${date}T${pad(h)}:${pad(m)}:00+08:00`));
}

/** A number between bounds, as a JSON number or a decimal string. */
function decimalBetween(min: number, max: number, scale: number): fc.Arbitrary<number | string> {
  const low = Math.ceil(min * scale);
  return fc
    .tuple(fc.integer({ min: low, max: Math.max(low, Math.floor(max * scale)) }), fc.boolean())
    .map(([n, asText]) => (asText ? String(n / scale) : n / scale));
}

/** A scheme's bound as a number for drawing values, kept within ±10⁹ (fc.integer needs safe integers once scaled). */
function bound(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? Math.min(1e9, Math.max(-1e9, n)) : fallback;
}

/** The value of a scalar fact or event field its spec accepts. */
function scalarValue(spec: FieldSpec, months: readonly number[]): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'count': {
      const low = Math.max(0, Math.ceil(bound(spec.min, 0)));
      return fc.integer({ min: low, max: Math.max(low, Math.floor(bound(spec.max, 30))) });
    }
    case 'ratio':
      return decimalBetween(bound(spec.min, 0), bound(spec.max, 1.2), 1000);
    case 'money':
      return decimalBetween(bound(spec.min, 0), bound(spec.max, 20_000_000), 100);
    case 'number':
      return decimalBetween(bound(spec.min, -50), bound(spec.max, 500), 4);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(spec.values ?? ['x']));
    case 'string':
      return fc.constantFrom('A-01', 'CS-07', '考核', '');
    case 'date':
      return dateIn(months);
    case 'datetime':
      return dateTimeIn(months);
  }
}

/** The value of a fact: a scalar, or a list of events each with its fields. */
function factValue(spec: FactSpec, months: readonly number[]): fc.Arbitrary<unknown> {
  if (spec.type !== 'events') return scalarValue(spec, months);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const field of spec.fields) {
    fields[field.name] = scalarValue(field, months);
    if (field.optional !== true) required.push(field.name);
  }
  return fc.array(fc.record(fields, { requiredKeys: required }), { maxLength: 6 });
}

/** Ratings of each rated item: one number, or one per rater of the item or the scheme's panel. */
function ratings(scheme: ResolvedScorecard): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const item of scheme.items) {
    const rule = item.rule;
    if (rule.kind !== 'rated') continue;
    const min = bound(rule.min, 0);
    const max = bound(rule.max ?? item.points, scheme.model === 'weighted' ? 100 : 10);
    const one = decimalBetween(min, Math.max(min, max), 4);
    const raters = rule.raters ?? scheme.panel?.raters;
    model[item.id] = raters === undefined ? one : fc.record(Object.fromEntries(raters.map((rater) => [rater.id, one])), { requiredKeys: [] });
  }
  return fc.record(model, { requiredKeys: Object.keys(model) });
}

/**
 * Inputs a scorecard accepts, drawn from its declared inputs and rated items: every required fact,
 * optional facts sometimes, events inside the period, ratings within the rated range.
 *
 * @throws {KaoheError} when the scheme does not resolve (only valid schemes have generated inputs).
 */
export function scorecardInputArbitrary(scheme: unknown, schemes?: SchemeSource): fc.Arbitrary<Record<string, unknown>> {
  const resolved = resolveScorecard(scheme, schemes);
  const { period, months } = PERIODS[resolved.period] ?? (PERIODS['quarter'] as (typeof PERIODS)[string]);
  const facts: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const spec of resolved.inputs) {
    facts[spec.name] = factValue(spec, months);
    if (spec.optional !== true) required.push(spec.name);
  }
  return fc
    .tuple(fc.record(facts, { requiredKeys: required }), ratings(resolved))
    .map(([f, r]) => ({ subject: 'E-001', period, facts: f, ratings: r }));
}

/**
 * Inputs a penalty regime accepts for October 2026: orders of its kinds with their timestamps,
 * flags and people, breaches of its kinds, and its monthly counts.
 *
 * @throws {ZodError} when the data is not a penalty regime.
 */
export function regimeInputArbitrary(data: unknown): fc.Arbitrary<Record<string, unknown>> {
  const regime = PenaltyRegime.parse(data);
  const months = [10];
  const facts: Record<string, fc.Arbitrary<unknown>> = {};
  if (regime.orders !== undefined) {
    const orders = regime.orders;
    const order: Record<string, fc.Arbitrary<unknown>> = {
      kind: fc.constantFrom(...orders.kinds.map((k) => k.id)),
      [orders.start.name]: dateTimeIn(months),
    };
    for (const t of orders.timestamps) order[t.name] = dateTimeIn(months);
    for (const f of orders.flags) order[f.name] = fc.boolean();
    for (const p of orders.people) order[p.name] = fc.constantFrom('CS-07', 'S-01', 'nobody');
    const list = fc.array(fc.record(order, { requiredKeys: ['kind', orders.start.name] }), { maxLength: 5 });
    facts[orders.fact] = list.map((items) => items.map((o, i) => ({ id: `T${i + 1}`, ...o })));
  }
  if (regime.breaches !== undefined) {
    facts[regime.breaches.fact] = fc.array(fc.record({ at: dateTimeIn(months), kind: fc.constantFrom(...regime.breaches.kinds.map((k) => k.id)) }), { maxLength: 4 });
  }
  for (const count of regime.counts ?? []) facts[count.name] = fc.nat(6);
  return fc.record(facts, { requiredKeys: [] }).map((f) => ({ subject: 'T-001', period: '2026-10', facts: f }));
}
