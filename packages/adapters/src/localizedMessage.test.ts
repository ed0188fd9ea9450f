import { describe, expect, it } from 'vitest';
import { ADAPTER_ERROR_CODES, CELL_ISSUE_CODES, CRM_ERROR_CODES, CRM_ISSUE_CODES, JOIN_ISSUE_CODES, TICKET_ISSUE_CODES } from './issueCodes.js';
import { localizedMessage } from './localizedMessage.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('locales', () => {
  it('have the same codes, every code of the package', () => {
    const codes = [...CELL_ISSUE_CODES, ...ADAPTER_ERROR_CODES, ...TICKET_ISSUE_CODES, ...CRM_ISSUE_CODES, ...CRM_ERROR_CODES, ...JOIN_ISSUE_CODES].sort();
    expect(Object.keys(en).sort()).toEqual(codes);
    expect(Object.keys(zhCN).sort()).toEqual(codes);
  });

  it('name the same parameters in each message', () => {
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[code]), code).toEqual(placeholders(en[code]));
    }
  });

  it('fill in parameters', () => {
    expect(localizedMessage('belowMinimum', { value: -1, min: 0 })).toEqual({
      'zh-CN': '-1 小于允许的最小值 0。',
      en: '-1 is below the smallest allowed value, 0.',
    });
  });
});
