import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('report locales', () => {
  it('have the same keys and the same placeholders in zh-CN and en', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) expect(placeholders(zhCN[key as keyof typeof en]), key).toEqual(placeholders(text));
  });

  it('have every zh-CN message in Chinese', () => {
    for (const [key, text] of Object.entries(zhCN)) if (key !== 'none') expect(text, key).toMatch(/\p{Script=Han}/u);
  });
});
