import type { Exactly } from './Exactly';
import type { OrgChartInput } from './orgChart';

/**
 * An organisation chart written in TypeScript, checked by the compiler (a misspelt key is an error)
 * and returned unchanged with its literal types, so role ids are known. {@link parseOrgChart} still
 * validates it at run time (references, cycles).
 *
 * @example
 * const chart = defineOrgChart({
 *   schemaVersion: 1,
 *   kind: 'orgChart',
 *   id: 'acme',
 *   name: { 'zh-CN': '运维部', en: 'Operations' },
 *   roles: [{ id: 'head', name: { 'zh-CN': '部长', en: 'Head' }, reportsTo: null }],
 * });
 * chart.roles[0].id; // type 'head'
 */
export function defineOrgChart<const O extends OrgChartInput>(chart: O & NoInfer<Exactly<O, OrgChartInput>>): O {
  return chart;
}
