import type { ScorecardInput } from '@kaohe/core';
import { source, weightedSheet } from './common';

/** §3 技术支持部经理 (DPT-YW-04): three weighted key responsibilities, rated 0–100, yearly. */
export const techSupportManager = {
  ...weightedSheet,
  id: 'ops-department/tech-support-manager',
  name: { 'zh-CN': '技术支持部经理考核', en: 'Technical support manager' },
  roles: ['tech-support-manager'],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '制订技术支持部工作计划,全面管理部门工作', en: 'Plan and run the sub-department' },
      description: { 'zh-CN': '工作计划可行;部门员工工作安排合理;达到部门的工作目标。', en: "a practicable plan; sensible staff assignments; the sub-department's targets met" },
      weight: 50,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '根据运维部总体工作计划,制订技术支持部工作计划,全面管理、协调、合理安排部门工作 50%' },
    },
    {
      id: 'W2',
      name: { 'zh-CN': '指导本部门员工工作、提高工作效率', en: 'Guide staff, raise efficiency' },
      description: { 'zh-CN': '指导有效、沟通顺畅、充分调动其工作积极性、主动性、创造性。', en: "effective guidance, smooth communication, staff's enthusiasm, initiative and creativity drawn out" },
      weight: 30,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '指导本部门员工工作、提咼工作效率 30%', note: '提咼 is the page’s misprint of 提高' },
    },
    {
      id: 'W3',
      name: { 'zh-CN': '制订员工培训计划,提高员工业务水平', en: 'Plan training, raise skills' },
      description: { 'zh-CN': '结合部门实际工作,及时提出并组织培训。', en: "proposes and organises training in time, fitted to the sub-department's actual work" },
      weight: 20,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '制订员工培训计划,提高员工业务水平 20% 结合部门实际工作,及时提出并组织培训' },
    },
  ],
} satisfies ScorecardInput;
