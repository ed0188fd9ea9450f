import { describe, expect, it } from 'vitest';
import { isKaoheError, type KaoheError } from '../errors/KaoheError';
import type { OrgChartInput } from '../model/orgChart';
import { parseOrgChart } from './parseOrgChart';
import { findInReportingLine, holdersOf, reportingLine, supervisorOf } from './reportingLine';

const chart: OrgChartInput = {
  schemaVersion: 1,
  kind: 'orgChart',
  id: 'field',
  name: { 'zh-CN': '运营部', en: 'Operations' },
  roles: [
    { id: 'ops-manager', name: { 'zh-CN': '运营部经理', en: 'operations manager' }, reportsTo: null },
    { id: 'area-manager', name: { 'zh-CN': '经理', en: 'area manager' }, reportsTo: 'ops-manager' },
    { id: 'station-head', name: { 'zh-CN': '站长', en: 'station head' }, reportsTo: 'area-manager' },
    { id: 'technician', name: { 'zh-CN': '运维人员', en: 'technician' }, reportsTo: 'station-head' },
  ],
  people: [
    { id: 'OPS', name: 'Zhao', roles: [{ role: 'ops-manager' }] },
    { id: 'A1', name: 'Qian', roles: [{ role: 'area-manager' }] },
    { id: 'S1', name: 'Sun', roles: [{ role: 'station-head' }] },
    { id: 'S2', name: 'Li', roles: [{ role: 'station-head' }] },
    { id: 'T1', name: 'Zhou', roles: [{ role: 'technician' }], reportsTo: 'S1' },
    { id: 'T2', name: 'Wu', roles: [{ role: 'technician' }] },
  ],
};
const org = parseOrgChart(chart);

describe('reporting lines', () => {
  it('walks up from a technician: named supervisor first, then the one holder of each role above', () => {
    expect(supervisorOf(org, 'T1')?.id).toBe('S1');
    expect(reportingLine(org, 'T1').map((p) => p.id)).toEqual(['S1', 'A1', 'OPS']);
    expect(findInReportingLine(org, 'T1', 'area-manager')?.id).toBe('A1');
    expect(findInReportingLine(org, 'T1', 'ops-manager')?.name).toBe('Zhao');
  });

  it('stops where the chart is ambiguous (two station heads, no named supervisor)', () => {
    expect(supervisorOf(org, 'T2')).toBeUndefined();
    expect(findInReportingLine(org, 'T2', 'station-head')).toBeUndefined();
    expect(holdersOf(org, 'station-head').map((p) => p.id)).toEqual(['S1', 'S2']);
  });

  it('rejects unknown references and cycles with org_invalid and the path', () => {
    const broken = { ...chart, people: [...(chart.people ?? []), { id: 'X', name: 'X', roles: [{ role: 'nobody' }], reportsTo: 'Y' }] };
    let caught: unknown;
    try {
      parseOrgChart(broken);
    } catch (error) {
      caught = error;
    }
    expect(isKaoheError(caught)).toBe(true);
    expect((caught as KaoheError).issues.map((i) => i.path)).toEqual([
      ['people', 6, 'roles', 0, 'role'],
      ['people', 6, 'reportsTo'],
    ]);
    const cycle = { ...chart, roles: chart.roles.map((r) => (r.id === 'ops-manager' ? { ...r, reportsTo: 'technician' } : r)) };
    expect(() => parseOrgChart(cycle)).toThrow(/cycle/);
  });
});

describe('reporting lines in time linear in the orders', () => {
  it('index a chart once: a thousand look-ups read its people and roles no more than the first did', () => {
    let reads = 0;
    const counted = <T extends object>(list: T): T => new Proxy(list, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) });
    const technicians = Array.from({ length: 2000 }, (_, i) => ({ id: `X${i}`, name: `x${i}`, roles: [{ role: 'technician' }] }));
    const big = parseOrgChart({ ...chart, people: [...(chart.people ?? []), ...technicians] });
    const watched = { ...big, people: counted(big.people), roles: counted(big.roles) };
    expect(findInReportingLine(watched, 'T1', 'ops-manager')?.id).toBe('OPS');
    const first = reads;
    for (let i = 0; i < 1000; i += 1) findInReportingLine(watched, 'T1', 'ops-manager');
    expect(reads).toBe(first);
    expect(holdersOf(watched, 'technician')).toHaveLength(2002);
  });
});
