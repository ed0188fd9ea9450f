import type { ScorecardInput } from '@kaohe/core';
import {
  band,
  bonusFacts,
  complexityCoefficient,
  complexityFact,
  directorAward,
  levelCoefficient,
  levelFact,
  literalId,
  literalName,
  organisation,
  payoutSchedule,
  projectGradeBands,
  projectGrades,
  ratedItem,
  raters,
  scheduleFacts,
  scheduleItem,
  source,
  teamSplit,
} from './common';
import { costFacts, costItem } from './cost';

const itemVeto = (id: 'schedule' | 'quality' | 'cost', below: number, zh: string, en: string) => ({
  id: `${id}Below${below}`,
  name: { 'zh-CN': zh, en },
  when: { item: id, operator: 'lessThan' as const, value: below },
  outcome: 'zeroBonus' as const,
  provenance: { source, clause: '工程工期低于25分、工程质量低于20分、工程费用低于15分者,有以上任一情况者,工程奖金为0' },
});

/**
 * §4.3 工程实施考核: a project's implementation, appraised once per project by three raters (self,
 * sales rep, superior). Items: schedule 40, cost 20 and internal acceptance 10 (computed), quality 30
 * (rated). Composite = the mean of the raters who rated; grade A–E; bonus = contract × 0.5% ×
 * complexity × risk × the grade's factor, 0 under a veto.
 */
export const implementationProject = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-department/implementation-project',
  version: '1.0.0',
  name: { 'zh-CN': '工程实施考核', en: 'Implementation project appraisal' },
  description: {
    'zh-CN': '以工程为单位对实施团队(工程经理和实施工程师)进行综合考核;综合分数取各评分人总分的平均。',
    en: "Appraises a project's implementation team (the project manager and the implementation engineers); the composite is the mean of the raters' totals.",
  },
  organisation,
  roles: ['project-manager', 'implementation-engineer'],
  period: 'project',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    bonusFacts.contractValue,
    complexityFact,
    levelFact('risk', { 'zh-CN': '风险类型:high 高风险、medium 中风险、low 低风险', en: 'risk: high, medium, low' }),
    ...scheduleFacts,
    ...costFacts({ 'zh-CN': '费用预算(元)', en: 'budget (CNY)' }),
    { name: 'acceptedOn', type: 'date', description: { 'zh-CN': '工程验收日期', en: 'date the project was accepted' } },
    { name: 'internalFileSubmittedOn', type: 'date', description: { 'zh-CN': '内验资料提交日期', en: 'date the internal-acceptance file was submitted' } },
    { name: 'internalAcceptancePointsLost', type: 'number', min: 0, default: 0, optional: true, description: { 'zh-CN': '公司内验扣分', en: "points lost in the company's internal acceptance" } },
    bonusFacts.leaderShare,
    bonusFacts.finalPaymentCollectedOn,
    bonusFacts.gradeHistory,
  ],
  items: [
    scheduleItem(
      '工程工期40%……合理调整工期,工期提前,每提前10%加1分 30-40……能时时跟进,按期完成任务 30……在监督指导下能完成任务,工期滞后,每滞后10%扣1分 30以下',
      '实际工期以在现场施工天数计算。',
    ),
    ratedItem(
      'quality',
      { 'zh-CN': '工程质量', en: 'Quality' },
      30,
      [
        band(30, 30, '出色、准确,无任何过失,用户、商务、销售非常满意(表扬信)', 'excellent and flawless, a letter of praise'),
        band(25, 29, '按期完成任务,质量尚好,但还可以再加强', 'on time, good quality with room to improve'),
        band(20, 24, '工作疏忽,偶有小过失', 'occasional minor slips'),
        band(0, 19, '工作质量不佳,常有过失,用户、商务、销售评价差或没有用户评价', 'poor quality, frequent errors, poor or no user evaluation'),
      ],
      { source, clause: '工程质量30%……出色、准确,无任何过失,用户、商务、销售非常满意(表扬信) 30……按期完成任务,质量尚好,但还可以再加强……25-29……工作疏忽,偶有小过失……20-24……工作质量不佳,常有过失……20以下' },
    ),
    costItem(),
    {
      id: 'internalAcceptance',
      name: { 'zh-CN': '公司内验', en: 'Internal acceptance' },
      description: {
        'zh-CN': '10 分,减去公司内验所扣分数;内验资料须在工程验收后 7 天内(含第 7 天)提交,每延后一天扣 1 分;最低 0 分。',
        en: '10, less the points lost in the internal acceptance, less 1 per day the file is late; it is due within 7 days of acceptance (day 7 included); at least 0.',
      },
      points: 10,
      rule: {
        kind: 'formula',
        value: {
          op: 'sub',
          args: [10, { fact: 'internalAcceptancePointsLost' }, { op: 'max', args: [0, { op: 'sub', args: [{ daysBetween: ['acceptedOn', 'internalFileSubmittedOn'] }, 7] }] }],
        },
      },
      provenance: {
        inferred: '"工程验收后一个星期内" is read as within 7 calendar days of acceptance, day 7 included (以内 includes the number): each day after that costs 1',
        source,
        clause: '公司内验10%……按时提交内验资料,公司内验通过,结果10分……公司内验通过,10分以下,每扣一分相应扣一分;延后一天提交内验资料扣一分(工程验收后一个星期内提交内验资料)',
      },
    },
  ],
  vetoes: [
    itemVeto('schedule', 25, '工程工期低于25分', 'Schedule below 25'),
    itemVeto('quality', 20, '工程质量低于20分', 'Quality below 20'),
    itemVeto('cost', 15, '工程费用低于15分', 'Cost below 15'),
  ],
  bands: projectGradeBands,
  bandPolicy: 'unique',
  grades: projectGrades,
  panel: { raters: [raters.self, raters.salesRep, raters.superior], combine: 'mean' },
  bonus: {
    contractFact: 'contractValue',
    rate: '0.005',
    coefficients: [
      complexityCoefficient,
      levelCoefficient('risk', { 'zh-CN': '风险类型系数', en: 'risk coefficient' }, '高风险……风险系数为1.2;中风险……风险系数为1.1;低风险……工程复杂度模型系统为1'),
    ],
    split: teamSplit(
      { 'zh-CN': '工程经理', en: 'project manager' },
      { 'zh-CN': '实施工程师', en: 'implementation engineers' },
      '工程经理:……奖金为最终工程奖金的30%-60%。实施工程师:……奖金为最终工程奖金的40%-70%',
    ),
    director: directorAward,
    payout: payoutSchedule,
    provenance: { source, clause: '基数工程奖金为工程合同总额的0.5%,全额工程奖金=基数工程奖金*工程复杂度模型系统*风险类型系数' },
  },
  sanction: {
    id: 'noLongerProjectManager',
    name: { 'zh-CN': '不再担任工程经理', en: 'no longer a project manager' },
    grade: 'D',
    count: 3,
    fact: 'gradeHistory',
    provenance: { source, clause: '工程实施绩效考核连续3个D者,将不再担任工程经理' },
  },
  readings: [
    {
      id: 'composite',
      chosen: { 'zh-CN': '综合分数取实际评分的评分人总分的平均', en: 'the composite is the mean of the totals of the raters who rated' },
      literal: { 'zh-CN': '(自评总分+销售代表总分+上级考核总分)/3', en: '(self + sales rep + superior) / 3' },
      provenance: { source, clause: '综合分数=(自评总分+销售代表总分+上级考核总分)/3' },
    },
    {
      id: 'costGap',
      chosen: { 'zh-CN': '费用的中间档从 5% 起', en: 'the middle cost tiers start at 5%' },
      literal: { 'zh-CN': '中间档从 6% 起,[5%, 6%) 无分', en: 'the middle tiers start at 6%, leaving [5%, 6%) unrated' },
      provenance: { inferred: 'the form leaves deviations in [5%, 6%) unrated; the preset closes the gap at 5%', source, clause: '与预算误差不足5% 20……节约预算6-20%,扣1分;超支预算6-20%,扣2分' },
    },
  ],
} satisfies ScorecardInput;

/** §4.3 read literally: the raters' totals over the divisor 3 and the cost tiers from 6%, with their [5%, 6%) gap. */
export const implementationProjectLiteral = {
  ...implementationProject,
  id: literalId(implementationProject.id),
  name: literalName(implementationProject),
  description: {
    'zh-CN': '按原文字面:综合分数=(自评总分+销售代表总分+上级考核总分)/3;费用节约或超支 6-20% 才进入中间档,[5%, 6%) 无对应分值。',
    en: 'As the text writes it: composite = (self + sales rep + superior) / 3; the middle cost tiers start at 6%, so a deviation in [5%, 6%) falls in no tier.',
  },
  items: implementationProject.items.map((item) => (item.id === 'cost' ? costItem({ literal: true }) : item)),
  panel: { ...implementationProject.panel, combine: 'divisor', literalDivisor: 3 },
  readings: [],
} satisfies ScorecardInput;
