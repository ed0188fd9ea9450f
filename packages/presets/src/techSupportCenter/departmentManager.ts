import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/** "每低5个百分点,扣5分": per whole 5 percentage points below the target, −5. */
const fiveBelow = { per: 0.05, change: -5, rounding: 'floor' } as const;

/** §2.1 部门经理: seven items with points adding to 110, and a veto on safety incidents, quarterly. */
export const departmentManager = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/department-manager',
  version: '1.0.0',
  name: { 'zh-CN': '部门经理考核', en: 'Department manager' },
  organisation: 'tech-support-center',
  roles: ['department-manager'],
  period: 'quarter',
  model: 'points',
  declaredTotal: 110,
  sources: [source],
  inputs: [
    { name: 'faultsTotal', type: 'count', description: { 'zh-CN': '网络故障总数', en: 'network faults in the period' } },
    { name: 'faultsSelfCaused', type: 'count', description: { 'zh-CN': '由自身原因引起的网络故障数', en: 'network faults caused by the department itself' } },
    { name: 'approvedContractValue', type: 'money', min: 0, description: { 'zh-CN': '立项项目合同总额(元)', en: 'contract value of the integration projects approved (CNY)' } },
    { name: 'signedContractValue', type: 'money', min: 0, description: { 'zh-CN': '签订合同总额(元)', en: 'contract value signed (CNY)' } },
    { name: 'projectsDelivered', type: 'count', description: { 'zh-CN': '交付验收的项目数', en: 'projects delivered for acceptance' } },
    { name: 'projectsAcceptedFirstTime', type: 'count', description: { 'zh-CN': '一次性签验合格的项目数', en: 'projects accepted at the first attempt' } },
    { name: 'customerSatisfaction', type: 'ratio', min: 0, max: 1, description: { 'zh-CN': '客户满意率', en: 'customer satisfaction rate (company survey)' } },
    { name: 'safetyIncidents', type: 'count', description: { 'zh-CN': '部门安全事故数', en: 'safety incidents in the department' } },
  ],
  items: [
    {
      id: 'M1',
      name: { 'zh-CN': '网络运营故障率', en: 'Share of network faults that were self-caused' },
      points: 20,
      rule: {
        kind: 'steps',
        value: { ratio: [{ fact: 'faultsSelfCaused' }, { fact: 'faultsTotal' }], ifZero: 0 },
        target: 0.05,
        above: { per: 0.05, change: -10, rounding: 'floor' },
      },
      provenance: {
        source,
        clause: '网络运营故障率,由自身原因引起的网络中断率与全部故障率的比例,考核指标5%,即100起网络故障,其中5起属于自身原因导致,每增长5个百分点,扣10分,满分20分',
        note: 'no fault at all reads as a ratio of 0 (the target is met)',
      },
    },
    {
      id: 'M2',
      name: { 'zh-CN': '系统集成项目成单率', en: 'Integration win rate by contract value' },
      points: 20,
      rule: {
        kind: 'steps',
        value: { ratio: [{ fact: 'signedContractValue' }, { fact: 'approvedContractValue' }], ifZero: 1 },
        target: 0.5,
        below: fiveBelow,
      },
      provenance: {
        source,
        clause: '系统集成项目成单率,公司立项执行的系统集成总额中成单率达50%(签订合同总额占总计立项目合同总额的比例),每低5个百分点,扣5分。满分20分',
        note: 'inferred: no approved contract value (0) scores full points, as P1 does with no approved project',
      },
    },
    {
      id: 'M3',
      name: { 'zh-CN': '项目实施一次性签验合格率', en: 'First-time acceptance rate' },
      points: 20,
      rule: {
        kind: 'steps',
        value: { ratio: [{ fact: 'projectsAcceptedFirstTime' }, { fact: 'projectsDelivered' }], ifZero: 1 },
        target: 0.8,
        below: fiveBelow,
      },
      provenance: {
        source,
        clause: '项目实施一次性签验合格率达到80%,每低5个百分点,扣5分。满分20分',
        note: 'inferred: no project delivered in the period scores full points',
      },
    },
    {
      id: 'M4',
      name: { 'zh-CN': '客户满意率', en: 'Customer satisfaction (company survey)' },
      points: 20,
      rule: { kind: 'steps', value: { fact: 'customerSatisfaction' }, target: 0.85, below: fiveBelow },
      provenance: { source, clause: '由公司组织的客户满意度(技术服务)调查,客户满意率达到85%,每低5个百分点,扣5分。满分20分' },
    },
    {
      id: 'M5',
      name: { 'zh-CN': '部门团队建设评价', en: 'Team building' },
      points: 10,
      rule: { kind: 'rated', min: 0, max: 10 },
      provenance: { source, clause: '部门团队建设评价,满分10分' },
    },
    {
      id: 'M6',
      name: { 'zh-CN': '部门制度建设评价', en: 'Policy building' },
      points: 10,
      rule: { kind: 'rated', min: 0, max: 10 },
      provenance: { source, clause: '部门制度建设评价,满分10分' },
    },
    {
      id: 'M7',
      name: { 'zh-CN': '部门重大事项完成情况评价', en: 'Major matters completed' },
      points: 10,
      rule: { kind: 'rated', min: 0, max: 10 },
      provenance: { source, clause: '部门重大事项完成情况评价,满分10分' },
    },
  ],
  vetoes: [
    {
      id: 'V1',
      name: { 'zh-CN': '部门安全事故', en: 'Safety incidents' },
      when: { fact: 'safetyIncidents', operator: 'greaterThan', value: 0 },
      outcome: 'fail',
      provenance: { source, clause: '部门安全事故0起,发生一起,考核不合格' },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
  readings: [
    {
      id: 'total-110',
      chosen: {
        'zh-CN': '各项满分合计110分,按原始总分套用标准等级(100分以上为优秀)',
        en: 'the items add up to 110; the standard bands apply to the raw total (100 and above is excellent)',
      },
      literal: { 'zh-CN': '设定总分值100分', en: 'a total of 100 points is set' },
      provenance: {
        inferred: 'the seven items give 20 + 20 + 20 + 20 + 10 + 10 + 10 = 110 points, while the bands of the page are written for a total of 100',
        source,
        clause: '设定总分值100分,季度得100以上,记优秀',
      },
    },
  ],
} satisfies ScorecardInput;
