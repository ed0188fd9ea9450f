import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/** §2.8 IDC运维工程师: four items with points, total 100, appraised over a year. */
export const idcEngineer = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/idc-engineer',
  version: '1.0.0',
  name: { 'zh-CN': 'IDC运维工程师考核', en: 'IDC operations engineer' },
  organisation: 'tech-support-center',
  roles: ['idc-engineer'],
  period: 'year',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    { name: 'maintenanceInterruptions', type: 'count', description: { 'zh-CN': '因维护管理不到位造成的服务中断次数', en: 'service interruptions caused by inadequate maintenance' } },
    { name: 'customerSatisfaction', type: 'ratio', min: 0, max: 1, description: { 'zh-CN': '客户满意度问卷结果', en: 'service satisfaction (questionnaire)' } },
    { name: 'reportNonconformities', type: 'count', description: { 'zh-CN': '运维报表、日志填写不合格次数', en: 'ops reports and logs not filled in to the norm' } },
    { name: 'assetsRegistered', type: 'count', description: { 'zh-CN': 'IDC机房登记的设备资产数', en: 'IDC assets on the register' } },
    { name: 'assetsVerified', type: 'count', description: { 'zh-CN': '盘点核实无误的设备资产数', en: 'IDC assets verified at stocktaking' } },
  ],
  items: [
    {
      id: 'D1',
      name: { 'zh-CN': 'IDC机房故障率', en: 'Service interruptions (at most 2 a year)' },
      points: 30,
      rule: { kind: 'perOccurrence', source: { fact: 'maintenanceInterruptions' }, each: -10, allowance: 2 },
      provenance: { source, clause: 'IDC机房的故障率,考核指标为由于维护管理不到位造成服务中断的,每年度考核不大于2次,每超过1次,扣10分,扣完为止' },
    },
    {
      id: 'D2',
      name: { 'zh-CN': '服务满意度', en: 'Service satisfaction' },
      points: 30,
      rule: { kind: 'ratio', value: { fact: 'customerSatisfaction' }, target: 1, cap: 1 },
      provenance: { inferred: 'no scoring rule is given: points × satisfaction', source, clause: '服务满意度,通过客户满意度问卷进行评价,分值30分' },
    },
    {
      id: 'D3',
      name: { 'zh-CN': '运维报表、日志填写规范', en: 'Ops reports and logs to the norm' },
      points: 20,
      rule: { kind: 'perOccurrence', source: { fact: 'reportNonconformities' }, each: -5 },
      provenance: { source, clause: '运维报表、日志填写规范,不合格扣5分每,分值20分' },
    },
    {
      id: 'D4',
      name: { 'zh-CN': 'IDC机房设备资产完整性', en: 'Integrity of IDC assets' },
      points: 20,
      rule: { kind: 'ratio', value: { ratio: [{ fact: 'assetsVerified' }, { fact: 'assetsRegistered' }], ifZero: 1 }, target: 1, cap: 1 },
      provenance: {
        inferred: 'no scoring rule is given: points × verified / registered; an empty register scores full points',
        source,
        clause: 'IDC机房设备资产完整性,分值20分',
      },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
  readings: [
    {
      id: 'annual-period',
      chosen: { 'zh-CN': '按年度考核', en: 'appraised once a year' },
      literal: { 'zh-CN': '季度得100以上,记优秀', en: 'the bands of the page are written per quarter' },
      provenance: {
        inferred: 'the allowance of D1 is annual ("每年度考核不大于2次"), so the period is a year; the standard bands apply to the annual total',
        source,
        clause: '每年度考核不大于2次',
      },
    },
  ],
} satisfies ScorecardInput;
