import { describe, expect, it } from 'vitest';
import { exampleD } from '../fixtures';
import { appraiserOf, lineCodes, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/implementation-engineer');
const withFacts = (facts: Record<string, unknown>) => appraise({ facts: { ...exampleD.facts, ...facts } });

describe('tech-support-center/implementation-engineer (§2.5)', () => {
  it('gives Example D: 90.00, good', () => {
    const result = appraise(exampleD);
    expect(pointsById(result)).toEqual({ I1: '30.00', I2: '15.00', I3: '20.00', I4: '10.00', I5: '5.00', I6: '10.00' });
    expect(result.total).toBe('90.00');
    expect(result.outcome).toBe('good');
  });

  it('fails by veto V1 on a major safety accident, the total kept', () => {
    const result = withFacts({ majorSafetyAccidents: 1 });
    expect(result.total).toBe('90.00');
    expect(result.outcome).toBe('fail');
    expect(result.vetoes.map((v) => v.id)).toEqual(['V1']);
  });

  describe('I1: −5 per whole 5 points below 80% first-time acceptance', () => {
    it.each([
      [5, 4, '30.00'],
      [100, 79, '30.00'],
      [10_000, 7_501, '30.00'],
      [20, 15, '25.00'],
      [10_000, 7_499, '25.00'],
      [100, 71, '25.00'],
      [10, 7, '20.00'],
      [100, 69, '20.00'],
      [10_000, 6_501, '20.00'],
      [20, 13, '15.00'],
      [20, 12, '10.00'],
      [0, 0, '30.00'],
    ])('%i delivered, %i first time → %s', (projectsDelivered, projectsAcceptedFirstTime, points) => {
      expect(pointsById(withFacts({ projectsDelivered, projectsAcceptedFirstTime }))['I1']).toBe(points);
    });

    it('stops at 0 (扣完为止) with a floor line', () => {
      const result = withFacts({ projectsDelivered: 10, projectsAcceptedFirstTime: 1 });
      expect(pointsById(result)['I1']).toBe('0.00');
      expect(lineCodes(result, 'I1')).toEqual(['steps.start', 'steps.below', 'item.floor']);
    });
  });

  describe('I3: 10 when passed, −5 per failed round (floor 0), +20 for an excellent internal acceptance, at most 20', () => {
    it.each([
      [true, 0, false, '10.00'],
      [true, 1, false, '5.00'],
      [true, 3, false, '0.00'],
      [true, 1, true, '20.00'],
      [true, 3, true, '20.00'],
      [false, 2, true, '0.00'],
    ])('passed %s, %i failures, excellent %s → %s', (companyAcceptancePassed, acceptanceFailures, internalAcceptanceExcellent, points) => {
      expect(pointsById(withFacts({ companyAcceptancePassed, acceptanceFailures, internalAcceptanceExcellent }))['I3']).toBe(points);
    });

    it('shows the cap at 20 as a line of its own', () => {
      expect(lineCodes(appraise(exampleD), 'I3')).toEqual(['formula.value', 'item.cap']);
    });
  });

  it('I2: −5 a day overdue, down to 0', () => {
    expect(pointsById(withFacts({ daysOverdue: 4 }))['I2']).toBe('0.00');
    expect(pointsById(withFacts({ daysOverdue: 5 }))['I2']).toBe('0.00');
    expect(lineCodes(withFacts({ daysOverdue: 5 }), 'I2')).toContain('item.floor');
  });
});
