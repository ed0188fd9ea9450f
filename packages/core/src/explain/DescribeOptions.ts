import { toDecimal } from '../decimal';
import type { Locale } from '../model/common';

/** How a describer writes: the locale, and whether names are Markdown code spans. */
export interface DescribeOptions {
  readonly locale: Locale;
  /** Write fact and field names as Markdown code spans (`` `outages` ``), for pages; plain text otherwise. */
  readonly markdown?: boolean;
}

/** A fact or field name as the options write it: a code span in Markdown, bare in plain text. */
export function nameText(name: string, options: DescribeOptions): string {
  return options.markdown === true ? `\`${name}\`` : name;
}

/** The zh-CN or the English text, by the options' locale. */
export function byLocale(options: DescribeOptions, zh: string, en: string): string {
  return options.locale === 'zh-CN' ? zh : en;
}

/**
 * A number as a describer prints it: a true minus sign (−) for negatives.
 *
 * @example
 * signed(-5); // '−5'
 * signed('0.85'); // '0.85'
 */
export function signed(value: number | string): string {
  const text = String(value).trim();
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/**
 * A number with an explicit sign (`+5`, `0`, `−10`), for points added or taken.
 *
 * @example
 * withSign(5); // '+5'
 * withSign(-10); // '−10'
 */
export function withSign(value: number | string): string {
  const text = signed(value);
  return text.startsWith('−') || toDecimal(value).isZero() ? text : `+${text}`;
}
