import { describe, expect, it } from 'vitest';
import { exampleA } from '../fixtures';
import { appraiserOf, lineCodes, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/department-manager');

/** Every measured item exactly on its target (80 points from M1–M4). */
const onTarget = {
  faultsTotal: 100,
  faultsSelfCaused: 5,
  approvedContractValue: 1_000_000,
  signedContractValue: 500_000,
  projectsDelivered: 20,
  projectsAcceptedFirstTime: 16,
  customerSatisfaction: 0.85,
  safetyIncidents: 0,
};

describe('tech-support-center/department-manager (§2.1)', () => {
  it('gives Example A: 84.00, qualified', () => {
    const result = appraise(exampleA);
    expect(pointsById(result)).toEqual({ M1: '10.00', M2: '15.00', M3: '20.00', M4: '15.00', M5: '8.00', M6: '9.00', M7: '7.00' });
    expect(result.total).toBe('84.00');
    expect(result.band?.id).toBe('qualified');
    expect(result.outcome).toBe('qualified');
    expect(result.vetoes).toEqual([]);
  });

  it('fails Example A by veto V1 with one safety incident, the total still 84.00', () => {
    const result = appraise({ ...exampleA, facts: { ...exampleA.facts, safetyIncidents: 1 } });
    expect(result.total).toBe('84.00');
    expect(result.band?.id).toBe('qualified');
    expect(result.outcome).toBe('fail');
    expect(result.vetoes.map((v) => [v.id, v.outcome, v.condition])).toEqual([['V1', 'fail', 'safetyIncidents > 0']]);
    expect(result.vetoes[0]?.provenance).toEqual({ source: '000_4399f3c8acdda9b2.txt', clause: '部门安全事故0起,发生一起,考核不合格' });
  });

  it('can reach 110 (the items add up to 110), rated excellent', () => {
    const result = appraise({ facts: onTarget, ratings: { M5: 10, M6: 10, M7: 10 } });
    expect(result.total).toBe('110.00');
    expect(result.outcome).toBe('excellent');
  });

  describe('M1: −10 per whole 5 points above 5% self-caused', () => {
    it.each([
      [0, 0, '20.00'],
      [100, 5, '20.00'],
      [100, 9, '20.00'],
      [10_000, 999, '20.00'],
      [100, 10, '10.00'],
      [10_000, 1_001, '10.00'],
      [100, 14, '10.00'],
      [100, 15, '0.00'],
    ])('%i faults, %i self-caused → %s', (faultsTotal, faultsSelfCaused, points) => {
      expect(pointsById(appraise({ facts: { ...onTarget, faultsTotal, faultsSelfCaused }, ratings: exampleA.ratings }))['M1']).toBe(points);
    });

    it('stops at 0 (扣完为止) with a floor line', () => {
      const result = appraise({ facts: { ...onTarget, faultsTotal: 100, faultsSelfCaused: 20 }, ratings: exampleA.ratings });
      expect(pointsById(result)['M1']).toBe('0.00');
      expect(lineCodes(result, 'M1')).toEqual(['steps.start', 'steps.above', 'item.floor']);
    });
  });

  describe('M2: −5 per whole 5 points below a 50% win rate by contract value', () => {
    it.each([
      [1_000_000, 500_000, '20.00'],
      [1_000_000, 450_001, '20.00'],
      [1_000_000, 450_000, '15.00'],
      [1_000_000, 449_999, '15.00'],
      [1_000_000, 400_000, '10.00'],
      [1_000_000, 349_999, '5.00'],
      [1_000_000, 0, '0.00'],
      [0, 0, '20.00'],
    ])('approved %i, signed %i → %s', (approvedContractValue, signedContractValue, points) => {
      expect(pointsById(appraise({ facts: { ...onTarget, approvedContractValue, signedContractValue }, ratings: exampleA.ratings }))['M2']).toBe(points);
    });
  });

  describe('M3: −5 per whole 5 points below 80% first-time acceptance', () => {
    it.each([
      [20, 16, '20.00'],
      [100, 79, '20.00'],
      [10_000, 7_501, '20.00'],
      [20, 15, '15.00'],
      [100, 74, '15.00'],
      [10, 7, '10.00'],
      [100, 69, '10.00'],
      [0, 0, '20.00'],
    ])('%i delivered, %i first time → %s', (projectsDelivered, projectsAcceptedFirstTime, points) => {
      expect(pointsById(appraise({ facts: { ...onTarget, projectsDelivered, projectsAcceptedFirstTime }, ratings: exampleA.ratings }))['M3']).toBe(points);
    });
  });

  describe('M4: −5 per whole 5 points below 85% satisfaction', () => {
    it.each([
      [0.85, '20.00'],
      [0.8499, '20.00'],
      [0.8001, '20.00'],
      [0.8, '15.00'],
      ['0.80', '15.00'],
      [0.7999, '15.00'],
      [0.75, '10.00'],
      [0.7, '5.00'],
      [0.65, '0.00'],
      [0.6, '0.00'],
    ])('satisfaction %s → %s', (customerSatisfaction, points) => {
      expect(pointsById(appraise({ facts: { ...onTarget, customerSatisfaction }, ratings: exampleA.ratings }))['M4']).toBe(points);
    });

    it('counts 0.85 − 0.80 as exactly one step, in decimals', () => {
      const result = appraise({ facts: { ...onTarget, customerSatisfaction: 0.8 }, ratings: exampleA.ratings });
      const step = result.items.find((item) => item.id === 'M4')?.lines.find((line) => line.code === 'steps.below');
      expect(step?.arithmetic).toBe('0.8 = 0.8; |0.8 − 0.85| = 0.05; ⌊0.05 / 0.05⌋ = 1 × -5 = -5');
    });
  });

  describe('standard bands at their edges', () => {
    // M1–M4 on target give 80; with M4 at 65% (0 points) they give 60.
    const low = { ...onTarget, customerSatisfaction: 0.65 };
    it.each([
      [onTarget, [10, 10, 0], '100.00', 'excellent'],
      [onTarget, [10, 9.99, 0], '99.99', 'good'],
      [onTarget, [10, 0, 0], '90.00', 'good'],
      [onTarget, [9.99, 0, 0], '89.99', 'qualified'],
      [low, [10, 0, 0], '70.00', 'qualified'],
      [low, [9.99, 0, 0], '69.99', 'needs-improvement'],
    ] as const)('ratings %j → %s, %s', (facts, [M5, M6, M7], total, band) => {
      const result = appraise({ facts, ratings: { M5, M6, M7 } });
      expect(result.total).toBe(total);
      expect(result.band?.id).toBe(band);
      expect(result.outcome).toBe(band);
    });
  });
});

describe('tech-support-center/department-manager.literal', () => {
  const literal = appraiserOf('tech-support-center/department-manager.literal');

  it('reads the literal bands top-down: 70 and 80 are qualified, (80, 90) is unrated', () => {
    const rate = (M5: number, M6: number, facts: Record<string, unknown> = onTarget) => literal({ facts, ratings: { M5, M6, M7: 0 } });
    expect(rate(10, 10).band?.id).toBe('excellent');
    expect(rate(10, 9.99).band?.id).toBe('good');
    expect(rate(10, 0).band?.id).toBe('good');
    expect(rate(5, 0).band).toBeNull();
    expect(rate(5, 0).outcome).toBe('unrated');
    expect(rate(0.01, 0).band).toBeNull();
    expect(rate(0, 0).band?.id).toBe('qualified');
    const low = { ...onTarget, customerSatisfaction: 0.65 };
    expect(rate(10, 0, low).band?.id).toBe('qualified');
    expect(rate(9.99, 0, low).band?.id).toBe('needs-improvement');
  });

  it('still gives Example A the same points', () => {
    expect(literal(exampleA).total).toBe('84.00');
  });
});
