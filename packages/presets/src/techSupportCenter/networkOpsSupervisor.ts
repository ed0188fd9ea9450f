import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/** Outages that count: more than one customer affected ("1户以上(不含1户)"), and accountable unless the input says not. */
const countedOutage = {
  all: [
    { field: 'customersAffected', operator: 'greaterThan', value: 1 },
    { field: 'accountable', operator: 'notEqual', value: false },
  ],
} as const;

/** §2.2 网络运维主管: a 100-point base with deductions and bonuses, quarterly. */
export const networkOpsSupervisor = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/network-ops-supervisor',
  version: '1.0.0',
  name: { 'zh-CN': '网络运维主管考核', en: 'Network operations supervisor' },
  organisation: 'tech-support-center',
  roles: ['network-ops-supervisor'],
  period: 'quarter',
  model: 'deduction',
  base: 100,
  totalFloor: 0,
  sources: [source],
  inputs: [
    {
      name: 'outages',
      type: 'events',
      dateField: 'at',
      description: { 'zh-CN': '网络中断事件', en: 'network outages' },
      fields: [
        { name: 'at', type: 'datetime', description: { 'zh-CN': '发生时间', en: 'when it began' } },
        { name: 'customersAffected', type: 'count', description: { 'zh-CN': '影响用户数', en: 'customers affected' } },
        { name: 'restoredMinutes', type: 'number', min: 0, description: { 'zh-CN': '故障恢复时长(分钟)', en: 'minutes to restore' } },
        { name: 'accountable', type: 'boolean', optional: true, description: { 'zh-CN': '是否由本部门负责', en: 'whether the team is accountable (default true)' } },
      ],
    },
    { name: 'networkQuality', type: 'enum', values: ['good', 'pass', 'fail'], description: { 'zh-CN': '季度网络质量评估', en: 'quarterly network quality assessment' } },
    { name: 'lateSubmissions', type: 'count', description: { 'zh-CN': '未按时提交的文档、报告', en: 'documents and reports submitted late' } },
    { name: 'recordKeepingFaults', type: 'count', description: { 'zh-CN': '图表维护不及时或不正确的次数', en: 'diagrams and tables found out of date or wrong' } },
    { name: 'satisfactionSurvey', type: 'enum', values: ['satisfied', 'neutral', 'unsatisfied'], description: { 'zh-CN': '季度客户满意度调查', en: 'quarterly customer satisfaction survey' } },
  ],
  items: [
    {
      id: 'N1',
      name: { 'zh-CN': '影响1户以上的网络中断', en: 'Outages affecting more than one customer' },
      rule: { kind: 'perOccurrence', source: { events: 'outages', where: countedOutage }, each: -10, allowance: 1, per: 'month' },
      provenance: { source, clause: '非本因造成的网络中断,影响客户在1户以上(不含1户),月不超过1次,超过1次扣10分,扣完为止' },
    },
    {
      id: 'N2',
      name: { 'zh-CN': '网络故障及时恢复', en: 'Time to restore outages' },
      rule: {
        kind: 'perOccurrence',
        source: { events: 'outages', where: countedOutage },
        each: {
          field: 'restoredMinutes',
          tiers: [
            { max: 15, maxInclusive: true, points: 0, label: { 'zh-CN': '15分钟内', en: 'within 15 minutes' } },
            { min: 15, minInclusive: false, max: 30, maxInclusive: true, points: -5, label: { 'zh-CN': '30分钟内', en: 'within 30 minutes' } },
            { min: 30, minInclusive: false, points: -10, label: { 'zh-CN': '超过30分钟', en: 'over 30 minutes' } },
          ],
        },
      },
      provenance: { source, clause: '上述1项考核在15分钟内恢复的不扣分,30分钟内恢复扣5分,超过30分钟恢复的扣10分,扣完为止' },
    },
    {
      id: 'N3',
      name: { 'zh-CN': '季度网络质量评估', en: 'Quarterly network quality assessment' },
      rule: {
        kind: 'choice',
        fact: 'networkQuality',
        options: [
          { value: 'good', points: 5, name: { 'zh-CN': '良好', en: 'good' } },
          { value: 'pass', points: 0, name: { 'zh-CN': '合格', en: 'pass' } },
          { value: 'fail', points: -5, name: { 'zh-CN': '不合格', en: 'fail' } },
        ],
      },
      provenance: { source, clause: '季度网络质量评估,合格不扣分,良好加5分,不合格扣5分' },
    },
    {
      id: 'N4',
      name: { 'zh-CN': '按时提交文档、报告及建议', en: 'Documents, reports and proposals on time' },
      rule: { kind: 'perOccurrence', source: { fact: 'lateSubmissions' }, each: -10 },
      provenance: { source, clause: '按时提交各类文档、报告及建议,不及时提交扣10分' },
    },
    {
      id: 'N5',
      name: { 'zh-CN': '图表维护及时准确', en: 'Diagrams and tables kept current' },
      rule: { kind: 'perOccurrence', source: { fact: 'recordKeepingFaults' }, each: -5 },
      provenance: { source, clause: '由部门负责人抽查,季度总结,发现不及时或不正确,扣5分一次' },
    },
    {
      id: 'N6',
      name: { 'zh-CN': '季度客户满意度调查', en: 'Quarterly customer satisfaction survey' },
      rule: {
        kind: 'choice',
        fact: 'satisfactionSurvey',
        options: [
          { value: 'satisfied', points: 10, name: { 'zh-CN': '满意', en: 'satisfied' } },
          { value: 'neutral', points: 0, name: { 'zh-CN': '一般', en: 'neutral' } },
          { value: 'unsatisfied', points: -10, name: { 'zh-CN': '不满意', en: 'unsatisfied' } },
        ],
      },
      provenance: { source, clause: '季度客户满意度调查报告,统计相应部分分值,满意加10分,不满意扣10分', note: 'neutral (0) is inferred: the text names only satisfied and unsatisfied' },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
  readings: [
    {
      id: 'accountable-outages',
      chosen: { 'zh-CN': '计入本部门负责的网络中断(输入的 accountable 为 false 时不计)', en: 'outages the team is accountable for count (an input may set accountable: false)' },
      literal: { 'zh-CN': '非本因造成的网络中断', en: 'network interruptions not caused by ourselves' },
      provenance: { inferred: 'the literal "非本因" reads as a typo for accountable outages', source, clause: '非本因造成的网络中断' },
    },
  ],
} satisfies ScorecardInput;
