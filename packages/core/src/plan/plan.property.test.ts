import { describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../../../../bench/generate.mjs';
import { compile, type CompiledScorecard, type ExprInput, type ItemInput, type ScorecardInput } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';
import { againstEvaluator } from './againstEvaluator';
import { planExplainer } from './explainByPlan';
import { planOf } from './planOf';

const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const oneOf = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const pad = (n: number): string => String(n).padStart(2, '0');

/** A decimal as a string or a JSON number: many places, contract-sized, on the edges the schemes use. */
function decimal(r: () => number, edges: readonly (number | string)[]): number | string {
  const kind = r();
  let value: number | string;
  if (kind < 0.3) value = oneOf(r, edges);
  else if (kind < 0.5) value = `${int(r, 0, 1)}.${String(int(r, 0, 99_999_999)).padStart(8, '0')}`;
  else if (kind < 0.55) value = `${int(r, 100_000_000, 999_999_999_999)}.${String(int(r, 0, 99_999_999)).padStart(8, '0')}`;
  else if (kind < 0.6) value = int(r, 0, 999_999_999_999);
  else value = `${int(r, 0, 1)}.${String(int(r, 0, 999)).padStart(3, '0')}`;
  return r() < 0.5 ? value : Number(value);
}

const EDGES = [0, 1, '0.7', '0.85', '0.9', '0.95', '0.999', '1.2', 0.05, '0.90000000'];

function instant(r: () => number): string {
  // Mostly inside the quarter; its edges in UTC fall a month either side in +08:00.
  const month = r() < 0.9 ? int(r, 7, 9) : oneOf(r, [6, 10]);
  const day = r() < 0.3 ? oneOf(r, [1, 30, 31]) : int(r, 1, 28);
  const safeDay = Math.min(day, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number);
  const hour = r() < 0.3 ? oneOf(r, [0, 23, 16, 15]) : int(r, 0, 23);
  const zone = r() < 0.4 ? 'Z' : '+08:00';
  return `2026-${pad(month)}-${pad(safeDay)}T${pad(hour)}:${pad(int(r, 0, 59))}:${r() < 0.5 ? '00' : `${pad(int(r, 0, 59))}.${int(r, 0, 999)}`}${zone}`;
}

const TIERS = [
  { max: 15, maxInclusive: true, points: 0 },
  { min: 15, minInclusive: false, max: 30, maxInclusive: true, points: -5 },
  { min: 30, minInclusive: false, points: '-10.5' },
];

/** An expression of operators, choices, ratios, facts and earlier items' points, up to `depth` deep. */
function randomExpr(r: () => number, id: string, depth: number): ExprInput {
  const leaf = (): ExprInput => {
    const pick = r();
    if (pick < 0.35) return { fact: oneOf(r, ['share', 'won', 'approved', 'late']) };
    if (pick < 0.45 && id !== 'I1') return { item: 'I1' };
    if (pick < 0.52) return { daysBetween: oneOf(r, [['startOn', 'endOn'], ['endOn', 'startOn'], ['startOn', 'startOn']] as const) };
    if (pick < 0.58) return { count: 'outages', ...(r() < 0.6 ? { where: { field: 'customers', operator: 'greaterThan' as const, value: oneOf(r, [1, 2]) } } : {}) };
    return oneOf(r, [0, 1, 3, '0.5', '2.25', -4, '0.333', 7]);
  };
  if (depth === 0 || r() < 0.25) return leaf();
  const inner = (): ExprInput => randomExpr(r, id, depth - 1);
  const pick = r();
  if (pick < 0.5) {
    const op = oneOf(r, ['add', 'sub', 'mul', 'div', 'min', 'max'] as const);
    return { op, args: Array.from({ length: int(r, 1, 3) }, inner) };
  }
  if (pick < 0.7) return { op: oneOf(r, ['abs', 'neg', 'floor', 'ceil'] as const), args: [inner()] };
  if (pick < 0.85) return { if: oneOf(r, [{ fact: 'quality', operator: 'equal' as const, value: 'good' }, { fact: 'late', operator: 'greaterThanInclusive' as const, value: 3 }, { fact: 'share', operator: 'lessThan' as const, value: '0.9' }]), then: inner(), else: inner() };
  return { ratio: [inner(), inner()], ...(r() < 0.5 ? { ifZero: 0 } : {}) };
}

const HOLIDAYS = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-09-30'], workdays: ['2026-09-26'] };

/** A check of each kind a deadline rule has: a duration, an SLA table by class, working days, a report's due date. */
function randomCheck(r: () => number, id: string): Record<string, unknown> {
  const boundary = oneOf(r, ['inclusive', 'exclusive'] as const);
  const each = oneOf(r, [-2, '-2.5', -5, 1]);
  const pick = r();
  if (pick < 0.25) return { id, name: { 'zh-CN': '响应', en: 'response' }, from: 'openedAt', to: oneOf(r, ['answeredAt', 'answeredAt', 'doneOn']), limit: oneOf(r, [{ minutes: 30 }, { hours: '1.5' }, { days: 2 }, { minutes: '0.0005' }]), boundary, each };
  if (pick < 0.5) return { id, name: { 'zh-CN': '恢复', en: 'restore' }, from: oneOf(r, ['openedAt', 'openedAt', 'doneOn']), to: 'answeredAt', limit: { byClass: 'cls', limits: { p1: { hours: 4 }, p2: { minutes: '90.5' } } }, boundary, each };
  if (pick < 0.75) return { id, name: { 'zh-CN': '送修', en: 'sent' }, from: oneOf(r, ['doneOn', 'openedAt', 'cls']), to: oneOf(r, ['sentOn', 'answeredAt']), limit: { workingDays: int(r, 0, 3), ...(r() < 0.5 ? { calendar: HOLIDAYS } : {}) }, boundary, each };
  return { id, name: { 'zh-CN': '上报', en: 'report' }, from: oneOf(r, ['covers', 'covers', 'doneOn']), to: 'sentOn', limit: { report: r() < 0.5 ? {} : { dueDay: int(r, 1, 28), dueDayInclusive: r() < 0.5, weeklyDueWeekday: int(r, 1, 7) }, kindField: 'kind' }, boundary, each };
}

function randomDeadline(r: () => number): ItemInput['rule'] {
  const where = r() < 0.3 ? { where: { field: 'cls', operator: 'notEqual' as const, value: 'p2' } } : {};
  const checks = Array.from({ length: int(r, 1, 2) }, (_, i) => randomCheck(r, `c${i}`));
  return { kind: 'deadline', events: 'tickets', ...where, checks, ...(r() < 0.3 ? { start: oneOf(r, [0, 10, '7.5']) } : {}) } as ItemInput['rule'];
}

/** An instant some minutes after another, in UTC or +08:00. */
function later(r: () => number, from: string, minutes: number): string {
  const ms = Date.parse(from) + minutes * 60_000;
  const iso = new Date(ms).toISOString();
  if (r() < 0.5) return iso;
  const local = new Date(ms + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 23)}+08:00`;
}

function dayOf(r: () => number): string {
  const month = r() < 0.85 ? int(r, 7, 9) : 10;
  const day = r() < 0.4 ? oneOf(r, [1, 2, 3, 25, 28, 29, 30]) : int(r, 1, 28);
  return `2026-${pad(month)}-${pad(Math.min(day, month === 9 ? 30 : 31))}`;
}

function randomTicket(r: () => number): Record<string, unknown> {
  // Mostly well inside the quarter (an event outside it is a warning); now and then on its edges.
  const openedAt = r() < 0.9 ? `2026-${pad(int(r, 7, 9))}-${pad(int(r, 2, 29))}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:00${r() < 0.5 ? 'Z' : '+08:00'}` : instant(r);
  const kind = oneOf(r, ['weekly', 'monthly', 'quarterly', 'annual', 'monthly', 'bogus']);
  const covers = { weekly: oneOf(r, ['2026-W36', '2026-W39', '2026-W40']), monthly: oneOf(r, ['2026-08', '2026-09']), quarterly: '2026-Q3', annual: '2026', bogus: '2026-09' }[kind] as string;
  return {
    ...(r() < 0.5 ? { id: `T${int(r, 1, 99)}` } : {}),
    cls: oneOf(r, ['p1', 'p2', 'p2', 'p3']),
    openedAt,
    ...(r() < 0.75 ? { answeredAt: later(r, openedAt, oneOf(r, [30, 90, 90.5, 240, 2880, int(r, -5, 300), int(r, 0, 6000)])) } : {}),
    ...(r() < 0.8 ? { doneOn: dayOf(r) } : {}),
    ...(r() < 0.7 ? { sentOn: dayOf(r) } : {}),
    kind,
    ...(r() < 0.9 ? { covers: r() < 0.9 ? covers : oneOf(r, ['2026-13', 'W40']) } : {}),
  };
}

function randomItem(r: () => number, id: string, model: string): ItemInput {
  const withPoints = model !== 'deduction' || r() < 0.3 ? { points: oneOf(r, [10, 20, '12.5', 30]) } : {};
  const kind = oneOf(r, ['ratio', 'rated', 'perFact', 'perEvents', 'tiers', 'choice', 'steps', 'formula', 'deadline']);
  switch (kind) {
    case 'ratio':
      return testItem(id, {
        kind: 'ratio',
        value: r() < 0.5 ? { fact: 'share' } : { ratio: [{ fact: 'won' }, { fact: 'approved' }], ifZero: oneOf(r, [1, 0, '0.5']) },
        target: oneOf(r, ['0.7', 1, '0.85', 3, '0.3']),
        cap: oneOf(r, [1, '1.2']),
      }, withPoints);
    case 'rated': {
      const raters = r() < 0.5 ? undefined : [{ id: 'pm', ...(r() < 0.5 ? { weight: oneOf(r, [1, 2, '0.3']) } : {}) }, { id: 'sales', ...(r() < 0.5 ? { weight: oneOf(r, [1, 3, '0.7']) } : {}) }];
      return testItem(id, { kind: 'rated', min: 0, max: 10, ...(raters === undefined ? {} : { raters }), combine: oneOf(r, ['mean', 'weighted', 'divisor'] as const), ...(r() < 0.5 ? { divisor: oneOf(r, [2, 3, '1.5']) } : {}) }, { points: 10 });
    }
    case 'perFact':
      return testItem(id, { kind: 'perOccurrence', source: { fact: 'late' }, each: oneOf(r, [-5, '-2.5', 1]), allowance: int(r, 0, 2) }, withPoints);
    case 'perEvents': {
      const byItem = id !== 'I1' && r() < 0.2 ? [{ item: 'I1', operator: 'lessThan' as const, value: 5 }] : [];
      const where = r() < 0.7 ? { all: [{ field: 'customers', operator: 'greaterThan' as const, value: 1 }, { field: 'accountable', operator: 'notEqual' as const, value: false }, ...byItem] } : undefined;
      const each = r() < 0.5 ? oneOf(r, [-10, '-3.3']) : { field: 'minutes', tiers: TIERS };
      return testItem(id, { kind: 'perOccurrence', source: { events: 'outages', ...(where === undefined ? {} : { where }) }, each, allowance: int(r, 0, 1), per: oneOf(r, ['month', 'period', 'quarter', 'year'] as const) }, withPoints);
    }
    case 'tiers':
      return testItem(id, { kind: 'tiers', value: id !== 'I1' && r() < 0.3 ? { ratio: [{ item: 'I1' }, 25] } : { fact: 'share' }, hitPolicy: 'first', tiers: [{ min: '0.9', points: 20 }, { min: '0.7', max: '0.9', points: { ratio: [{ value: true }, 3] } }, { max: '0.7', points: 0 }] }, withPoints);
    case 'formula':
      return testItem(id, { kind: 'formula', value: randomExpr(r, id, 3) }, withPoints);
    case 'deadline':
      return testItem(id, randomDeadline(r), withPoints);
    case 'choice':
      return testItem(id, { kind: 'choice', fact: 'quality', options: [{ value: 'good', points: 5 }, { value: 'pass', points: 0 }, { value: 'fail', points: '-5.25' }] }, withPoints);
    default:
      return testItem(id, { kind: 'steps', value: { fact: 'share' }, target: '0.9', below: { per: oneOf(r, ['0.05', '0.03', 1]), change: -5, rounding: oneOf(r, ['floor', 'ceil', 'linear'] as const) }, above: { per: '0.01', change: '0.5' } }, withPoints);
  }
}

/** A review chain of one to three levels (由直接主管评价,部门负责人复评): a subject appraised without reviews has the first level's record. */
function randomReview(r: () => number): ScorecardInput['review'] {
  const levels = [
    { id: 'direct-supervisor', name: { 'zh-CN': '直接主管评价', en: 'Direct supervisor' }, role: 'supervisor' },
    { id: 'department-head', name: { 'zh-CN': '部门负责人复评', en: 'Department head' }, mayAdjust: r() < 0.5 },
    { id: 'director', name: { 'zh-CN': '总监', en: 'Director' } },
  ];
  return { levels: levels.slice(0, int(r, 1, 3)) };
}

function randomScheme(r: () => number): ScorecardInput {
  const model = oneOf(r, ['deduction', 'points', 'weighted'] as const);
  const count = int(r, 2, 6);
  const items = Array.from({ length: count }, (_, i) => randomItem(r, `I${i + 1}`, model));
  if (model === 'weighted') {
    const each = Math.floor(100 / count);
    items.forEach((item, i) => Object.assign(item, { weight: i === 0 ? 100 - each * (count - 1) : each }));
  }
  return testScheme(items, {
    model,
    ...(model === 'deduction' ? { base: oneOf(r, [100, 60, '80.5']), totalFloor: 0 } : {}),
    bands: [
      { id: 'top', name: { 'zh-CN': '优', en: 'top' }, min: oneOf(r, [90, '90.005', 100]) },
      { id: 'mid', name: { 'zh-CN': '中', en: 'mid' }, min: 60, max: 90, maxInclusive: r() < 0.5 },
      { id: 'low', name: { 'zh-CN': '差', en: 'low' }, max: 60 },
    ],
    ...(r() < 0.3 ? { review: randomReview(r) } : {}),
    ...(r() < 0.2 ? { vetoes: [{ id: 'V1', name: { 'zh-CN': '否决', en: 'veto' }, when: { fact: 'late', operator: 'greaterThan', value: 6 }, outcome: 'fail', provenance: { inferred: 'test' } }] } : {}),
    inputs: [
      { name: 'share', type: 'ratio', min: 0 },
      { name: 'won', type: 'count' },
      { name: 'approved', type: 'count' },
      { name: 'late', type: 'count' },
      { name: 'quality', type: 'enum', values: ['good', 'pass', 'fail'] },
      { name: 'startOn', type: 'date', optional: true },
      { name: 'endOn', type: 'date', optional: true },
      { name: 'outages', type: 'events', dateField: 'at', optional: true, fields: [{ name: 'at', type: 'datetime' }, { name: 'customers', type: 'count' }, { name: 'minutes', type: 'number', min: 0 }, { name: 'accountable', type: 'boolean', optional: true }] },
      {
        name: 'tickets',
        type: 'events',
        dateField: 'openedAt',
        optional: true,
        fields: [
          { name: 'id', type: 'string', optional: true },
          { name: 'cls', type: 'enum', values: ['p1', 'p2', 'p3'] },
          { name: 'openedAt', type: 'datetime' },
          { name: 'answeredAt', type: 'datetime', optional: true },
          { name: 'doneOn', type: 'date', optional: true },
          { name: 'sentOn', type: 'date', optional: true },
          { name: 'kind', type: 'enum', values: ['weekly', 'monthly', 'quarterly', 'annual', 'bogus'] },
          { name: 'covers', type: 'string', optional: true },
        ],
      },
    ],
  });
}

function rating(r: () => number): number | string {
  return r() < 0.8 ? int(r, 0, 40) / 4 : r() < 0.8 ? oneOf(r, ['7.123456', '9.99999999', 10, 0, '3.3333']) : oneOf(r, ['11', '-1', 'x']);
}

function randomInput(r: () => number, index: number): Record<string, unknown> {
  const approved = int(r, 0, 30);
  const outages = Array.from({ length: oneOf(r, [0, 0, 1, 2, 3, 5]) }, () => ({
    at: instant(r),
    customers: int(r, 1, 5),
    minutes: decimal(r, [15, 30, '15.00000001', '29.99999999', 0]),
    ...(r() < 0.2 ? { accountable: r() < 0.5 } : {}),
  }));
  const ratings: Record<string, unknown> = {};
  for (let i = 1; i <= 6; i += 1) ratings[`I${i}`] = r() < 0.5 ? rating(r) : r() < 0.8 ? { pm: rating(r), sales: rating(r) } : { pm: rating(r) };
  return {
    subject: `S-${index}`,
    period: '2026-Q3',
    facts: {
      share: decimal(r, EDGES),
      won: int(r, 0, approved),
      approved,
      late: int(r, 0, 8),
      quality: oneOf(r, ['good', 'pass', 'fail']),
      ...(r() < 0.9 ? { startOn: dayOf(r) } : {}),
      ...(r() < 0.9 ? { endOn: r() < 0.95 ? dayOf(r) : oneOf(r, ['2027-02-28', '2024-02-29', '2026-09-30T10:00:00Z']) } : {}),
      ...(r() < 0.8 ? { outages } : {}),
      ...(r() < 0.8 ? { tickets: Array.from({ length: oneOf(r, [0, 1, 2, 3, 4]) }, () => randomTicket(r)) } : {}),
    },
    ratings,
  };
}

/** The scheme compiled, or `undefined` when the generator made one `compile` refuses. */
function compiled(scheme: ScorecardInput): CompiledScorecard | undefined {
  try {
    return compile(scheme);
  } catch {
    return undefined;
  }
}

describe('the plan against the decimal evaluator', () => {
  it('gives byte-identical results on random schemes and inputs, and runs for most subjects', () => {
    let subjects = 0;
    let plannedSubjects = 0;
    let schemes = 0;
    let clean = 0;
    let cleanPlanned = 0;
    let reviewedPlanned = 0;
    let daysCountsPlanned = 0;
    const missed: string[] = [];
    // Lines read through the plan's explainer (not the evaluator), for schemes of the kinds it describes.
    let describable = 0;
    let described = 0;
    for (let seed = 1; seed <= 120; seed += 1) {
      const r = seededRandom(seed);
      const scheme = randomScheme(r);
      const planned = compiled(scheme);
      if (planned === undefined) continue;
      schemes += 1;
      const plan = planOf(planned);
      const explain = plan === undefined ? undefined : planExplainer(plan, planned);
      // The explainer leaves deadlines, review chains, dates (read in the zone) and counts of events in formulas to the evaluator.
      const covered = scheme.review === undefined && (scheme.items ?? []).every((item) => item.rule.kind !== 'deadline') && !/"(daysBetween|count)"/.test(JSON.stringify(scheme.items));
      for (let i = 0; i < 40; i += 1) {
        const input = randomInput(r, i);
        subjects += 1;
        const run = againstEvaluator(planned, input);
        if (run.planned) plannedSubjects += 1;
        if (run.planned && scheme.review !== undefined) reviewedPlanned += 1;
        if (run.planned && /"(daysBetween|count)"/.test(JSON.stringify(scheme.items))) daysCountsPlanned += 1;
        expect(run.got, `seed ${seed}, subject ${i}`).toBe(run.expected);
        // Whatever the plan's explainer explains is the evaluator's result, byte for byte; it leaves
        // the rest (warnings, errors, vetoes, kinds it does not describe) to the evaluator.
        const explained = explain?.(input);
        if (explained !== undefined) expect(JSON.stringify(explained), `seed ${seed}, subject ${i}, explained by the plan`).toBe(run.expected);
        if (run.planned && covered) {
          describable += 1;
          if (explained !== undefined) described += 1;
        }
        // A subject the evaluator appraises without an error, a warning or a veto is one the plan should take.
        if (/^\{.*"vetoes":\[\].*"warnings":\[\]\}$/.test(run.expected)) {
          clean += 1;
          if (run.planned) cleanPlanned += 1;
          else if (missed.length < 8) missed.push(JSON.stringify(input));
        }
        const bare = againstEvaluator(planned, input, { explain: false });
        expect(bare.got, `seed ${seed}, subject ${i}, explain: false`).toBe(bare.expected);
      }
    }
    expect(schemes).toBeGreaterThan(100);
    // Schemes with a review chain go through the plan too.
    expect(reviewedPlanned).toBeGreaterThan(100);
    // And formulas of days between dates and counts of events.
    expect(daysCountsPlanned).toBeGreaterThan(100);
    // A plan that always gave up would prove nothing: most subjects must go through it.
    expect(plannedSubjects / subjects).toBeGreaterThan(0.5);
    // What it leaves to the evaluator, beyond errors, warnings and vetoes, is values past the safe integer range.
    expect(cleanPlanned / clean, missed.join('\n')).toBeGreaterThan(0.85);
    // Every planned subject of a scheme without deadlines has its lines from the plan.
    expect(describable).toBeGreaterThan(1000);
    expect(described).toBe(describable);
  });
});
