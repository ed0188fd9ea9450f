import { describe, expect, it } from 'vitest';
import { exampleB } from '../fixtures';
import { appraiserOf, lineCodes, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/network-ops-supervisor');

describe('tech-support-center/network-ops-supervisor (§2.2)', () => {
  it('gives Example B: 90.00, good', () => {
    const result = appraise(exampleB);
    expect(pointsById(result)).toEqual({ N1: '-10.00', N2: '-10.00', N3: '5.00', N4: '0.00', N5: '-5.00', N6: '10.00' });
    expect(result.total).toBe('90.00');
    expect(result.outcome).toBe('good');
  });

  it('may exceed 100 with bonuses, rated excellent', () => {
    const result = appraise({ facts: { ...exampleB.facts, outages: [], recordKeepingFaults: 0 } });
    expect(result.total).toBe('115.00');
    expect(result.outcome).toBe('excellent');
  });

  it('N1 allows one outage a month and leaves out single-customer and non-accountable outages', () => {
    const outages = [
      { at: '2026-07-01T00:30:00+08:00', customersAffected: 5, restoredMinutes: 10 },
      { at: '2026-07-20T09:00:00+08:00', customersAffected: 5, restoredMinutes: 10, accountable: false },
      { at: '2026-07-21T09:00:00+08:00', customersAffected: 1, restoredMinutes: 10 },
      { at: '2026-08-02T09:00:00+08:00', customersAffected: 2, restoredMinutes: 10 },
    ];
    expect(pointsById(appraise({ facts: { ...exampleB.facts, outages } }))['N1']).toBe('0.00');
  });

  it('N1 has no points of its own: 扣完为止 floors the total at 0, with a floor line', () => {
    const outages = Array.from({ length: 13 }, (_, day) => ({ at: `2026-07-${String(day + 1).padStart(2, '0')}T09:00:00+08:00`, customersAffected: 2, restoredMinutes: 10 }));
    const result = appraise({ facts: { ...exampleB.facts, outages, networkQuality: 'pass', recordKeepingFaults: 0, satisfactionSurvey: 'neutral' } });
    expect(pointsById(result)['N1']).toBe('-120.00');
    expect(lineCodes(result, 'N1').filter((code) => code === 'perOccurrence.event')).toHaveLength(12);
    expect(result.total).toBe('0.00');
    expect(result.lines.map((line) => [line.code, line.amount])).toEqual([
      ['total.base', '100'],
      ['total.floor', '20'],
    ]);
    expect(result.outcome).toBe('needs-improvement');
  });
});
