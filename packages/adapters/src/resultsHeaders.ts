import type { Locale } from './localizedMessage.js';

/** The fixed headers of a results sheet, in both locales. */
export const RESULTS_HEADERS = {
  subject: { 'zh-CN': '考核对象', en: 'Subject' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  period: { 'zh-CN': '考核期间', en: 'Period' },
  total: { 'zh-CN': '总分', en: 'Total' },
  band: { 'zh-CN': '等级', en: 'Band' },
  outcome: { 'zh-CN': '结论', en: 'Outcome' },
  vetoes: { 'zh-CN': '否决项', en: 'Vetoes' },
  grade: { 'zh-CN': '项目等级', en: 'Grade' },
  bonusBase: { 'zh-CN': '奖金基数', en: 'Bonus base' },
  bonusFull: { 'zh-CN': '全额奖金', en: 'Full bonus' },
  bonusFinal: { 'zh-CN': '实得奖金', en: 'Bonus' },
  bonusPool: { 'zh-CN': '部门奖金池', en: 'Department pool' },
  sanction: { 'zh-CN': '处分', en: 'Sanction' },
  points: { 'zh-CN': '扣分', en: 'Penalty points' },
  fine: { 'zh-CN': '罚款', en: 'Fine' },
  explanation: { 'zh-CN': '扣分与加分说明', en: 'Explanation' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of {@link RESULTS_HEADERS}. */
export type ResultsHeaderKey = keyof typeof RESULTS_HEADERS;
