import { compile, isKaoheError, resolveScorecard } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { getPreset, presetSchemes } from '../catalogue';
import { exampleG } from '../fixtures';
import { appraiserOf, compilePreset, pointsById } from '../testKit';

describe('ops-department/customer-service-rep (§3)', () => {
  const appraise = appraiserOf('ops-department/customer-service-rep', '2026');

  it('gives Example G: 89.50, qualified', () => {
    const result = appraise(exampleG);
    expect(pointsById(result)).toEqual({ W1: '36.00', W2: '25.50', W3: '20.00', W4: '8.00' });
    expect(result.total).toBe('89.50');
    expect(result.outcome).toBe('qualified');
  });

  it('rates each responsibility from 0 to 100', () => {
    expect(() => appraise({ ratings: { ...exampleG.ratings, W1: 101 } })).toThrow(/W1/);
  });
});

describe('ops-department/customer-service-manager (§3)', () => {
  const appraise = appraiserOf('ops-department/customer-service-manager', '2026');

  it.each([
    [0.95, 4, '50.00', '40.00', '100.00'],
    [0.98, 6, '50.00', '40.00', '100.00'],
    [0.76, 3, '40.00', '30.00', '80.00'],
    [0.9, 1, '47.37', '10.00', '67.37'],
  ])('satisfaction %s and %i checks → W1 %s, W2 %s, total %s (W3 rated 100)', (customerSatisfaction, qualityChecks, w1, w2, total) => {
    const result = appraise({ facts: { customerSatisfaction, qualityChecks }, ratings: { W3: 100 } });
    expect(pointsById(result)).toEqual({ W1: w1, W2: w2, W3: '10.00' });
    expect(result.total).toBe(total);
  });
});

describe('ops-department weighted sheets', () => {
  it.each([
    ['ops-department/ops-manager', { W1: 80, W2: 90, W3: 70, W4: 60, W5: 100 }, '83.50'],
    ['ops-department/tech-support-manager', { W1: 90, W2: 80, W3: 100 }, '89.00'],
  ])('%s: Σ weight × achievement = %s', (id, ratings, total) => {
    expect(appraiserOf(id, '2026')({ ratings }).total).toBe(total);
  });

  it.each(['ops-department/ops-manager', 'ops-department/customer-service-manager', 'ops-department/customer-service-rep', 'ops-department/tech-support-manager'])(
    '%s has weights adding to 100 and is appraised yearly',
    (id) => {
      const { scheme } = compilePreset(id);
      expect(scheme.period).toBe('year');
      expect(scheme.items.reduce((sum, item) => sum + Number(item.weight), 0)).toBe(100);
    },
  );
});

describe('ops-department/tech-support-deputy (§3, DPT-YW-05)', () => {
  it('is a draft in the catalogue and in the scheme', () => {
    const entry = getPreset('ops-department/tech-support-deputy');
    expect(entry?.status).toBe('draft');
    expect(resolveScorecard(entry?.scheme, presetSchemes).status).toBe('draft');
  });

  it('fails strict validation with missing_weights naming W1', () => {
    let error: unknown;
    try {
      compile(getPreset('ops-department/tech-support-deputy')?.scheme, { schemes: presetSchemes });
    } catch (caught) {
      error = caught;
    }
    expect(isKaoheError(error)).toBe(true);
    if (!isKaoheError(error)) return;
    expect(error.code).toBe('missing_weights');
    expect(error.issues.map((issue) => [issue.code, issue.params])).toEqual([['missing_weights', { items: 'W1' }]]);
    expect(error.message).toContain('W1');
    expect(error.message).toContain('ops-department/tech-support-deputy');
  });
});
