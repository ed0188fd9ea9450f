import type { Locale } from '@kaohe/core';
import { en, type ReportMessageKey } from './locales/en';
import { zhCN } from './locales/zh-CN';

const catalogues: Record<Locale, Record<ReportMessageKey, string>> = { en, 'zh-CN': zhCN };

/**
 * A message of the report in the reader's language, with `{name}` placeholders filled (not escaped:
 * the caller escapes what it puts into HTML).
 *
 * @example
 * reportText('zh-CN', 'overview', { scheme: '售前工程师' }); // '概览：售前工程师'
 */
export function reportText(locale: Locale, key: ReportMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
