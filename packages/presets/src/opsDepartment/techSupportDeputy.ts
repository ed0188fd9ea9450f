import type { ScorecardInput } from '@kaohe/core';
import { source, weightedSheet } from './common';

/**
 * §3 技术支持部副经理 (DPT-YW-05): the page keeps one key responsibility and no weight, so the
 * scheme ships as a draft. Strict validation (`compile`) fails with `missing_weights` naming W1.
 */
export const techSupportDeputy = {
  ...weightedSheet,
  id: 'ops-department/tech-support-deputy',
  name: { 'zh-CN': '技术支持部副经理考核', en: 'Deputy technical support manager' },
  description: {
    'zh-CN': '原文只保留了一项关键职责,且没有权重与绩效标准;补全权重前不能用于考核',
    en: 'the page keeps one key responsibility, with no weight and no performance standard; the scheme cannot be used until a weight is set',
  },
  status: 'draft',
  roles: ['tech-support-deputy'],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '协助制订技术支持部工作计划,协助管理部门工作', en: 'Help plan and run the sub-department' },
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: {
        source,
        clause: '根据运维部总体工作计划,协助制订技术支持部工作计划,协助管理、协调、合理安排部门工作',
        note: 'the page keeps no weight and no performance standard for this responsibility, and no other responsibility for the position',
      },
    },
  ],
} satisfies ScorecardInput;
