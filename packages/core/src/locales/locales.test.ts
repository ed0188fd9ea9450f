import { describe, expect, it } from 'vitest';
import { en } from './en';
import { renderMessage } from './render';
import { zhCN } from './zh-CN';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('locales', () => {
  it('have the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in every message', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect({ key, placeholders: placeholders(zhCN[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('render per call, with localized parameters in the caller’s locale', () => {
    const params = { fact: 'outages' };
    expect(renderMessage('en', 'error.missing_fact', params)).toBe('the fact "outages" is required and missing');
    expect(renderMessage('zh-CN', 'error.missing_fact', params)).toBe('缺少必需的事实 "outages"');
    const label = { en: 'good', 'zh-CN': '良好' };
    expect(renderMessage('zh-CN', 'line.choice.option', { item: 'N3', fact: 'networkQuality', label, amount: '5' })).toBe('N3:networkQuality 为"良好":5');
    expect(renderMessage('en', 'no.such.code')).toBe('no.such.code');
  });
});
