import { describe, expect, it } from 'vitest';
import { exampleE } from '../fixtures';
import { appraiserOf, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/after-sales-supervisor');

describe('tech-support-center/after-sales-supervisor (§2.6)', () => {
  it('gives Example E: 70.50, qualified', () => {
    const result = appraise(exampleE);
    expect(pointsById(result)).toEqual({ A1: '27.00', A2: '28.50', A3: '10.00', A4: '5.00', A5: '10.00', A6: '-10.00' });
    expect(result.total).toBe('70.50');
    expect(result.outcome).toBe('qualified');
  });

  it('gives full A2 points with no ticket, and caps A3 at 20 beyond two engineers trained', () => {
    const result = appraise({ facts: { ...exampleE.facts, ticketsOnTime: 0, ticketsTotal: 0, midLevelEngineersTrained: 3 } });
    expect(pointsById(result)).toMatchObject({ A2: '30.00', A3: '20.00' });
  });

  it('A6 has no points of its own: 扣完为止 floors the total at 0, with a floor line', () => {
    const result = appraise({
      facts: { customerSatisfaction: 0.1, ticketsOnTime: 0, ticketsTotal: 10, midLevelEngineersTrained: 0, formNonconformities: 2, stockNonconformities: 3, customerComplaints: 1 },
    });
    expect(pointsById(result)).toEqual({ A1: '3.00', A2: '0.00', A3: '0.00', A4: '0.00', A5: '0.00', A6: '-10.00' });
    expect(result.total).toBe('0.00');
    expect(result.lines.map((line) => [line.code, line.amount])).toEqual([['total.floor', '7']]);
    expect(result.outcome).toBe('needs-improvement');
  });
});
