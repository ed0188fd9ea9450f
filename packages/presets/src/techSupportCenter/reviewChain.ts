import type { ScorecardInput } from '@kaohe/core';

type ReviewChainInput = NonNullable<ScorecardInput['review']>;

/**
 * "由直接主管评价,部门负责人复评": the direct supervisor appraises, the department head re-appraises
 * and may confirm the result or adjust items with a reason.
 *
 * @param supervisor the role id of the direct supervisor, e.g. `network-ops-supervisor`.
 */
export function supervisorThenDepartmentHead(supervisor: string): ReviewChainInput {
  return {
    levels: [
      { id: 'direct-supervisor', name: { 'zh-CN': '直接主管评价', en: 'Direct supervisor' }, role: supervisor, mayAdjust: true },
      { id: 'department-head', name: { 'zh-CN': '部门负责人复评', en: 'Department head (re-appraisal)' }, role: 'department-manager', mayAdjust: true },
    ],
  };
}
