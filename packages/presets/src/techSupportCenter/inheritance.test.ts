import { isKaoheError } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { exampleB, exampleE } from '../fixtures';
import { appraiserOf, compilePreset, pointsById } from '../testKit';

describe('tech-support-center/network-admin-engineer (§2.3) inherits §2.2', () => {
  const appraise = appraiserOf('tech-support-center/network-admin-engineer');

  it('resolves the parent’s items, bands and inputs, with its own review chain', () => {
    const { scheme } = compilePreset('tech-support-center/network-admin-engineer');
    expect(scheme.lineage).toEqual(['tech-support-center/network-ops-supervisor']);
    expect(scheme.items.map((item) => item.id)).toEqual(['N1', 'N2', 'N3', 'N4', 'N5', 'N6']);
    expect(scheme.review?.levels.map((level) => [level.id, level.role, level.mayAdjust])).toEqual([
      ['direct-supervisor', 'network-ops-supervisor', true],
      ['department-head', 'department-manager', true],
    ]);
  });

  it('gives Example B the parent’s figures', () => {
    const result = appraise(exampleB);
    expect(result.total).toBe('90.00');
    expect(result.scheme.id).toBe('tech-support-center/network-admin-engineer');
  });

  it('keeps both levels when the department head adjusts an item with a reason', () => {
    const reason = '图表已于抽查当日更新 (the diagram was updated on the day of the check)';
    const result = appraise(exampleB, [
      { level: 'direct-supervisor', reviewer: 'P-SUP' },
      { level: 'department-head', reviewer: 'P-HEAD', adjustments: [{ item: 'N5', points: 0, reason }] },
    ]);
    expect(result.reviews.map((r) => [r.level, r.reviewer, r.total, r.outcome, r.adjustments.length])).toEqual([
      ['direct-supervisor', 'P-SUP', '90.00', 'good', 0],
      ['department-head', 'P-HEAD', '95.00', 'good', 1],
    ]);
    expect(result.reviews[1]?.adjustments).toEqual([{ item: 'N5', from: '-5.00', to: '0.00', reason }]);
    expect(pointsById(result)['N5']).toBe('0.00');
    expect(result.total).toBe('95.00');
    const adjusted = result.items.find((item) => item.id === 'N5')?.lines.at(-1);
    expect(adjusted?.code).toBe('review.adjusted');
    expect(adjusted?.amount).toBe('5');
    expect(adjusted?.message.en).toContain(reason);
    expect(adjusted?.message['zh-CN']).toContain(reason);
  });
});

describe('tech-support-center/after-sales-engineer (§2.7) inherits §2.6', () => {
  const appraise = appraiserOf('tech-support-center/after-sales-engineer');

  it('resolves the after-sales supervisor’s items', () => {
    const { scheme } = compilePreset('tech-support-center/after-sales-engineer');
    expect(scheme.lineage).toEqual(['tech-support-center/after-sales-supervisor']);
    expect(scheme.items.map((item) => item.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(scheme.review?.levels.map((level) => level.role)).toEqual(['after-sales-supervisor', 'department-manager']);
  });

  it('keeps both levels: the supervisor adjusts A1, the department head adjusts A3', () => {
    const result = appraise(exampleE, [
      { level: 'direct-supervisor', reviewer: 'P-SUP', adjustments: [{ item: 'A1', points: 28, reason: 'survey sample too small' }] },
      { level: 'department-head', reviewer: 'P-HEAD', adjustments: [{ item: 'A3', points: 15, reason: 'second engineer passes the exam next month' }] },
    ]);
    expect(result.reviews.map((r) => [r.level, r.total, r.outcome])).toEqual([
      ['direct-supervisor', '71.50', 'qualified'],
      ['department-head', '76.50', 'qualified'],
    ]);
    expect(pointsById(result)).toMatchObject({ A1: '28.00', A3: '15.00' });
    expect(result.items.find((item) => item.id === 'A3')?.lines.at(-1)?.message.en).toContain('second engineer passes the exam next month');
  });

  it('records an unreviewed first level when only the department head reviews', () => {
    const result = appraise(exampleE, [{ level: 'department-head', reviewer: 'P-HEAD' }]);
    expect(result.reviews.map((r) => [r.level, r.reviewer, r.total])).toEqual([
      ['direct-supervisor', null, '70.50'],
      ['department-head', 'P-HEAD', '70.50'],
    ]);
  });

  it('refuses an adjustment outside the item’s points', () => {
    let error: unknown;
    try {
      appraise(exampleE, [{ level: 'department-head', adjustments: [{ item: 'A3', points: 25, reason: 'x' }] }]);
    } catch (caught) {
      error = caught;
    }
    expect(isKaoheError(error) && error.code).toBe('review_invalid');
  });
});
