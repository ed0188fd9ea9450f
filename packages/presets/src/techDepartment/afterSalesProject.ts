import type { ScorecardInput } from '@kaohe/core';
import { band, bonusFacts, directorAward, literalId, literalName, organisation, projectGradeBands, projectGrades, ratedItem, raters, source, teamSplit } from './common';
import { costFacts, costItem } from './cost';

const CUT_OFF = 'the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred';

/**
 * §4.4 工程售后考核: each project in its service period, appraised quarterly by four raters (self,
 * sales rep, finance rep, superior). The page is cut off before its scoring table: the items are
 * inferred — timeliness 40, service quality 30, cost 20, documentation 10. The bonus (0.5% of the
 * contract) is spread evenly over the service quarters; each quarter settles its share by the grade.
 */
export const afterSalesProject = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-department/after-sales-project',
  version: '1.0.0',
  name: { 'zh-CN': '工程售后考核', en: 'After-sales project appraisal' },
  description: {
    'zh-CN': '对售后服务期内的工程分季度考核;综合分数取各评分人总分的平均;售后奖金按服务季度均分。考核项为推定(原文评分表缺失)。',
    en: "Appraises each project in its service period quarterly; the composite is the mean of the raters' totals; the bonus is spread evenly over the service quarters. The items are inferred (the page's scoring table is missing).",
  },
  organisation,
  roles: ['after-sales-manager', 'after-sales-engineer', 'onsite-engineer'],
  period: 'quarter',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    bonusFacts.contractValue,
    { name: 'serviceQuarters', type: 'count', min: 1, description: { 'zh-CN': '售后服务期的季度数', en: 'quarters in the service period' } },
    { name: 'ticketsOnTime', type: 'count', description: { 'zh-CN': '按时处理的故障单数', en: 'service tickets handled on time' } },
    { name: 'ticketsTotal', type: 'count', description: { 'zh-CN': '故障单总数', en: 'service tickets' } },
    ...costFacts({ 'zh-CN': '本季度售后费用预算(元,季初由财务给出)', en: "the quarter's after-sales budget (CNY, set at the start of the quarter)" }),
    { name: 'negativeSatisfactionSurvey', type: 'boolean', optional: true, default: false, description: { 'zh-CN': '有不满意的用户满意度调查表', en: 'an unfavourable user satisfaction survey' } },
    { name: 'userComplaints', type: 'count', optional: true, default: 0, description: { 'zh-CN': '我方责任的用户投诉次数', en: 'user complaints where the company is at fault' } },
    bonusFacts.leaderShare,
    bonusFacts.gradeHistory,
  ],
  items: [
    {
      id: 'timeliness',
      name: { 'zh-CN': '服务及时性', en: 'Timeliness' },
      points: 40,
      rule: { kind: 'ratio', value: { ratio: [{ fact: 'ticketsOnTime' }, { fact: 'ticketsTotal' }], ifZero: 1 }, target: 1, cap: 1 },
      provenance: { inferred: `${CUT_OFF}: 40 × the share of tickets handled on time; no ticket gives full points`, source, clause: '通过用户、销售、800等方式,接到报障电话将故障情况登记好' },
    },
    ratedItem(
      'quality',
      { 'zh-CN': '服务质量', en: 'Service quality' },
      30,
      [
        band(30, 30, '出色、准确,无任何过失,用户非常满意', 'excellent and flawless'),
        band(25, 29, '质量尚好,但还可以再加强', 'good quality with room to improve'),
        band(20, 24, '偶有小过失', 'occasional minor slips'),
        band(0, 19, '质量不佳,常有过失', 'poor quality, frequent errors'),
      ],
      { inferred: `${CUT_OFF}: rated 0–30 by each rater, with the quality bands of the implementation form` },
    ),
    costItem({ inferredItem: `${CUT_OFF}: the cost rule of the implementation form against the quarter's budget from finance` }),
    ratedItem(
      'documentation',
      { 'zh-CN': '运维文档', en: 'Documentation' },
      10,
      [band(8, 10, '运维资料记录完整并及时归档', 'records complete and archived on time'), band(0, 7, '运维资料有缺漏或未及时归档', 'records incomplete or archived late')],
      { inferred: `${CUT_OFF}: rated 0–10 by each rater (the text asks that operations records be kept and archived)`, source, clause: '在运维阶段做好运维资料的记录并形成相应的运维文档在公司进行存档' },
    ),
  ],
  vetoes: [
    {
      id: 'costBelow15',
      name: { 'zh-CN': '工程费用低于15分', en: 'Cost below 15' },
      when: { item: 'cost', operator: 'lessThan', value: 15 },
      outcome: 'zeroBonus',
      provenance: { source, clause: '工程费用低于15分者,有用户满意度调查表或用户投诉(我方责任),有以上任一情况者,工程奖金为0' },
    },
    {
      id: 'negativeSurvey',
      name: { 'zh-CN': '不满意的用户满意度调查表', en: 'Unfavourable satisfaction survey' },
      when: { fact: 'negativeSatisfactionSurvey', operator: 'equal', value: true },
      outcome: 'zeroBonus',
      provenance: { inferred: '"有用户满意度调查表" is read as an unfavourable survey', source, clause: '有用户满意度调查表或用户投诉(我方责任),有以上任一情况者,工程奖金为0' },
    },
    {
      id: 'userComplaint',
      name: { 'zh-CN': '用户投诉(我方责任)', en: 'User complaint (company at fault)' },
      when: { fact: 'userComplaints', operator: 'greaterThan', value: 0 },
      outcome: 'zeroBonus',
      provenance: { source, clause: '有用户满意度调查表或用户投诉(我方责任),有以上任一情况者,工程奖金为0' },
    },
  ],
  bands: projectGradeBands,
  bandPolicy: 'unique',
  grades: projectGrades,
  panel: { raters: [raters.self, raters.salesRep, raters.financeRep, raters.superior], combine: 'mean' },
  bonus: {
    contractFact: 'contractValue',
    rate: '0.005',
    coefficients: [],
    spreadFact: 'serviceQuarters',
    split: teamSplit(
      { 'zh-CN': '售后运维经理', en: 'after-sales manager' },
      { 'zh-CN': '售后工程师', en: 'after-sales engineers' },
      '售后运维经理:……奖金为最终工程奖金的30%-60%。售后工程师:……奖金为最终工程奖金的40%-70%',
    ),
    director: { ...directorAward, provenance: { inferred: "the page is cut off in the after-sales split; the director's 30% of the other two schemes is assumed", source, clause: '技术总监以最终工程奖金的30%进行奖励' } },
    provenance: { source, clause: '售后工程奖金为工程合同总额的0.5%,按季度进行计发……将每个工程的售后奖金以季度为单位进行均分' },
  },
  sanction: {
    id: 'afterSalesSuspended',
    name: { 'zh-CN': '暂停售后工作', en: 'suspended from after-sales work' },
    grade: 'D',
    count: 3,
    fact: 'gradeHistory',
    provenance: { inferred: 'the clause says "工程实施绩效考核" (copied from the implementation rules); read as three consecutive after-sales D grades', source, clause: '工程实施绩效考核连续3个D者,暂停售后工作' },
  },
  readings: [
    {
      id: 'composite',
      chosen: { 'zh-CN': '综合分数取实际评分的评分人总分的平均(列出 4 位评分人)', en: 'the composite is the mean of the totals of the raters who rated (4 raters listed)' },
      literal: { 'zh-CN': '(自评总分+销售代表总分+上级考核总分)/3', en: '(self + sales rep + superior) / 3' },
      provenance: { inferred: 'the text lists four raters (self, sales rep, finance rep, superior) but adds three and divides by 3', source, clause: '综合分数=(自评总分+销售代表总分+上级考核总分)/3' },
    },
  ],
} satisfies ScorecardInput;

/** §4.4 read literally: the four raters' totals over the divisor 3 and the cost tiers from 6%; the linter reports the divisor. */
export const afterSalesProjectLiteral = {
  ...afterSalesProject,
  id: literalId(afterSalesProject.id),
  name: literalName(afterSalesProject),
  description: {
    'zh-CN': '按原文字面:综合分数=(各评分人总分之和)/3,而评分人有 4 位;费用中间档从 6% 起。',
    en: "As the text writes it: composite = (sum of the raters' totals) / 3, with four raters listed; the middle cost tiers start at 6%.",
  },
  items: afterSalesProject.items.map((item) => (item.id === 'cost' ? costItem({ literal: true, inferredItem: `${CUT_OFF}: the literal cost rule of the implementation form` }) : item)),
  panel: { ...afterSalesProject.panel, combine: 'divisor', literalDivisor: 3 },
  readings: [],
} satisfies ScorecardInput;
