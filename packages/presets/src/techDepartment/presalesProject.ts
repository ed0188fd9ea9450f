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

const RATERS_CLAUSE = '综合分数=(自评总分+销售代表总分+商务代表总分+工程经理总分+上级考核总分)/4';

/**
 * §4.2 工程售前考核: a project's presales work, appraised once per project by five raters (self,
 * sales rep, business rep, project manager, superior). Items: schedule 40 (computed), solution
 * quality 60 (rated). Composite = the mean of the raters who rated; grade A–E; bonus = contract ×
 * 0.5% × complexity × time difficulty × the grade's factor, 0 under a veto.
 */
export const presalesProject = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-department/presales-project',
  version: '1.0.0',
  name: { 'zh-CN': '工程售前考核', en: 'Presales project appraisal' },
  description: {
    'zh-CN': '以工程为单位对售前团队(售前组长及参与售前工作的技术工程师)进行综合考核;综合分数取各评分人总分的平均。',
    en: "Appraises a project's presales team (the presales lead and the engineers who took part); the composite is the mean of the raters' totals.",
  },
  organisation,
  roles: ['presales-manager', 'presales-engineer'],
  period: 'project',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    bonusFacts.contractValue,
    complexityFact,
    levelFact('timeDifficulty', { 'zh-CN': '时间难度类型:high 高难度、medium 中难度、low 低难度', en: 'time difficulty: high, medium, low' }),
    ...scheduleFacts,
    { name: 'userEvaluationPoor', type: 'boolean', optional: true, default: false, description: { 'zh-CN': '用户评价差', en: "the user's evaluation is poor" } },
    { name: 'userComplaints', type: 'count', optional: true, default: 0, description: { 'zh-CN': '用户投诉次数', en: 'user complaints' } },
    bonusFacts.leaderShare,
    bonusFacts.finalPaymentCollectedOn,
    bonusFacts.gradeHistory,
  ],
  items: [
    scheduleItem(
      '工程工期40%……合理调整工期,工期提前,每提前10%加1分 31-40……能时时跟进,按期完成任务 30……在监督指导下能完成任务,工期滞后,每滞后10%扣1分 30以下',
      '实际工期以现场和用户了解需求及方案拟定、招投标的实际天数计算。',
    ),
    ratedItem(
      'quality',
      { 'zh-CN': '方案质量', en: 'Solution quality' },
      60,
      [
        band(50, 60, '方案能出色、准确、准时地完成,用户、商务、销售、工程经理非常满意', 'excellent, accurate and on time; user, business, sales and project manager very satisfied'),
        band(35, 49, '按期完成方案,质量尚好,但还可以再加强', 'on time, good quality with room to improve'),
        band(20, 34, '方案有少数部分的错漏,经指正后能及时更正', 'a few errors, corrected promptly when pointed out'),
        band(0, 19, '方案质量不佳,错漏较多,用户、商务、销售评价差或没有用户评价', 'poor quality, many errors, poor or no user evaluation'),
      ],
      { source, clause: '方案质量60%……方案能出色、准确、准时地完成……50-60……按期完成方案,质量尚好……35-49……方案有少数部分的错漏,经指正后能及时更正……20-34……方案质量不佳,错漏较多……20以下' },
    ),
  ],
  vetoes: [
    {
      id: 'userEvaluationPoor',
      name: { 'zh-CN': '用户评价差', en: "Poor user evaluation" },
      when: { fact: 'userEvaluationPoor', operator: 'equal', value: true },
      outcome: 'zeroBonus',
      provenance: { source, clause: '用户评价差或受到用户投诉,有以上任一情况者,工程奖金为0' },
    },
    {
      id: 'userComplaint',
      name: { 'zh-CN': '受到用户投诉', en: 'User complaint' },
      when: { fact: 'userComplaints', operator: 'greaterThan', value: 0 },
      outcome: 'zeroBonus',
      provenance: { source, clause: '用户评价差或受到用户投诉,有以上任一情况者,工程奖金为0' },
    },
  ],
  bands: projectGradeBands,
  bandPolicy: 'unique',
  grades: projectGrades,
  panel: {
    raters: [raters.self, raters.salesRep, raters.businessRep, raters.projectManager, raters.superior],
    combine: 'mean',
  },
  bonus: {
    contractFact: 'contractValue',
    rate: '0.005',
    coefficients: [
      complexityCoefficient,
      levelCoefficient('timeDifficulty', { 'zh-CN': '时间难度系数', en: 'time difficulty coefficient' }, '高难度……风险系数为1.2;中难度……风险系数为1.1;低难度……工程复杂度模型系统为1'),
    ],
    split: teamSplit(
      { 'zh-CN': '售前组长', en: 'presales lead' },
      { 'zh-CN': '技术工程师', en: 'technical engineers' },
      '售前组长:……奖金为最终工程奖金的30%-60%。技术工程师:……奖金为最终工程奖金的40%-70%',
    ),
    director: directorAward,
    payout: payoutSchedule,
    provenance: { source, clause: '基数工程奖金为工程合同总额的0.5%,全额工程奖金=基数工程奖金*工程复杂度模型系统*时间系数' },
  },
  sanction: {
    id: 'presalesSuspended',
    name: { 'zh-CN': '暂停售前工作', en: 'suspended from presales work' },
    grade: 'D',
    count: 3,
    fact: 'gradeHistory',
    provenance: { source, clause: '工程售前绩效考核连续3个D者,将暂停售前工作' },
  },
  readings: [
    {
      id: 'composite',
      chosen: { 'zh-CN': '综合分数取实际评分的评分人总分的平均(表单列出 5 位评分人)', en: "the composite is the mean of the totals of the raters who rated (the form lists 5 raters)" },
      literal: { 'zh-CN': '5 位评分人的总分之和除以 4', en: 'the sum of the 5 raters\' totals divided by 4' },
      provenance: { inferred: 'the text divides by 4 although its formula and form list five raters (its prose names four: self, sales rep, project manager, superior)', source, clause: RATERS_CLAUSE },
    },
  ],
} satisfies ScorecardInput;

/** §4.2 read literally: the five raters' totals divided by 4; the linter reports the mismatch. */
export const presalesProjectLiteral = {
  ...presalesProject,
  id: literalId(presalesProject.id),
  name: literalName(presalesProject),
  description: {
    'zh-CN': '按原文字面:综合分数=(自评总分+销售代表总分+商务代表总分+工程经理总分+上级考核总分)/4。',
    en: 'As the text writes it: composite = (self + sales rep + business rep + project manager + superior) / 4.',
  },
  panel: { ...presalesProject.panel, combine: 'divisor', literalDivisor: 4 },
  readings: [],
} satisfies ScorecardInput;
