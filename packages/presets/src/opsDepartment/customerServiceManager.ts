import type { ScorecardInput } from '@kaohe/core';
import { source, weightedSheet } from './common';

/**
 * §3 客户服务部经理 (DPT-YW-02): three weighted key responsibilities; the first two are computed
 * from their numeric performance standards, the third is rated 0–100; yearly.
 */
export const customerServiceManager = {
  ...weightedSheet,
  id: 'ops-department/customer-service-manager',
  name: { 'zh-CN': '客户服务部经理考核', en: 'Customer service manager' },
  roles: ['customer-service-manager'],
  inputs: [
    { name: 'customerSatisfaction', type: 'ratio', min: 0, max: 1, description: { 'zh-CN': '客户满意度', en: 'customer satisfaction' } },
    { name: 'qualityChecks', type: 'count', description: { 'zh-CN': '全年全面定期检查次数', en: 'full periodic service-quality checks in the year' } },
  ],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '合理调配部门资源做好客户服务工作', en: 'Deploy resources for customer service, satisfaction and perception' },
      description: { 'zh-CN': '客户满意度在95%以上', en: 'customer satisfaction of 95% or more' },
      weight: 50,
      rule: { kind: 'ratio', value: { fact: 'customerSatisfaction' }, target: 0.95, cap: 1 },
      provenance: {
        inferred: 'the standard is a number, so the achievement is computed: 100 × min(1, satisfaction / 95%)',
        source,
        clause: '合理调配部门资源做好客户服务工作。提高客户的满意度和感知度。50% 客户满意度在95%以上',
      },
    },
    {
      id: 'W2',
      name: { 'zh-CN': '检查和监督客户服务人员和大区维护公司的服务质量', en: 'Check the service quality of staff and regional maintenance companies' },
      description: {
        'zh-CN': '及时检查(每年不低于4次的全面定期检查)并发现项目运行中的问题、及时沟通和处理。',
        en: 'Checks in time (at least 4 full periodic checks a year), finds problems in running projects, and communicates and handles them promptly.',
      },
      weight: 40,
      rule: { kind: 'ratio', value: { fact: 'qualityChecks' }, target: 4, cap: 1 },
      provenance: {
        inferred: 'the standard is a number, so the achievement is computed: 100 × min(1, checks / 4); the clause is split by a page break after 客户服',
        source,
        clause: '检查和监督本部门客户服……务人员和大区维护公司的服务质量和水平 40% 及时检查(每年不低于4次的全面定期检查)',
      },
    },
    {
      id: 'W3',
      name: { 'zh-CN': '制订客户服务部工作计划', en: "Plan the sub-department's work" },
      description: {
        'zh-CN': '制订的计划切实可行、符合公司精神和经营理念。部门员工工作安排清楚明晰;工作安排能有利于部门工作开展',
        en: "The plan is practicable and fits the company's direction; staff assignments are clear and further the sub-department's work.",
      },
      weight: 10,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '根据运维部部门工作计戈制订客户服务部工作计划,合理安排、调度部门人员工作 10%', note: '计戈 is the page’s misprint of 计划' },
    },
  ],
} satisfies ScorecardInput;
