import { describe, expect, it } from 'vitest';
import { OrgChart } from '@kaohe/core';
import type { OrgChartInput } from '@kaohe/core';
import { opsDepartment, techDepartment, techSupportCenter } from './index';

const charts: ReadonlyArray<[string, OrgChartInput]> = [
  ['tech-support-center', techSupportCenter],
  ['ops-department', opsDepartment],
  ['tech-department', techDepartment],
];

describe.each(charts)('organisation %s', (id, input) => {
  const chart = OrgChart.parse(input);
  const roleIds = new Set(chart.roles.map((role) => role.id));

  it('parses with OrgChart and keeps its id', () => {
    expect(chart.id).toBe(id);
    expect(chart.kind).toBe('orgChart');
    expect(chart.timeZone).toBe('Asia/Shanghai');
  });

  it('has unique role ids', () => {
    expect(roleIds.size).toBe(chart.roles.length);
  });

  it('names only its own roles in reportsTo and deputy', () => {
    for (const role of chart.roles) {
      if (role.reportsTo != null) expect(roleIds, `${role.id}.reportsTo`).toContain(role.reportsTo);
      if (role.deputy !== undefined) expect(roleIds, `${role.id}.deputy`).toContain(role.deputy);
      expect(role.reportsTo, `${role.id} reports to itself`).not.toBe(role.id);
    }
  });

  it('has exactly one top role, which reports outside the chart', () => {
    const top = chart.roles.filter((role) => role.reportsTo === null);
    expect(top).toHaveLength(1);
    expect(top[0]?.reportsToExternal).toBeDefined();
  });

  it('repeats no text within a role', () => {
    for (const role of chart.roles) {
      for (const list of [role.responsibilities, role.workItems, role.qualifications]) {
        const texts = list.map((text) => text['zh-CN']);
        expect(new Set(texts).size, `${role.id}: ${texts.join(' | ')}`).toBe(texts.length);
      }
      const all = [...role.responsibilities, ...role.workItems].map((text) => text['zh-CN']);
      expect(new Set(all).size, `${role.id}: responsibilities and work items overlap`).toBe(all.length);
    }
  });

  it('gives every text an English rendering and no leftover numbering', () => {
    const texts = [
      ...chart.functions,
      ...chart.roles.flatMap((role) => [...role.responsibilities, ...role.workItems, ...role.qualifications]),
    ];
    for (const text of texts) {
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `${text['zh-CN']} has no English rendering`).toBe(true);
      expect(text['zh-CN']).not.toMatch(/^\s*[(（]?[0-9一二三四五六七八九十]+[、.)）]/);
      expect(text['zh-CN']).not.toMatch(/[;;。\s]$/);
    }
  });

  it('points each scorecard into its own presets and cites its source', () => {
    for (const role of chart.roles) {
      if (role.scorecard !== undefined) expect(role.scorecard.startsWith(`${id}/`)).toBe(true);
      expect(role.provenance, role.id).toBeDefined();
      if (role.provenance?.source !== undefined) expect(chart.sources).toContain(role.provenance.source);
    }
    expect(chart.sources).toHaveLength(1);
  });

  it('assigns people only to its own roles, and only project roles to a project', () => {
    const byId = new Map(chart.roles.map((role) => [role.id, role]));
    expect(new Set(chart.people.map((person) => person.id)).size).toBe(chart.people.length);
    for (const person of chart.people) {
      for (const assignment of person.roles) {
        const role = byId.get(assignment.role);
        expect(role, `${person.id} holds ${assignment.role}`).toBeDefined();
        if (assignment.project !== undefined) expect(role?.projectRole).toBe(true);
      }
    }
  });
});

describe('tech-support-center (seed 000)', () => {
  const chart = OrgChart.parse(techSupportCenter);
  const role = (id: string) => chart.roles.find((r) => r.id === id);

  it('has the eight positions in order', () => {
    expect(chart.roles.map((r) => r.id)).toEqual([
      'department-manager',
      'network-ops-supervisor',
      'network-admin-engineer',
      'presales-engineer',
      'implementation-engineer',
      'after-sales-supervisor',
      'after-sales-engineer',
      'idc-engineer',
    ]);
  });

  it('has the headcounts of the table', () => {
    expect(Object.fromEntries(chart.roles.map((r) => [r.id, r.headcount]))).toEqual({
      'department-manager': null,
      'network-ops-supervisor': 1,
      'network-admin-engineer': 1,
      'presales-engineer': 1,
      'implementation-engineer': 2,
      'after-sales-supervisor': 1,
      'after-sales-engineer': 5,
      'idc-engineer': 1,
    });
  });

  it('has the reporting lines of the table', () => {
    expect(Object.fromEntries(chart.roles.map((r) => [r.id, r.reportsTo]))).toEqual({
      'department-manager': null,
      'network-ops-supervisor': 'department-manager',
      'network-admin-engineer': 'network-ops-supervisor',
      'presales-engineer': 'department-manager',
      'implementation-engineer': 'department-manager',
      'after-sales-supervisor': 'department-manager',
      'after-sales-engineer': 'after-sales-supervisor',
      'idc-engineer': 'department-manager',
    });
    expect(role('department-manager')?.reportsToExternal).toEqual({ 'zh-CN': '公司领导', en: 'company leadership' });
  });

  it('uses the scorecard of each position', () => {
    for (const r of chart.roles) expect(r.scorecard).toBe(`tech-support-center/${r.id}`);
  });

  it('has the five functions and the texts of the seed', () => {
    expect(chart.functions.map((f) => f['zh-CN'])).toEqual([
      '各类业务的售前技术支持工作',
      '各类业务的实施工作',
      '各类业务的售后服务工作',
      '城域网络的运维管理工作',
      '数据中心(IDC)运维管理工作',
    ]);
    const counts = chart.roles.map((r) => [r.id, r.responsibilities.length, r.workItems.length]);
    expect(counts).toEqual([
      ['department-manager', 0, 16],
      ['network-ops-supervisor', 10, 11],
      ['network-admin-engineer', 8, 6],
      ['presales-engineer', 8, 11],
      ['implementation-engineer', 9, 10],
      ['after-sales-supervisor', 14, 9],
      ['after-sales-engineer', 8, 4],
      ['idc-engineer', 6, 6],
    ]);
    expect(chart.sources).toEqual(['000_4399f3c8acdda9b2.txt']);
  });
});

describe('ops-department (seed 001)', () => {
  const chart = OrgChart.parse(opsDepartment);
  const role = (id: string) => chart.roles.find((r) => r.id === id);

  it('has the position codes DPT-YW-01..05', () => {
    expect(chart.roles.map((r) => [r.id, r.code])).toEqual([
      ['ops-manager', 'DPT-YW-01'],
      ['customer-service-manager', 'DPT-YW-02'],
      ['customer-service-rep', 'DPT-YW-03'],
      ['tech-support-manager', 'DPT-YW-04'],
      ['tech-support-deputy', 'DPT-YW-05'],
    ]);
  });

  it('has the reporting lines and the undescribed reports of the page', () => {
    expect(Object.fromEntries(chart.roles.map((r) => [r.id, r.reportsTo]))).toEqual({
      'ops-manager': null,
      'customer-service-manager': 'ops-manager',
      'customer-service-rep': 'customer-service-manager',
      'tech-support-manager': 'ops-manager',
      'tech-support-deputy': 'tech-support-manager',
    });
    expect(role('ops-manager')?.reportsToExternal).toEqual({ 'zh-CN': '分管领导', en: 'executive in charge' });
    const undescribed = (id: string) => role(id)?.undescribedReports?.map((t) => t['zh-CN']);
    expect(undescribed('ops-manager')).toEqual(['增值业务部经理', '辅助采购助理']);
    expect(undescribed('tech-support-manager')).toEqual(['技术工程师']);
    expect(undescribed('tech-support-deputy')).toEqual(['网络管理工程师', '成品验收员', '故障品验收员']);
    expect(undescribed('customer-service-manager')).toBeUndefined();
    expect(undescribed('customer-service-rep')).toBeUndefined();
  });

  it('keeps each fact of the twice-repeated page once', () => {
    const counts = chart.roles.map((r) => [r.id, r.responsibilities.length, r.qualifications.length]);
    expect(counts).toEqual([
      ['ops-manager', 6, 3],
      ['customer-service-manager', 7, 3],
      ['customer-service-rep', 5, 3],
      ['tech-support-manager', 6, 3],
      ['tech-support-deputy', 5, 4],
    ]);
    // Across positions, only the catch-all line, which both customer-service positions have, repeats.
    const all = chart.roles.flatMap((r) => r.responsibilities.map((t) => t['zh-CN']));
    const repeated = all.filter((text, i) => all.indexOf(text) !== i);
    expect(repeated).toEqual(['上级布置的其它工作']);
    expect(role('tech-support-manager')?.qualifications[0]?.['zh-CN']).toBe(
      '计算机相关专业大专及以上学历,三年以上技术服务或相关管理工作经验',
    );
  });

  it('uses the scorecard of each position', () => {
    for (const r of chart.roles) expect(r.scorecard).toBe(`ops-department/${r.id}`);
  });
});

describe('tech-department (seed 002)', () => {
  const chart = OrgChart.parse(techDepartment);
  const role = (id: string) => chart.roles.find((r) => r.id === id);

  it('has the nine positions under the technical director', () => {
    expect(Object.fromEntries(chart.roles.map((r) => [r.id, r.reportsTo]))).toEqual({
      'technical-director': null,
      'presales-manager': 'technical-director',
      'presales-engineer': 'presales-manager',
      'implementation-manager': 'technical-director',
      'project-manager': 'implementation-manager',
      'implementation-engineer': 'project-manager',
      'after-sales-manager': 'technical-director',
      'after-sales-engineer': 'after-sales-manager',
      'onsite-engineer': 'after-sales-manager',
    });
  });

  it('makes the implementation manager the deputy (B) of the after-sales manager (A)', () => {
    expect(chart.roles.filter((r) => r.deputy !== undefined).map((r) => [r.id, r.deputy])).toEqual([
      ['after-sales-manager', 'implementation-manager'],
    ]);
  });

  it('draws project managers and implementation engineers for a project', () => {
    expect(chart.roles.filter((r) => r.projectRole === true).map((r) => r.id)).toEqual([
      'project-manager',
      'implementation-engineer',
    ]);
  });

  it('shows a project team drawn from the engineer pool', () => {
    expect(chart.people).toHaveLength(8);
    const team = chart.people.filter((p) => p.roles.some((a) => a.project === 'PRJ-2026-001'));
    expect(team.map((p) => p.id)).toEqual(['p-06', 'p-07']);
    expect(chart.people.find((p) => p.id === 'p-06')?.roles).toEqual([
      { role: 'after-sales-engineer' },
      { role: 'project-manager', project: 'PRJ-2026-001' },
    ]);
    for (const person of team) {
      expect(person.roles.some((a) => a.role === 'after-sales-engineer' && a.project === undefined)).toBe(true);
    }
  });

  it('has the responsibilities of section 4 and the functions of 4.1', () => {
    expect(chart.functions).toHaveLength(9);
    const counts = chart.roles.map((r) => [r.id, r.responsibilities.length]);
    expect(counts).toEqual([
      ['technical-director', 11],
      ['presales-manager', 17],
      ['presales-engineer', 9],
      ['implementation-manager', 18],
      ['project-manager', 14],
      ['implementation-engineer', 10],
      ['after-sales-manager', 16],
      ['after-sales-engineer', 10],
      ['onsite-engineer', 12],
    ]);
    expect(role('technical-director')?.reportsToExternal?.['zh-CN']).toBe('总经办');
  });

  it('keeps the texts in simplified Chinese', () => {
    const texts = chart.roles.flatMap((r) => r.responsibilities.map((t) => t['zh-CN']));
    for (const text of [...texts, ...chart.functions.map((t) => t['zh-CN'])]) {
      expect(text).not.toMatch(/[負責與經實務組織評審參導選單類]/);
      expect(text).not.toMatch(/供给商|效劳|〔|〕/);
    }
  });
});
