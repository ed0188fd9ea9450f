import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/**
 * §2.6 售后服务主管: five items with points adding to 100 and a pure deduction for customer
 * complaints (A6), whose total is floored at 0; quarterly.
 */
export const afterSalesSupervisor = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/after-sales-supervisor',
  version: '1.0.0',
  name: { 'zh-CN': '售后服务主管考核', en: 'After-sales service supervisor' },
  organisation: 'tech-support-center',
  roles: ['after-sales-supervisor'],
  period: 'quarter',
  model: 'points',
  declaredTotal: 100,
  totalFloor: 0,
  sources: [source],
  inputs: [
    { name: 'customerSatisfaction', type: 'ratio', min: 0, max: 1, description: { 'zh-CN': '售后服务客户满意度', en: 'after-sales customer satisfaction' } },
    { name: 'ticketsOnTime', type: 'count', description: { 'zh-CN': '按时签回的售后服务单数', en: 'service tickets signed back on time' } },
    { name: 'ticketsTotal', type: 'count', description: { 'zh-CN': '售后服务单总数', en: 'service tickets in the period' } },
    { name: 'midLevelEngineersTrained', type: 'count', description: { 'zh-CN': '本年度已培养的中级售后服务工程师人数', en: 'mid-level after-sales engineers trained this year (to date)' } },
    { name: 'formNonconformities', type: 'count', description: { 'zh-CN': '表单、工作规范执行不合格次数', en: 'forms and work norms found not followed' } },
    { name: 'stockNonconformities', type: 'count', description: { 'zh-CN': '工具、常备品管理不合格次数', en: 'tools and stock found mismanaged' } },
    { name: 'customerComplaints', type: 'count', description: { 'zh-CN': '客户投诉次数', en: 'customer complaints' } },
  ],
  items: [
    {
      id: 'A1',
      name: { 'zh-CN': '售后服务满意度', en: 'After-sales satisfaction' },
      points: 30,
      rule: { kind: 'ratio', value: { fact: 'customerSatisfaction' }, target: 1, cap: 1 },
      provenance: { inferred: 'no scoring rule is given: points × satisfaction', source, clause: '售后服务满意度,占30分,通过客户满意度评价进行评定' },
    },
    {
      id: 'A2',
      name: { 'zh-CN': '故障处理及时性', en: 'Timeliness of fault handling' },
      points: 30,
      rule: { kind: 'ratio', value: { ratio: [{ fact: 'ticketsOnTime' }, { fact: 'ticketsTotal' }], ifZero: 1 }, target: 1, cap: 1 },
      provenance: {
        inferred: 'no scoring rule is given: points × the share of tickets signed back on time; no ticket scores full points',
        source,
        clause: '故障处理及时性,占30分,根据售后服务单的签回及时性计算',
      },
    },
    {
      id: 'A3',
      name: { 'zh-CN': '团队建设任务', en: 'Team building: train 2 mid-level engineers a year' },
      points: 20,
      rule: { kind: 'ratio', value: { fact: 'midLevelEngineersTrained' }, target: 2, cap: 1 },
      provenance: {
        source,
        clause: '团队建设任务,每年考核周期,需培养2名中级售后服务工程师,未达标扣按完成情况扣分,此分值占20分',
        note: '"按完成情况扣分" is read pro rata: points × min(1, trained / 2), counted year to date',
      },
    },
    {
      id: 'A4',
      name: { 'zh-CN': '各类表单、工作规范的执行情况', en: 'Forms and work norms followed' },
      points: 10,
      rule: { kind: 'perOccurrence', source: { fact: 'formNonconformities' }, each: -5 },
      provenance: { source, clause: '各类表单、工作规范的执行情况,由部门经理考核,不合格一次扣5分,此项分值10分' },
    },
    {
      id: 'A5',
      name: { 'zh-CN': '工具、常备品管理规范', en: 'Tools and stock managed' },
      points: 10,
      rule: { kind: 'perOccurrence', source: { fact: 'stockNonconformities' }, each: -5 },
      provenance: { source, clause: '工具、常备品管理规范,盘点即时,无错账乱账,发生不合格一次扣5分,此项分值10分' },
    },
    {
      id: 'A6',
      name: { 'zh-CN': '客户投诉', en: 'Customer complaints' },
      rule: { kind: 'perOccurrence', source: { fact: 'customerComplaints' }, each: -10 },
      provenance: {
        source,
        clause: '无客户投诉,投诉一次扣10分,扣完为止',
        note: 'the item has no points of its own: 扣完为止 floors the total at 0',
      },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
} satisfies ScorecardInput;
