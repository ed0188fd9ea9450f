import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';

const source = SEED.fieldOps;
const NO_WEIGHT = 'the framework names its categories and no weights: the user sets them';

/**
 * §7 客服部 (IT service desk) KPI framework of seed 003, part 1: a **template**. Its four categories
 * and their example metrics are given; their weights are not, so compiling it fails with
 * `missing_weights` naming W1–W4 until the user sets a weight for each (adding up to 100).
 *
 * @example
 * compile({ ...customerServiceTemplate, status: 'complete', items: customerServiceTemplate.items.map((item, i) => ({ ...item, weight: [10, 40, 30, 20][i] })) });
 */
export const customerServiceTemplate = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'it-service-desk/customer-service',
  version: '1.0.0',
  name: { 'zh-CN': '客服部(IT运维)绩效考核模板', en: 'IT service desk (customer service) KPI template' },
  description: {
    'zh-CN': '公司公共考核指标 + 客服部关键绩效指标:用户满意(重点)、运营(维)、员工与创新。权重须由使用者设定。',
    en: 'Company-wide indicators + the department\'s KPIs: user satisfaction (the focus), operations, staff and innovation. The weights are the user\'s to set.',
  },
  status: 'template',
  organisation: 'it-service-desk',
  roles: ['customer-service'],
  period: 'quarter',
  model: 'weighted',
  sources: [source],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '公司公共考核指标', en: 'Company-wide indicators' },
      description: { 'zh-CN': '原有公共考核内容', en: 'the company\'s existing common appraisal items' },
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { inferred: NO_WEIGHT, source, clause: '方案总体设想:公司公共考核指标(内容)+客服部考核内容(关键绩效指标)' },
    },
    {
      id: 'W2',
      name: { 'zh-CN': '用户满意关键绩效指标(考核重点)', en: 'User satisfaction KPIs (the focus)' },
      description: { 'zh-CN': '从用户满意、服务的效率来分析', en: 'user satisfaction and service efficiency' },
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { inferred: NO_WEIGHT, source, clause: '用户满意关键绩效指(考核重点)……主要从用户满意、服务的效率来分析' },
    },
    {
      id: 'W3',
      name: { 'zh-CN': '运营(维)关键绩效指标', en: 'Operations KPIs' },
      description: {
        'zh-CN': '服务的可用性、安全性、服务流程的标准化;各种请求数量的统计、故障处理的周期',
        en: 'availability, security and standard processes; counts of requests, fault-handling cycle time',
      },
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { inferred: NO_WEIGHT, source, clause: '确保服务的可用性、安全性还有服务流程的标准化……例如各种请求数量的统计、故障处理的周期等报表' },
    },
    {
      id: 'W4',
      name: { 'zh-CN': '员工与创新关键绩效指标', en: 'Staff and innovation KPIs' },
      description: { 'zh-CN': '员工素质、人员管理和人员培训与发展', en: 'staff quality, management, training and development' },
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { inferred: NO_WEIGHT, source, clause: '员工与创新部分的成功因素主要包括了员工素质、人员管理和人员培训与发展' },
    },
  ],
  readings: [
    {
      id: 'template-period',
      chosen: { 'zh-CN': '按季度考核(可改)', en: 'appraised quarterly (change it as needed)' },
      provenance: { inferred: 'the text gives no period', source, clause: '考核设计步骤:考核标准的确定、绩效监控跟踪、绩效考核实施' },
    },
  ],
} satisfies ScorecardInput;
