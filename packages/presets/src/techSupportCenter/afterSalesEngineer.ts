import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { afterSalesSupervisor } from './afterSalesSupervisor';
import { supervisorThenDepartmentHead } from './reviewChain';

const source = SEED.techSupportCenter;

/**
 * §2.7 售后服务工程师: the after-sales service supervisor's scorecard (§2.6), inherited through
 * `extends`, appraised by the direct supervisor and re-appraised by the department head.
 */
export const afterSalesEngineer = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/after-sales-engineer',
  version: '1.0.0',
  name: { 'zh-CN': '售后服务工程师考核', en: 'After-sales service engineer' },
  description: {
    'zh-CN': '与售后服务主管承担同等职责,由直接主管评价,部门负责人复评',
    en: 'Same duties as the after-sales service supervisor; appraised by the direct supervisor and re-appraised by the department head',
  },
  organisation: 'tech-support-center',
  roles: ['after-sales-engineer'],
  extends: afterSalesSupervisor.id,
  sources: [source],
  review: supervisorThenDepartmentHead('after-sales-supervisor'),
  readings: [
    {
      id: 'inherits-after-sales-supervisor',
      chosen: { 'zh-CN': '继承售后服务主管的考核项、等级与输入', en: "inherits every item, band and input of the after-sales service supervisor's scorecard" },
      literal: { 'zh-CN': '考核分值继承运维主管考核分值', en: "scored as the (network) operations supervisor" },
      provenance: {
        inferred: 'the first phrase is copied from the network administration engineer; the second, "与售后服务主管承担同等职责", names the after-sales service supervisor',
        source,
        clause: '考核分值继承运维主管考核分值,与售后服务主管承担同等职责,由直接主管评价,部门负责人复评',
      },
    },
  ],
} satisfies ScorecardInput;
