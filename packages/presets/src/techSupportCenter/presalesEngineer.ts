import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/** §2.4 售前技术工程师: items with points, total 100, quarterly. */
export const presalesEngineer = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/presales-engineer',
  version: '1.0.0',
  name: { 'zh-CN': '售前技术工程师考核', en: 'Presales technical engineer' },
  organisation: 'tech-support-center',
  roles: ['presales-engineer'],
  period: 'quarter',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    { name: 'projectsApproved', type: 'count', description: { 'zh-CN': '公司批准立项的项目数', en: 'projects approved' } },
    { name: 'projectsWon', type: 'count', description: { 'zh-CN': '签订合同的项目数', en: 'projects won (contract signed)' } },
    { name: 'salesTargetAchievement', type: 'ratio', min: 0, description: { 'zh-CN': '经营指标完成率', en: "share of sales' business target achieved" } },
  ],
  items: [
    {
      id: 'P1',
      name: { 'zh-CN': '立项项目成单率', en: 'Win rate of approved projects' },
      points: 20,
      rule: { kind: 'ratio', value: { ratio: [{ fact: 'projectsWon' }, { fact: 'projectsApproved' }], ifZero: 1 }, target: 0.7, cap: 1 },
      provenance: {
        inferred: 'the text sets a 70% floor but no deduction step: points × min(1, rate / 70%); no approved project gives full points',
        source,
        clause: '公司立项予以跟进的项目成单率……成单率不低于70%。占20分',
      },
    },
    {
      id: 'P2',
      name: { 'zh-CN': '支持完成经营指标', en: "Support for sales' business targets" },
      points: 50,
      rule: { kind: 'ratio', value: { fact: 'salesTargetAchievement' }, target: 1, cap: 1 },
      provenance: { inferred: 'no scoring rule is given: points × min(1, achievement)', source, clause: '支持商务销售人员完成公司的经营指标,考核占50分' },
    },
    {
      id: 'P3',
      name: { 'zh-CN': '降低经营成本', en: 'Cost reduction through vendor cooperation' },
      points: 10,
      rule: { kind: 'rated', min: 0, max: 10 },
      provenance: { source, clause: '通过与主要供应厂商的合作,降低公司的经营成本,由公司结合各项目进行评价,占10分' },
    },
    {
      id: 'P4',
      name: { 'zh-CN': '售前支持的及时性及准确性', en: 'Timeliness and accuracy of presales support' },
      points: 10,
      rule: {
        kind: 'rated',
        min: 0,
        max: 10,
        raters: [
          { id: 'projectManager', name: { 'zh-CN': '项目经理', en: 'project manager' } },
          { id: 'sales', name: { 'zh-CN': '商务销售', en: 'sales' } },
        ],
        combine: 'mean',
      },
      provenance: { source, clause: '售前支持工作的及时性及准确性评价,主要由项目经理及商务销售人员完成,评价占10分' },
    },
    {
      id: 'P5',
      name: { 'zh-CN': '重点项目分析论证', en: 'Analysis of key projects' },
      points: 10,
      rule: { kind: 'rated', min: 0, max: 10 },
      provenance: { source, clause: '其他公司立项的重点项目的分析论证,可行性分析工作,由公司领导评价,占10分' },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
} satisfies ScorecardInput;
