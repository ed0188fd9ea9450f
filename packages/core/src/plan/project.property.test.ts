import { describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../../../../bench/generate.mjs';
import { compile, type CompiledScorecard, type ItemInput, type ScorecardInput } from '../index';
import { testItem, testScheme } from '../evaluate/testScheme';
import { againstEvaluator } from './againstEvaluator';

const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const oneOf = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const name = (en: string) => ({ 'zh-CN': en, en });

const RATERS = ['self', 'salesRep', 'businessRep', 'superior'];
const GRADES = ['A', 'B', 'C', 'D', 'E'];

/** Grades A–E as seed 002 has them, now and then with a gap (a total in it matches no grade). */
function randomGrades(r: () => number): NonNullable<ScorecardInput['grades']> {
  const gap = r() < 0.15;
  return [
    { id: 'A', name: name('A'), min: 90, factor: 1 },
    { id: 'B', name: name('B'), min: 80, max: 90, maxInclusive: false, factor: oneOf(r, ['0.8', '0.85', 0.8]) },
    { id: 'C', name: name('C'), min: gap ? 72 : 70, max: 80, maxInclusive: false, factor: '0.6' },
    { id: 'D', name: name('D'), min: 60, max: 70, maxInclusive: false, factor: oneOf(r, ['0.4', '0.333']) },
    { id: 'E', name: name('E'), max: 60, maxInclusive: false, factor: 0 },
  ];
}

function randomBonus(r: () => number): NonNullable<ScorecardInput['bonus']> {
  return {
    rate: oneOf(r, ['0.005', '0.0125', 0.03, '0.00333333']),
    coefficients: [
      { id: 'complexity', name: name('complexity'), fact: 'complexity', values: { simple: '0.8', technical: '1.1', critical: oneOf(r, ['1.3', '1.15', 1]) } },
      ...(r() < 0.5 ? [{ id: 'risk', name: name('risk'), fact: 'risk', values: { high: '1.2', low: 1 } }] : []),
    ],
    ...(r() < 0.4 ? { spreadFact: 'serviceQuarters' } : {}),
    ...(r() < 0.7 ? { split: { fact: 'leaderShare', min: '0.3', max: '0.6', leader: name('leader'), engineers: name('engineers') } } : {}),
    ...(r() < 0.6 ? { director: { name: name('director'), share: oneOf(r, ['0.3', '0.125']) } } : {}),
    ...(r() < 0.6 ? { payout: { fact: 'collectedOn', months: oneOf(r, [[3, 6, 9, 12], [12], [6, 1]]), lastDays: oneOf(r, [7, 1, 28]) } } : {}),
    provenance: { inferred: 'test' },
  } as NonNullable<ScorecardInput['bonus']>;
}

/** A project scheme: a schedule, items rated by a panel (one of them maybe by raters of its own), grades, a bonus, a sanction, vetoes, a review chain. */
function randomProject(r: () => number): ScorecardInput {
  const panel = RATERS.slice(0, int(r, 1, 4)).map((id) => ({ id, name: name(id), ...(r() < 0.5 ? { weight: oneOf(r, [1, 2, '0.5', '1.5']) } : {}) }));
  const combine = oneOf(r, ['mean', 'weighted', 'divisor'] as const);
  const items: ItemInput[] = [
    testItem('schedule', { kind: 'steps', value: { ratio: [{ fact: 'actualDays' }, { fact: 'plannedDays' }] }, target: 1, start: 30, below: { per: '0.1', change: 1, rounding: 'floor' }, above: { per: '0.1', change: -1, rounding: 'floor' } }, { points: 40 }),
    testItem('quality', { kind: 'rated', min: 0, max: oneOf(r, [50, 60]) }, { points: 60 }),
  ];
  if (r() < 0.5) items.push(testItem('docs', { kind: 'rated', min: 0, max: 10 }, { points: 10 }));
  if (r() < 0.3) items.push(testItem('own', { kind: 'rated', min: 0, max: 5, raters: [{ id: 'pm' }, { id: 'sales' }] }, { points: 5 }));
  const grades = r() < 0.85 ? randomGrades(r) : undefined;
  return testScheme(items, {
    period: 'project',
    bands: grades?.map(({ factor: _factor, ...band }) => band) ?? [{ id: 'pass', name: name('pass'), min: 60 }, { id: 'fail', name: name('fail'), max: 60, maxInclusive: false }],
    ...(grades === undefined ? {} : { grades }),
    panel: { raters: panel, combine, ...(combine === 'divisor' && r() < 0.7 ? { [oneOf(r, ['divisor', 'literalDivisor'])]: oneOf(r, [3, 4, '2.5']) } : {}) },
    ...(r() < 0.9 ? { bonus: randomBonus(r) } : {}),
    ...(r() < 0.5 ? { sanction: { id: 'suspended', name: name('suspended'), grade: 'D', count: oneOf(r, [2, 3]), fact: 'gradeHistory', provenance: { inferred: 'test' } } } : {}),
    ...(r() < 0.3 ? { vetoes: [{ id: 'complaint', name: name('complaint'), when: { fact: 'complaints', operator: 'greaterThan', value: 0 }, outcome: oneOf(r, ['zeroBonus', 'fail'] as const), provenance: { inferred: 'test' } }] } : {}),
    ...(r() < 0.3 ? { review: { levels: [{ id: 'supervisor', name: name('supervisor') }, { id: 'head', name: name('head') }] } } : {}),
    inputs: [
      { name: 'contractValue', type: 'money', min: 0 },
      { name: 'complexity', type: 'enum', values: ['simple', 'technical', 'critical'] },
      { name: 'risk', type: 'enum', values: ['high', 'low'], optional: true },
      { name: 'serviceQuarters', type: 'count', optional: true },
      { name: 'plannedDays', type: 'count', min: 1 },
      { name: 'actualDays', type: 'count' },
      { name: 'complaints', type: 'count', optional: true, default: 0 },
      { name: 'leaderShare', type: 'ratio', optional: true },
      { name: 'collectedOn', type: 'date', optional: true },
      { name: 'gradeHistory', type: 'events', optional: true, fields: [{ name: 'grade', type: 'enum', values: GRADES }] },
    ],
  } as Partial<ScorecardInput>);
}

/** A contract value: small, contract-sized, with many places, or past 2^53 in hundredths. */
function contract(r: () => number): number | string {
  const kind = r();
  const value =
    kind < 0.3 ? int(r, 0, 5_000_000)
    : kind < 0.5 ? `${int(r, 0, 9_999_999)}.${String(int(r, 0, 99_999_999)).padStart(8, '0')}`
    : kind < 0.65 ? `${int(r, 100_000_000, 999_999_999_999)}.${String(int(r, 0, 99)).padStart(2, '0')}`
    : kind < 0.75 ? oneOf(r, ['999999999999.99', '999999999999.99999999', '0.01', 0, '90071992547409.93'])
    : int(r, 10_000, 99_999_999) / 100;
  return r() < 0.5 ? value : Number(value);
}

function rating(r: () => number, max: number): number | string {
  const pick = r();
  if (pick < 0.8) return int(r, Math.floor(max / 2), max);
  if (pick < 0.98) return oneOf(r, ['33.333', '49.995', '0.00000001', '7.125', max]);
  return oneOf(r, [max + 1, -1, 'x']);
}

/** A subject rated by the panel's raters (now and then by others, or by some of them only for some items). */
function randomInput(r: () => number, index: number, scheme: ScorecardInput): Record<string, unknown> {
  const panel = scheme.panel?.raters.map((rater) => rater.id) ?? [];
  const raters = r() < 0.95 ? panel : RATERS.slice(0, int(r, 1, 4));
  const rate = (max: number) => Object.fromEntries(raters.filter(() => r() < 0.99).map((id) => [id, rating(r, max)]));
  const has = (id: string) => (scheme.items ?? []).some((item) => item.id === id);
  const history = Array.from({ length: int(r, 0, 3) }, () => (r() < 0.9 ? { grade: oneOf(r, ['D', 'D', 'C']) } : oneOf(r, ['D', 'B'])));
  return {
    subject: `PRJ-${index}`,
    period: 'PRJ-2026-001',
    facts: {
      contractValue: contract(r),
      complexity: r() < 0.95 ? oneOf(r, ['simple', 'technical', 'critical']) : 'other',
      ...(r() < 0.95 ? { risk: oneOf(r, ['high', 'low']) } : {}),
      ...(r() < 0.95 ? { serviceQuarters: oneOf(r, [1, 3, 4, 7, 3, 1, 0]) } : {}),
      plannedDays: int(r, 1, 60),
      actualDays: int(r, 10, 80),
      ...(r() < 0.15 ? { complaints: 1 } : {}),
      ...(r() < 0.8 ? { leaderShare: oneOf(r, [0.4, '0.5', '0.33333333', '0.3', 0.6, 0.4, '0.45', '0.25', 0.65]) } : {}),
      ...(r() < 0.5 ? { collectedOn: oneOf(r, ['2026-09-23', '2026-09-24', '2026-12-31', '2027-02-28', '2026-06-30']) } : {}),
      ...(r() < 0.6 ? { gradeHistory: history } : {}),
    },
    ratings: { quality: rate(50), ...(has('docs') ? { docs: rate(10) } : {}), ...(has('own') ? { own: { pm: int(r, 0, 5), sales: oneOf(r, [3, '4.5']) } } : {}) },
  };
}

describe('the plan of project schemes against the decimal evaluator', () => {
  it('gives byte-identical results — composite, grade, bonus, sanction, reviews — on random schemes and inputs, error for error', () => {
    let subjects = 0;
    let planned = 0;
    let bonuses = 0;
    let schemes = 0;
    let clean = 0;
    let cleanPlanned = 0;
    for (let seed = 1; seed <= 80; seed += 1) {
      const r = seededRandom(seed * 7919);
      const scheme = randomProject(r);
      let compiled: CompiledScorecard;
      try {
        compiled = compile(scheme);
      } catch {
        continue;
      }
      schemes += 1;
      for (let i = 0; i < 30; i += 1) {
        const input = randomInput(r, i, scheme);
        subjects += 1;
        const run = againstEvaluator(compiled, input);
        if (run.planned) planned += 1;
        if (run.result?.bonus !== undefined && run.result.bonus !== null) bonuses += 1;
        expect(run.got, `seed ${seed}, subject ${i}`).toBe(run.expected);
        // A subject the evaluator appraises without an error, a warning or a veto is one the plan should take.
        if (/^\{.*"vetoes":\[\].*"warnings":\[\]/.test(run.expected)) {
          clean += 1;
          if (run.planned) cleanPlanned += 1;
        }
        const bare = againstEvaluator(compiled, input, { explain: false });
        expect(bare.got, `seed ${seed}, subject ${i}, explain: false`).toBe(bare.expected);
      }
    }
    expect(schemes).toBeGreaterThan(70);
    // A plan that always gave up would prove nothing: many subjects, bonuses among them, must go through it.
    expect(planned / subjects).toBeGreaterThan(0.4);
    // What it leaves to the evaluator, beyond errors, warnings and vetoes, is contracts past 15 digits and grade lists written bare.
    expect(cleanPlanned / clean).toBeGreaterThan(0.8);
    expect(bonuses).toBeGreaterThan(200);
  });
});
