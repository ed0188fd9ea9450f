import { describe, expect, it } from 'vitest';
import { gradeStreak, streakSanctioned } from './streaks';

const threeDs = { grade: 'D', count: 3 };

describe('grade streaks', () => {
  it('sanctions D, D, D in consecutive appraisals', () => {
    expect(gradeStreak(['D', 'D'], 'D', 'D')).toBe(3);
    expect(streakSanctioned(['D', 'D'], 'D', threeDs)).toBe(true);
  });

  it('does not sanction D, C, D', () => {
    expect(gradeStreak(['D', 'C'], 'D', 'D')).toBe(1);
    expect(streakSanctioned(['D', 'C'], 'D', threeDs)).toBe(false);
  });

  it('counts only the run that ends with the current appraisal', () => {
    expect(streakSanctioned(['D', 'D', 'D'], 'B', threeDs)).toBe(false);
    expect(streakSanctioned(['A', 'D', 'D', 'D'], 'D', threeDs)).toBe(true);
    expect(streakSanctioned(['D'], 'D', threeDs)).toBe(false);
    expect(streakSanctioned([], 'D', threeDs)).toBe(false);
  });
});
