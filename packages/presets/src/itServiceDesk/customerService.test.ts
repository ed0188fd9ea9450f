import { compile, isKaoheError, type KaoheError } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../catalogue';
import { customerServiceTemplate } from './customerService';

describe('it-service-desk/customer-service', () => {
  it('is a template in the catalogue', () => {
    expect(getPreset('it-service-desk/customer-service')?.status).toBe('template');
  });

  it('fails to compile with missing_weights naming the items the user must still set', () => {
    let caught: unknown;
    try {
      compile(customerServiceTemplate);
    } catch (error) {
      caught = error;
    }
    expect(isKaoheError(caught)).toBe(true);
    const error = caught as KaoheError;
    expect(error.code).toBe('missing_weights');
    expect(error.params.items).toBe('W1, W2, W3, W4');
    expect(error.format('en')).toContain('items without a weight: W1, W2, W3, W4');
    expect(error.format('zh-CN')).toContain('以下考核项没有权重:W1, W2, W3, W4');
  });

  it('compiles once the user sets the weights', () => {
    const weights = [10, 40, 30, 20];
    const filled = { ...customerServiceTemplate, status: 'complete' as const, items: customerServiceTemplate.items.map((item, i) => ({ ...item, weight: weights[i] ?? 0 })) };
    expect(compile(filled).scheme.items.map((i) => i.weight)).toEqual(weights);
  });
});
