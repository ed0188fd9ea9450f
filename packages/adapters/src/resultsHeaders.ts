import type { Locale } from './localizedMessage.js';

/** The fixed headers of a results sheet, in both locales. */
export const RESULTS_HEADERS = {
  subject: { 'zh-CN': '考核对象', en: 'Subject' },
  period: { 'zh-CN': '考核期间', en: 'Period' },
  total: { 'zh-CN': '总分', en: 'Total' },
  band: { 'zh-CN': '等级', en: 'Band' },
  outcome: { 'zh-CN': '结论', en: 'Outcome' },
  vetoes: { 'zh-CN': '否决项', en: 'Vetoes' },
  explanation: { 'zh-CN': '扣分与加分说明', en: 'Explanation' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of {@link RESULTS_HEADERS}. */
export type ResultsHeaderKey = keyof typeof RESULTS_HEADERS;
