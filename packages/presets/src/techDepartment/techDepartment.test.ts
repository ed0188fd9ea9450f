import { formatMoney, KaoheError, lint, toDecimal, type Appraisal } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { presetSchemes } from '../catalogue';
import { exampleH, exampleI, exampleJ } from '../fixtures';
import { appraiserOf, pointsById, type SubjectInput } from '../testKit';
import { techDepartmentPresets } from './catalogue';

const presales = appraiserOf('tech-department/presales-project', 'PRJ-2026-001');
const presalesLiteral = appraiserOf('tech-department/presales-project.literal', 'PRJ-2026-001');
const implementation = appraiserOf('tech-department/implementation-project', 'PRJ-2026-001');
const implementationLiteral = appraiserOf('tech-department/implementation-project.literal', 'PRJ-2026-001');
const afterSales = appraiserOf('tech-department/after-sales-project', '2026-Q3');
const afterSalesLiteral = appraiserOf('tech-department/after-sales-project.literal', '2026-Q3');

const withFacts = (base: SubjectInput, facts: Record<string, unknown>): SubjectInput => ({ ...base, facts: { ...base.facts, ...facts } });
const withRatings = (base: SubjectInput, ratings: Record<string, unknown>): SubjectInput => ({ ...base, ratings: { ...base.ratings, ...ratings } });

function money(result: Appraisal) {
  const bonus = result.bonus;
  if (bonus === undefined || bonus === null) throw new Error('no bonus');
  return { base: bonus.base, full: bonus.full, final: bonus.final, pool: bonus.pool, director: bonus.director, leader: bonus.shares?.leader, engineers: bonus.shares?.engineers };
}

function thrown(run: () => unknown): KaoheError {
  try {
    run();
  } catch (error) {
    if (error instanceof KaoheError) return error;
    throw error;
  }
  throw new Error('expected a KaoheError');
}

describe('§4.2 presales project', () => {
  it('gives Example H: schedule 31, quality 52, composite 83, grade B and its bonus', () => {
    const result = presales(exampleH);
    expect(pointsById(result)).toEqual({ schedule: '31.00', quality: '52.00' });
    expect(result.composite?.raters.map((r) => [r.rater, r.total])).toEqual([
      ['self', '86.00'],
      ['salesRep', '83.00'],
      ['businessRep', '81.00'],
      ['projectManager', '85.00'],
      ['superior', '80.00'],
    ]);
    expect(result.composite?.arithmetic).toBe('(86 + 83 + 81 + 85 + 80) / 5 = 83');
    expect(result.total).toBe('83.00');
    expect(result.grade?.id).toBe('B');
    expect(result.outcome).toBe('B');
    expect(money(result)).toEqual({ base: '10000.00', full: '12100.00', final: '9680.00', pool: '2420.00', director: '2904.00', leader: '3872.00', engineers: '5808.00' });
    expect(result.sanction).toBeNull();
    expect(JSON.parse(JSON.stringify(result.bonus))).toEqual(result.bonus);
  });

  it('gives 103.75 → A with the literal divisor 4', () => {
    const result = presalesLiteral(exampleH);
    expect(result.composite?.arithmetic).toBe('(86 + 83 + 81 + 85 + 80) / 4 = 103.75');
    expect(result.total).toBe('103.75');
    expect(result.grade?.id).toBe('A');
    expect(result.bonus?.final).toBe('12100.00');
  });

  it('scores the schedule by whole 10% steps: 30 on time and under 10% early, at most 40, at least 0', () => {
    const schedule = (plannedDays: number, actualDays: number) => pointsById(presales(withFacts(exampleH, { plannedDays, actualDays })))['schedule'];
    expect(schedule(30, 30)).toBe('30.00');
    expect(schedule(30, 28)).toBe('30.00');
    expect(schedule(100, 50)).toBe('35.00');
    expect(schedule(100, 1)).toBe('39.00');
    expect(schedule(10, 0)).toBe('40.00');
    expect(schedule(10, 50)).toBe('0.00');
  });

  it('rejects a rating outside the item\'s range', () => {
    const error = thrown(() => presales(withRatings(exampleH, { quality: { ...exampleH.ratings.quality, self: 61 } })));
    expect(error.code).toBe('rating_out_of_range');
    expect(error.path).toEqual(['ratings', 'quality', 'self']);
  });

  it.each([
    ['userEvaluationPoor', { userEvaluationPoor: true }],
    ['userComplaint', { userComplaints: 1 }],
  ])('voids the bonus under the veto %s and keeps the score', (veto, facts) => {
    const result = presales(withFacts(exampleH, facts));
    expect(result.vetoes.map((v) => [v.id, v.outcome])).toEqual([[veto, 'zeroBonus']]);
    expect(result.total).toBe('83.00');
    expect(result.grade?.id).toBe('B');
    expect(money(result)).toEqual({ base: '10000.00', full: '12100.00', final: '0.00', pool: '12100.00', director: '0.00', leader: '0.00', engineers: '0.00' });
    expect(result.bonus?.vetoedBy).toEqual([veto]);
  });

  it.each([0.25, 0.65])('rejects a leader share of %s with a clear error at facts.leaderShare', (leaderShare) => {
    const error = thrown(() => presales(withFacts(exampleH, { leaderShare })));
    expect(error.code).toBe('leader_share_out_of_range');
    expect(error.path).toEqual(['facts', 'leaderShare']);
    expect(error.message).toBe(`subject E-001: facts.leaderShare: the leader's share ${leaderShare} is outside 0.3–0.6 (the engineers' share, the rest, must lie within 0.4–0.7)`);
    expect(error.format('zh-CN')).toContain(`负责人的奖金比例 ${leaderShare} 不在 0.3–0.6 之间`);
  });

  it('leaves the shares out until a leader share is given', () => {
    const { leaderShare: _omit, ...facts } = exampleH.facts;
    expect(presales({ ...exampleH, facts }).bonus?.shares).toBeNull();
  });

  it('pays in the first window that starts after the final payment was collected', () => {
    expect(presales(exampleH).bonus?.payout).toBeNull();
    expect(presales(withFacts(exampleH, { finalPaymentCollectedOn: '2026-09-23' })).bonus?.payout).toEqual({ collectedOn: '2026-09-23', start: '2026-09-24', end: '2026-09-30' });
    expect(presales(withFacts(exampleH, { finalPaymentCollectedOn: '2026-09-26' })).bonus?.payout).toEqual({ collectedOn: '2026-09-26', start: '2026-12-25', end: '2026-12-31' });
  });

  describe('sanction on three consecutive D grades (§4.5)', () => {
    const gradeD = withRatings(withFacts(exampleH, { actualDays: 30 }), { quality: { self: 35, salesRep: 35, businessRep: 35, projectManager: 35, superior: 35 } });

    it('suspends from presales work after D, D, D', () => {
      const result = presales(withFacts(gradeD, { gradeHistory: ['D', 'D'] }));
      expect(result.total).toBe('65.00');
      expect(result.grade?.id).toBe('D');
      expect(result.sanction).toMatchObject({ id: 'presalesSuspended', grade: 'D', streak: 3, grades: ['D', 'D', 'D'] });
      expect(result.sanction?.message.en).toBe('3 consecutive D grades (D, D, D): suspended from presales work');
      expect(result.sanction?.message['zh-CN']).toBe('连续 3 个 D(D, D, D):暂停售前工作');
      expect(result.bonus?.final).toBe('4840.00');
    });

    it('does not sanction D, C, D', () => {
      expect(presales(withFacts(gradeD, { gradeHistory: ['D', 'C'] })).sanction).toBeNull();
    });

    it('reads the history as grade events too, with their periods', () => {
      const history = [{ grade: 'D', period: 'PRJ-2025-007' }, { grade: 'D', period: 'PRJ-2026-002' }];
      expect(presales(withFacts(gradeD, { gradeHistory: history })).sanction?.streak).toBe(3);
      expect(thrown(() => presales(withFacts(gradeD, { gradeHistory: ['F'] }))).path).toEqual(['facts', 'gradeHistory', 0, 'grade']);
    });
  });
});

describe('§4.3 implementation project', () => {
  it('gives Example I: 29 + 27 + 18 + 7 = 81, grade B and its bonus', () => {
    const result = implementation(exampleI);
    expect(pointsById(result)).toEqual({ schedule: '29.00', quality: '27.00', cost: '18.00', internalAcceptance: '7.00' });
    expect(result.composite?.raters.map((r) => r.total)).toEqual(['82.00', '80.00', '81.00']);
    expect(result.total).toBe('81.00');
    expect(result.grade?.id).toBe('B');
    expect(money(result)).toEqual({ base: '7500.00', full: '10800.00', final: '8640.00', pool: '2160.00', director: '2592.00', leader: '4320.00', engineers: '4320.00' });
    expect(result.vetoes).toEqual([]);
  });

  it('gives the same Example I with the literal divisor 3, which matches its three raters', () => {
    expect(implementationLiteral(exampleI).total).toBe('81.00');
  });

  it.each([
    ['overrun 25%', 125_000, '16.00'],
    ['saving 35%', 65_000, '17.00'],
    ['saving 3%', 97_000, '20.00'],
    ['overrun exactly 5%', 105_000, '18.00'],
    ['saving exactly 5%', 95_000, '19.00'],
    ['overrun 12%', 112_000, '18.00'],
    ['overrun exactly 20%', 120_000, '18.00'],
    ['overrun 20.01%', 120_010, '16.00'],
    ['saving 21%', 79_000, '18.00'],
    ['overrun 150%', 250_000, '0.00'],
  ])('scores the cost: %s → %s', (_case, actualCost, points) => {
    expect(pointsById(implementation(withFacts(exampleI, { actualCost })))['cost']).toBe(points);
  });

  it('leaves [5%, 6%) unrated in the literal reading only', () => {
    const error = thrown(() => implementationLiteral(withFacts(exampleI, { actualCost: 105_500 })));
    expect(error.code).toBe('no_tier_matched');
    expect(pointsById(implementation(withFacts(exampleI, { actualCost: 105_500 })))['cost']).toBe('18.00');
    expect(pointsById(implementationLiteral(withFacts(exampleI, { actualCost: 106_000 })))['cost']).toBe('18.00');
  });

  it('takes the internal-acceptance file due on the 7th day after acceptance without loss, and one day later −1', () => {
    const internal = (internalFileSubmittedOn: string, internalAcceptancePointsLost = 0) =>
      pointsById(implementation(withFacts(exampleI, { internalFileSubmittedOn, internalAcceptancePointsLost })))['internalAcceptance'];
    expect(internal('2026-09-17')).toBe('10.00');
    expect(internal('2026-09-18')).toBe('9.00');
    expect(internal('2026-09-12', 3)).toBe('7.00');
    expect(internal('2026-10-30')).toBe('0.00');
  });

  it.each([
    ['scheduleBelow25', { plannedDays: 40, actualDays: 64 }, {}, 'schedule', '24.00'],
    ['qualityBelow20', {}, { quality: { self: 19, salesRep: 20, superior: 18 } }, 'quality', '19.00'],
    ['costBelow15', { actualCost: 135_000 }, {}, 'cost', '14.00'],
  ])('voids the bonus under the veto %s and keeps the score', (veto, facts, ratings, item, points) => {
    const result = implementation(withRatings(withFacts(exampleI, facts), ratings));
    expect(pointsById(result)[item]).toBe(points);
    expect(result.vetoes.map((v) => v.id)).toEqual([veto]);
    expect(result.bonus?.final).toBe('0.00');
    expect(result.bonus?.pool).toBe(result.bonus?.full);
    expect(result.grade).not.toBeNull();
  });

  it('no longer lets a project manager lead after three D grades in a row', () => {
    const gradeD = withRatings(withFacts(exampleI, { actualCost: 100_000, internalFileSubmittedOn: '2026-09-17', internalAcceptancePointsLost: 10, actualDays: 90, gradeHistory: ['D', 'D'] }), {
      quality: { self: 20, salesRep: 20, superior: 20 },
    });
    const result = implementation(gradeD);
    expect(result.total).toBe('65.00');
    expect(result.sanction?.id).toBe('noLongerProjectManager');
  });
});

describe('§4.4 after-sales project', () => {
  it('gives Example J: composite 92 → A → 1,250.00 for the quarter', () => {
    const result = afterSales(exampleJ);
    expect(pointsById(result)).toEqual({ timeliness: '40.00', quality: '26.00', cost: '18.00', documentation: '8.00' });
    expect(result.composite?.raters.map((r) => r.total)).toEqual(['93.00', '92.00', '91.00', '92.00']);
    expect(result.total).toBe('92.00');
    expect(result.grade?.id).toBe('A');
    expect(result.bonus).toMatchObject({ base: '1250.00', full: '1250.00', quarters: 4, perQuarter: '1250.00', periodBase: '5000.00', periodFull: '5000.00', final: '1250.00', pool: '0.00', director: '375.00', shares: null });
    expect(result.bonus?.payout).toBeUndefined();
  });

  it('divides the four raters\' totals by 3 in the literal reading', () => {
    expect(afterSalesLiteral(exampleJ).total).toBe('122.67');
  });

  it.each([
    ['costBelow15', { actualCost: 13_500 }],
    ['negativeSurvey', { negativeSatisfactionSurvey: true }],
    ['userComplaint', { userComplaints: 2 }],
  ])('voids the quarter\'s bonus under the veto %s', (veto, facts) => {
    const result = afterSales(withFacts(exampleJ, facts));
    expect(result.vetoes.map((v) => v.id)).toEqual([veto]);
    expect(result.bonus?.final).toBe('0.00');
    expect(result.bonus?.pool).toBe('1250.00');
  });

  it('keeps pool = full − final and the shares adding up to final for every contract, service period, grade and share', () => {
    const contracts = [1, '999.99', 1_000_000, 1_000_001, '3333333.33', '123456789.01'];
    const qualities = [26, 20, 12, 5];
    let checked = 0;
    for (const contractValue of contracts) {
      for (const serviceQuarters of [1, 2, 3, 4, 5, 7, 12]) {
        for (const quality of qualities) {
          for (const leaderShare of ['0.3', '0.45', '0.6']) {
            const input = withRatings(withFacts(exampleJ, { contractValue, serviceQuarters, leaderShare, actualCost: quality === 5 ? 13_500 : 11_000 }), {
              quality: { self: quality, salesRep: quality, financeRep: quality, superior: quality },
            });
            const bonus = afterSales(input).bonus;
            if (bonus === null || bonus === undefined || bonus.shares === null) throw new Error('expected a bonus with shares');
            const [full, final] = [toDecimal(bonus.full), toDecimal(bonus.final)];
            expect(formatMoney(full.minus(final)), JSON.stringify(bonus)).toBe(bonus.pool);
            expect(formatMoney(toDecimal(bonus.shares.leader).plus(bonus.shares.engineers))).toBe(bonus.final);
            expect(bonus.perQuarter).toBe(bonus.full);
            // The quarter's full bonus is the whole period's ÷ quarters, each rounded once to the cent.
            if (bonus.periodFull === undefined) throw new Error('expected the whole period\'s full bonus');
            expect(full.times(serviceQuarters).minus(bonus.periodFull).abs().lessThanOrEqualTo(toDecimal('0.005').times(serviceQuarters + 1))).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(504);
  });

  it('gives full timeliness to a quarter without tickets', () => {
    expect(pointsById(afterSales(withFacts(exampleJ, { ticketsOnTime: 0, ticketsTotal: 0 })))['timeliness']).toBe('40.00');
  });
});

describe('the Technical Department presets', () => {
  it('lists the three schemes and their literal readings under the ids of §9', () => {
    expect(techDepartmentPresets.map((e) => [e.id, e.literal ?? false])).toEqual([
      ['tech-department/presales-project', false],
      ['tech-department/implementation-project', false],
      ['tech-department/after-sales-project', false],
      ['tech-department/presales-project.literal', true],
      ['tech-department/implementation-project.literal', true],
      ['tech-department/after-sales-project.literal', true],
    ]);
  });

  it('has the linter report the divisor mismatches of §4.2 and §4.4 on the literal schemes, and none on the chosen ones', () => {
    const divisorFindings = (id: string) =>
      lint(techDepartmentPresets.find((e) => e.id === id)?.scheme, { schemes: presetSchemes })
        .filter((f) => f.code === 'divisor_mismatch')
        .map((f) => [f.path.join('.'), f.params['divisor'], f.params['raters']]);
    expect(divisorFindings('tech-department/presales-project.literal')).toEqual([['panel.literalDivisor', '4', 5]]);
    expect(divisorFindings('tech-department/after-sales-project.literal')).toEqual([['panel.literalDivisor', '3', 4]]);
    expect(divisorFindings('tech-department/implementation-project.literal')).toEqual([]);
    for (const id of ['presales-project', 'implementation-project', 'after-sales-project']) expect(divisorFindings(`tech-department/${id}`)).toEqual([]);
  });

  it('has the linter report the [5%, 6%) gap of the literal cost rule only', () => {
    const gaps = (id: string) =>
      lint(techDepartmentPresets.find((e) => e.id === id)?.scheme, { schemes: presetSchemes })
        .filter((f) => f.code === 'tier_gap')
        .map((f) => f.params['interval']);
    expect(gaps('tech-department/implementation-project.literal')).toEqual(['(-0.06, -0.05]', '[0.05, 0.06)']);
    expect(gaps('tech-department/implementation-project')).toEqual([]);
  });
});
