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
 * renderMessage('zh-CN', 'error.missing_fact', { fact: 'outages' }); // '缺少必需的事实 "outages"'
 */
export function renderMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const template = compiledTemplate(locale, code);
  if (template === undefined) return code;
  // Even entries are literal text, odd entries placeholder names: `a {x} b` → ['a ', 'x', ' b'].
  let text = template[0] as string;
  for (let i = 1; i < template.length; i += 2) {
    const key = template[i] as string;
    text += Object.hasOwn(params, key) ? paramText(params[key], locale) : `{${key}}`;
    text += template[i + 1] as string;
  }
  return text;
}

/** Templates split once at their `{name}` placeholders, per locale and code (messages render per line, per subject). */
const COMPILED: Record<Locale, Map<string, readonly string[] | undefined>> = { en: new Map(), 'zh-CN': new Map() };

function compiledTemplate(locale: Locale, code: string): readonly string[] | undefined {
  const cache = COMPILED[locale];
  const known = cache.get(code);
  if (known !== undefined) return known;
  const catalog = CATALOGS[locale] as Readonly<Record<string, string>>;
  const template = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  const parts = template === undefined ? undefined : template.split(/\{(\w+)\}/);
  // Codes come from the catalogues and from rule kinds, a bounded set; unknown codes are not kept.
  if (parts !== undefined) cache.set(code, parts);
  return parts;
}

/** Renders a message in every locale. */
export function renderBoth(code: string, params: MessageParams = {}): LocalizedText {
  return { 'zh-CN': renderMessage('zh-CN', code, params), en: renderMessage('en', code, params) };
}

/**
 * A message in every locale, each rendered the first time it is read and then kept. Results carry
 * a message per explanation line in two locales, most of which no caller ever reads; rendering on
 * demand keeps bulk appraisals fast. The properties are ordinary enumerable getters, so the object
 * reads, spreads, compares and serialises (`JSON.stringify`, `structuredClone`) like plain data.
 */
export function renderBothLazily(code: string, params: MessageParams = {}): LocalizedText {
  let zh: string | undefined;
  let english: string | undefined;
  return {
    get 'zh-CN'(): string {
      if (zh === undefined) zh = renderMessage('zh-CN', code, params);
      return zh;
    },
    get en(): string {
      if (english === undefined) english = renderMessage('en', code, params);
      return english;
    },
  };
}
