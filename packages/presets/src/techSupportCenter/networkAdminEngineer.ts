import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { networkOpsSupervisor } from './networkOpsSupervisor';
import { supervisorThenDepartmentHead } from './reviewChain';

const source = SEED.techSupportCenter;

/**
 * §2.3 网络管理工程师: the network operations supervisor's scorecard (§2.2), inherited through
 * `extends`, appraised by the direct supervisor and re-appraised by the department head.
 */
export const networkAdminEngineer = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/network-admin-engineer',
  version: '1.0.0',
  name: { 'zh-CN': '网络管理工程师考核', en: 'Network administration engineer' },
  description: {
    'zh-CN': '考核分值继承运维主管考核分值,与网络运维主管承担同等职责,由直接主管评价,部门负责人复评',
    en: "Scored as the network operations supervisor, with the same duties; appraised by the direct supervisor and re-appraised by the department head",
  },
  organisation: 'tech-support-center',
  roles: ['network-admin-engineer'],
  extends: networkOpsSupervisor.id,
  sources: [source],
  review: supervisorThenDepartmentHead('network-ops-supervisor'),
  readings: [
    ...networkOpsSupervisor.readings,
    {
      id: 'inherits-network-ops-supervisor',
      chosen: { 'zh-CN': '继承网络运维主管的全部考核项、等级与输入', en: "inherits every item, band and input of the network operations supervisor's scorecard" },
      provenance: { source, clause: '考核分值继承运维主管考核分值,与网络运维主管承担同等职责,由直接主管评价,部门负责人复评' },
    },
  ],
} satisfies ScorecardInput;
