import type { ScorecardInput } from '@kaohe/core';
import { source, weightedSheet } from './common';

/** §3 运维部经理 (DPT-YW-01): five weighted key responsibilities, rated 0–100, yearly. */
export const opsManager = {
  ...weightedSheet,
  id: 'ops-department/ops-manager',
  name: { 'zh-CN': '运维部经理考核', en: 'Operations manager' },
  roles: ['ops-manager'],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '制订部门工作计划,全面管理部门工作', en: "Plan the department's work from the company's annual plan" },
      description: {
        'zh-CN': '制订的计划切实可行、符合公司精神和经营理念。部门员工工作安排清楚明晰;工作指导能有利于部门工作开展,完成公司下达的年度任务。',
        en: "The plan is practicable and fits the company's direction; staff assignments are clear; guidance furthers the department's work; the annual targets set by the company are met.",
      },
      weight: 35,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '根据公司年度经营计划,制订部门工作计划,全面管理部门工作 35%' },
    },
    {
      id: 'W2',
      name: { 'zh-CN': '合理控制和支配部门人、财、物相关资源', en: 'Control people, money and materials; spend frugally' },
      description: {
        'zh-CN': '合理安排和协调部门员工的工作按照公司相关财务制度,本着节约原则,严格控制部门各项费用的支出。',
        en: "Staff work is arranged and coordinated sensibly; under the company's financial rules and a principle of economy, the department's spending is strictly controlled.",
      },
      weight: 25,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '合理控制和支配部门人、财、物相关资源 25%' },
    },
    {
      id: 'W3',
      name: { 'zh-CN': '考核本部门员工工作、提高工作效率', en: 'Appraise staff and raise efficiency' },
      description: {
        'zh-CN': '能够定期及随时与员工就工作问题进行指导;能够发挥员工积极性,奖惩分明,确保员工各项工作有效完成。',
        en: 'Guides staff on their work regularly and whenever needed; draws out their initiative, rewards and sanctions fairly, and sees their work done.',
      },
      weight: 10,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '考核本部门员工工作、提咼工作效率 10%', note: '提咼 is the page’s misprint of 提高' },
    },
    {
      id: 'W4',
      name: { 'zh-CN': '组织员工培训、提高员工创新意识', en: 'Organise training, raise innovation' },
      description: {
        'zh-CN': '根据下属三个部门培训申请,结合部门实际工作情况,适时组织相关资源,进行部门员工培训。',
        en: 'Organises training at the right time, on the three sub-departments’ requests and the department’s actual work.',
      },
      weight: 10,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '组织员工培训、提高员工创新意识 10%' },
    },
    {
      id: 'W5',
      name: { 'zh-CN': '工作指导与协调', en: 'Guide and coordinate the three sub-departments' },
      description: {
        'zh-CN': '及时对下属三个部门进行指导,提出有效的意见,确保部门工作的顺利有效的开展,协调内外部的工作关系,为部门提供一个良好的内外部工作支持环境',
        en: 'Guides the three sub-departments in time with useful advice, keeps their work running, and coordinates internal and external relations to give the department good support.',
      },
      weight: 20,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '工作指导与协调 20%' },
    },
  ],
} satisfies ScorecardInput;
