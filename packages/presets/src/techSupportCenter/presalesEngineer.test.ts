import { describe, expect, it } from 'vitest';
import { exampleC } from '../fixtures';
import { appraiserOf, pointsById } from '../testKit';

const appraise = appraiserOf('tech-support-center/presales-engineer');

describe('tech-support-center/presales-engineer (§2.4)', () => {
  it('gives Example C: 90.14, good', () => {
    const result = appraise(exampleC);
    expect(pointsById(result)).toEqual({ P1: '17.14', P2: '47.50', P3: '8.00', P4: '8.50', P5: '9.00' });
    expect(result.total).toBe('90.14');
    expect(result.outcome).toBe('good');
  });

  it('gives full P1 points with no approved project, and caps P1 and P2 at their points', () => {
    const result = appraise({
      facts: { projectsApproved: 0, projectsWon: 0, salesTargetAchievement: 1.2 },
      ratings: { P3: 10, P4: { projectManager: 10, sales: 10 }, P5: 10 },
    });
    expect(pointsById(result)).toMatchObject({ P1: '20.00', P2: '50.00' });
    expect(result.total).toBe('100.00');
    expect(result.outcome).toBe('excellent');
  });
});
