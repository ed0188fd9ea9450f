import type { Locale, LocalizedText } from '../model/common';
import { en } from './en';
import { zhCN } from './zh-CN';

/** A message parameter: a plain value, or a text in both locales (rendered in the caller's). */
export type MessageParam = string | number | boolean | null | undefined | LocalizedText;
/** The parameters of a message. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** Every message code kaohe renders. */
export type MessageCode = keyof typeof en;

const CATALOGS: Record<Locale, Readonly<Record<MessageCode, string>>> = { en, 'zh-CN': zhCN };

function paramText(value: MessageParam, locale: Locale): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value[locale];
  return String(value);
}

/**
 * Renders a message in a locale; `{name}` placeholders take the parameters. An unknown code renders
 * as the code itself, so a message is never lost.
 *
 * @example
 * renderMessage('zh-CN', 'error.missing_fact', { fact: 'outages' }); // '缺少事实 outages'
 */
export function renderMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const catalog = CATALOGS[locale] as Readonly<Record<string, string>>;
  const template = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? paramText(params[key], locale) : whole));
}

/** Renders a message in every locale. */
export function renderBoth(code: string, params: MessageParams = {}): LocalizedText {
  return { 'zh-CN': renderMessage('zh-CN', code, params), en: renderMessage('en', code, params) };
}
