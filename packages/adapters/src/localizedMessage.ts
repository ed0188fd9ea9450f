import type { MessageCode } from './issueCodes.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** A text in both supported locales. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** A locale this package writes messages and headers in. */
export type Locale = keyof LocalizedText;

/** Parameters of a message: plain values only. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null>>;

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return value === null || value === undefined ? '' : String(value);
  });
}

/**
 * The message for a code in both locales, with its parameters filled in.
 *
 * @example
 * localizedMessage('notANumber', { value: 'abc' }).en
 * // '"abc" is not a number (write for example 12, 1,234, 12.5 or 85%).'
 */
export function localizedMessage(code: MessageCode, params: MessageParams): LocalizedText {
  return { 'zh-CN': fill(zhCN[code], params), en: fill(en[code], params) };
}
