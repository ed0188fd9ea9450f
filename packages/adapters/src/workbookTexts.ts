import type { Locale } from './localizedMessage.js';

/**
 * The words of a results workbook other than the results' own headers (those are
 * `RESULTS_HEADERS`, which `readResultsWorkbook` looks for): the summary and rejected-rows
 * sheets, and the outcomes a result states by code rather than by a named band or sanction.
 */
export const WORKBOOK_TEXTS = {
  summarySheet: { 'zh-CN': '概览', en: 'Summary' },
  rejectedSheet: { 'zh-CN': '未采用的行', en: 'Rejected rows' },
  summaryTitle: { 'zh-CN': '考核结果概览', en: 'Summary of the results' },
  rejectedTitle: { 'zh-CN': '未采用的行与无法考核的对象', en: 'Rows not used and subjects not appraised' },
  read: { 'zh-CN': '读取', en: 'Read' },
  appraised: { 'zh-CN': '已考核', en: 'Appraised' },
  rejected: { 'zh-CN': '未采用', en: 'Rejected' },
  errors: { 'zh-CN': '无法考核', en: 'Not appraised' },
  subjects: { 'zh-CN': '人数', en: 'Subjects' },
  meanTotal: { 'zh-CN': '平均分', en: 'Mean total' },
  minTotal: { 'zh-CN': '最低分', en: 'Lowest total' },
  maxTotal: { 'zh-CN': '最高分', en: 'Highest total' },
  meanPoints: { 'zh-CN': '平均扣分', en: 'Mean points' },
  minPoints: { 'zh-CN': '最少扣分', en: 'Fewest points' },
  maxPoints: { 'zh-CN': '最多扣分', en: 'Most points' },
  fines: { 'zh-CN': '罚款合计', en: 'Fines in all' },
  bandShare: { 'zh-CN': '各等级占比', en: 'Share of each band' },
  outcomeShare: { 'zh-CN': '各结论占比', en: 'Share of each outcome' },
  vetoesTriggered: { 'zh-CN': '触发的否决项', en: 'Vetoes triggered' },
  count: { 'zh-CN': '人次', en: 'Count' },
  share: { 'zh-CN': '占比', en: 'Share' },
  noBand: { 'zh-CN': '(无等级)', en: '(no band)' },
  noVeto: { 'zh-CN': '(无)', en: '(none)' },
  file: { 'zh-CN': '文件', en: 'File' },
  sheet: { 'zh-CN': '工作表', en: 'Sheet' },
  row: { 'zh-CN': '行', en: 'Row' },
  column: { 'zh-CN': '列', en: 'Column' },
  value: { 'zh-CN': '值', en: 'Value' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  'outcome.fail': { 'zh-CN': '考核不合格', en: 'fail' },
  'outcome.zeroBonus': { 'zh-CN': '奖金为零', en: 'bonus voided' },
  'outcome.unrated': { 'zh-CN': '未定等级', en: 'unrated' },
  'outcome.none': { 'zh-CN': '无处分', en: 'no sanction' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of {@link WORKBOOK_TEXTS}. */
export type WorkbookTextKey = keyof typeof WORKBOOK_TEXTS;
