import { describe, expect, it } from 'vitest';
import { exampleF } from '../fixtures';
import { appraiserOf, lineCodes, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/idc-engineer', '2026');
const withFacts = (facts: Record<string, unknown>) => appraise({ facts: { ...exampleF.facts, ...facts } });

describe('tech-support-center/idc-engineer (§2.8)', () => {
  it('gives Example F for the year 2026: 82.40, qualified', () => {
    const result = appraise(exampleF);
    expect(result.period).toBe('2026');
    expect(pointsById(result)).toEqual({ D1: '20.00', D2: '27.60', D3: '15.00', D4: '19.80' });
    expect(result.total).toBe('82.40');
    expect(result.outcome).toBe('qualified');
  });

  it('D1 allows 2 interruptions a year, then −10 each down to 0 (扣完为止 within the item)', () => {
    expect(pointsById(withFacts({ maintenanceInterruptions: 2 }))['D1']).toBe('30.00');
    expect(pointsById(withFacts({ maintenanceInterruptions: 5 }))['D1']).toBe('0.00');
    const result = withFacts({ maintenanceInterruptions: 7 });
    expect(pointsById(result)['D1']).toBe('0.00');
    expect(lineCodes(result, 'D1')).toEqual(['perOccurrence.start', 'perOccurrence.count', 'item.floor']);
    expect(result.total).toBe('62.40');
  });

  it('D3 takes 5 a nonconformity down to 0 (扣完为止 within the item)', () => {
    expect(pointsById(withFacts({ reportNonconformities: 4 }))['D3']).toBe('0.00');
    const result = withFacts({ reportNonconformities: 6 });
    expect(pointsById(result)['D3']).toBe('0.00');
    expect(lineCodes(result, 'D3')).toContain('item.floor');
  });

  it('gives full D4 points for an empty register', () => {
    expect(pointsById(withFacts({ assetsRegistered: 0, assetsVerified: 0 }))['D4']).toBe('20.00');
  });

  it('refuses a quarter as its period', () => {
    expect(() => appraise({ ...exampleF, period: '2026-Q3' })).toThrow(/period/i);
  });
});
