import type { RoleInput } from '@kaohe/core';
import { SEED } from '../sources';

/**
 * The roles the field technicians' collective rule names (seed 003): technician → station head
 * (站长) → area manager (区站经理) → operations manager (运营部经理), and the customer-service agent
 * (客服人员). The seed gives no chart; the reporting lines are read from "由运营部经理通知相关区站的经理或站长"
 * **[inferred]**. Add the organisation's people to resolve fines to names.
 */
export const fieldOpsRoles: RoleInput[] = [
  { id: 'ops-manager', name: { 'zh-CN': '运营部经理', en: 'operations manager' }, reportsTo: null, provenance: { source: SEED.fieldOps, clause: '客服则会在5分钟之内通知运营部经理' } },
  { id: 'area-manager', name: { 'zh-CN': '区站经理', en: 'area manager' }, reportsTo: 'ops-manager', provenance: { inferred: 'the area manager reports to the operations manager', source: SEED.fieldOps, clause: '由运营部经理通知相关区站的经理或站长' } },
  { id: 'station-head', name: { 'zh-CN': '站长', en: 'station head' }, reportsTo: 'area-manager', provenance: { inferred: 'the station head reports to the area manager', source: SEED.fieldOps, clause: '相关区站运维人员、站长、经理' } },
  { id: 'technician', name: { 'zh-CN': '运维人员', en: 'field technician' }, reportsTo: 'station-head', scorecard: 'broadband-field-ops/technician', provenance: { source: SEED.fieldOps, clause: '运营部考核评分制度' } },
  { id: 'customer-service-agent', name: { 'zh-CN': '客服人员', en: 'customer-service agent' }, reportsTo: 'ops-manager', provenance: { inferred: 'customer service sits under the operations department', source: SEED.fieldOps, clause: '客服则会在5分钟之内通知运营部经理' } },
];
