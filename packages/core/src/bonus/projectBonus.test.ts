import { describe, expect, it } from 'vitest';
import { toDecimal } from '../decimal';
import { parseLocalDate } from '../time/zonedDate';
import { formatMoney, roundMoney } from './money';
import { computeProjectBonus, ProjectBonus } from './projectBonus';
import { rng } from '../../../../bench/generate.mjs';

const spec = ProjectBonus.parse({
  rate: '0.005',
  coefficients: [
    { id: 'complexity', name: { 'zh-CN': '复杂度', en: 'complexity' }, fact: 'complexity', values: { technical: '1.1', organisational: '1.2' } },
    { id: 'risk', name: { 'zh-CN': '风险', en: 'risk' }, fact: 'risk', values: { high: '1.2', medium: '1.1', low: '1' } },
  ],
  split: { min: '0.3', max: '0.6', leader: { 'zh-CN': '工程经理', en: 'project manager' }, engineers: { 'zh-CN': '实施工程师', en: 'engineers' } },
  director: { name: { 'zh-CN': '技术总监', en: 'technical director' }, share: '0.3' },
  payout: { months: [3, 6, 9, 12], lastDays: 7 },
  provenance: { inferred: 'test' },
});

const money = (result: ReturnType<typeof computeProjectBonus>) => ({
  base: result.base,
  full: result.full,
  final: result.final,
  pool: result.pool,
  director: result.director,
  shares: result.shares,
});

describe('computeProjectBonus', () => {
  it('computes Example H: 2,000,000 × 0.5% × 1.1 × 1.1 at B (0.8), leader 40%', () => {
    const result = computeProjectBonus(spec, {
      contractValue: toDecimal(2_000_000),
      options: { complexity: 'technical', risk: 'medium' },
      factor: toDecimal('0.8'),
      grade: 'B',
      vetoes: [],
      leaderShare: toDecimal('0.4'),
    });
    expect(money(result)).toEqual({
      base: '10000.00',
      full: '12100.00',
      final: '9680.00',
      pool: '2420.00',
      director: '2904.00',
      shares: { leaderShare: '0.4', leader: '3872.00', engineers: '5808.00' },
    });
    expect(result.payout).toBeNull();
    expect(result.lines.map((l) => l.code)).toEqual(['base', 'coefficient', 'coefficient', 'full', 'grade', 'final', 'pool', 'director', 'leader', 'engineers', 'payoutPending']);
  });

  it('computes Example I: 1,500,000 × 0.5% × 1.2 × 1.2 at B, project manager 50%', () => {
    const result = computeProjectBonus(spec, {
      contractValue: toDecimal(1_500_000),
      options: { complexity: 'organisational', risk: 'high' },
      factor: toDecimal('0.8'),
      vetoes: [],
      leaderShare: toDecimal('0.5'),
      collectedOn: parseLocalDate('2026-09-26'),
    });
    expect(money(result)).toEqual({
      base: '7500.00',
      full: '10800.00',
      final: '8640.00',
      pool: '2160.00',
      director: '2592.00',
      shares: { leaderShare: '0.5', leader: '4320.00', engineers: '4320.00' },
    });
    expect(result.payout).toEqual({ collectedOn: '2026-09-26', start: '2026-12-25', end: '2026-12-31' });
  });

  it('voids the bonus under a veto: final 0, the pool takes the full bonus', () => {
    const result = computeProjectBonus(spec, {
      contractValue: toDecimal(2_000_000),
      options: { complexity: 'technical', risk: 'medium' },
      factor: toDecimal('0.8'),
      vetoes: [{ id: 'userComplaint', name: { 'zh-CN': '用户投诉', en: 'user complaint' } }],
      leaderShare: toDecimal('0.4'),
    });
    expect(money(result)).toEqual({ base: '10000.00', full: '12100.00', final: '0.00', pool: '12100.00', director: '0.00', shares: { leaderShare: '0.4', leader: '0.00', engineers: '0.00' } });
    expect(result.factor).toBe('0');
    expect(result.vetoedBy).toEqual(['userComplaint']);
  });

  it('spreads the bonus evenly over the service quarters (Example J: 1,000,000, 4 quarters, A): base and full are the quarter\'s', () => {
    const spread = ProjectBonus.parse({ rate: '0.005', spreadFact: 'serviceQuarters', provenance: { inferred: 'test' } });
    const result = computeProjectBonus(spread, { contractValue: toDecimal(1_000_000), options: {}, quarters: 4, factor: toDecimal('0.8'), vetoes: [] });
    expect([result.base, result.full, result.perQuarter, result.final, result.pool, result.director, result.shares]).toEqual(['1250.00', '1250.00', '1250.00', '1000.00', '250.00', null, null]);
    expect([result.quarters, result.periodBase, result.periodFull]).toEqual([4, '5000.00', '5000.00']);
    expect(result.lines.find((l) => l.code === 'perQuarter')?.message.en).toBe("spread evenly over 4 service quarter(s): this quarter's base 1250.00, full bonus 1250.00");
  });

  it('rounds money half-up only where it is shown, and the pool from the rounded figures', () => {
    const spread = ProjectBonus.parse({ rate: '0.005', spreadFact: 'serviceQuarters', provenance: { inferred: 'test' } });
    // 1,000,001 × 0.5% = 5000.005 → 5000.01 shown; / 3 = 1666.668333… → 1666.67; × 0.6 = 1000.001 → 1000.00
    const result = computeProjectBonus(spread, { contractValue: toDecimal(1_000_001), options: {}, quarters: 3, factor: toDecimal('0.6'), vetoes: [] });
    expect([result.base, result.full, result.perQuarter, result.final, result.pool]).toEqual(['1666.67', '1666.67', '1666.67', '1000.00', '666.67']);
    expect([result.periodBase, result.periodFull]).toEqual(['5000.01', '5000.01']);
    expect(formatMoney(roundMoney(toDecimal('0.005')))).toBe('0.01');
    expect(formatMoney(toDecimal('-0.001'))).toBe('0.00');
  });
});

describe('computeProjectBonus identities over generated projects', () => {
  const random = rng(20261201);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const spread = ProjectBonus.parse({ rate: '0.005', spreadFact: 'serviceQuarters', split: spec.split, director: spec.director, provenance: { inferred: 'test' } });
  const cases = Array.from({ length: 500 }, (_, index) => ({
    scheme: index % 2 === 0 ? spec : spread,
    contractValue: toDecimal((Math.floor(random() * 1e11) / 100).toFixed(2)),
    options: { complexity: pick(['technical', 'organisational']), risk: pick(['high', 'medium', 'low']) },
    quarters: index % 2 === 0 ? undefined : 1 + Math.floor(random() * 12),
    factor: toDecimal(pick(['1', '0.8', '0.6', '0.4', '0'])),
    vetoes: random() < 0.1 ? [{ id: 'v', name: { 'zh-CN': '否决', en: 'veto' } }] : [],
    leaderShare: toDecimal((0.3 + Math.floor(random() * 31) / 100).toFixed(2)),
  }));

  it('pool = full − final, the shares add up to final, final ≤ full; a spread bonus is the quarter\'s', () => {
    for (const c of cases) checkIdentities(c);
  });

  function checkIdentities(c: (typeof cases)[number]): void {
    const { scheme, ...inputs } = c;
    const result = computeProjectBonus(scheme, inputs);
    const [full, final, pool] = [toDecimal(result.full), toDecimal(result.final), toDecimal(result.pool)];
    expect(pool.equals(full.minus(final))).toBe(true);
    expect(pool.isNegative() && !pool.isZero()).toBe(false);
    expect(final.lessThanOrEqualTo(full)).toBe(true);
    const shares = result.shares;
    expect(shares).not.toBeNull();
    if (shares !== null) expect(toDecimal(shares.leader).plus(shares.engineers).equals(final)).toBe(true);
    expect(result.director).toBe(formatMoney(roundMoney(final.times('0.3'))));
    if (c.quarters === undefined) {
      expect(result.periodFull).toBeUndefined();
    } else {
      // The quarter's full is the whole period's ÷ quarters, each rounded once to the cent.
      const periodFull = toDecimal(result.periodFull as string);
      expect(full.times(c.quarters).minus(periodFull).abs().lessThanOrEqualTo(toDecimal('0.005').times(c.quarters + 1))).toBe(true);
      expect(result.perQuarter).toBe(result.full);
    }
  }
});
