import { issuesFromZod } from '../errors/fromZod';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import { OrgChart } from '../model/orgChart';
import { assertSafeJson } from '../safety/assertSafeJson';

const reason = (en: string, zh: string) => ({ reason: { en, 'zh-CN': zh } });

/**
 * The reference problems of an org chart: duplicate ids, roles and people that point at unknown
 * roles or people, and reporting lines that go round in a circle.
 */
export function orgChartIssues(chart: OrgChart): KaoheIssue[] {
  const issues: KaoheIssue[] = [];
  const roles = new Map(chart.roles.map((role) => [role.id, role]));
  const people = new Map(chart.people.map((person) => [person.id, person]));
  const seenRoles = new Set<string>();
  chart.roles.forEach((role, index) => {
    if (seenRoles.has(role.id)) issues.push({ code: 'org_invalid', path: ['roles', index, 'id'], params: reason(`duplicate role id ${role.id}`, `角色 id ${role.id} 重复`) });
    seenRoles.add(role.id);
    for (const key of ['reportsTo', 'deputy'] as const) {
      const ref = role[key];
      if (typeof ref === 'string' && !roles.has(ref)) issues.push({ code: 'org_invalid', path: ['roles', index, key], params: reason(`unknown role ${ref}`, `角色 ${ref} 不存在`) });
    }
  });
  const seenPeople = new Set<string>();
  chart.people.forEach((person, index) => {
    if (seenPeople.has(person.id)) issues.push({ code: 'org_invalid', path: ['people', index, 'id'], params: reason(`duplicate person id ${person.id}`, `人员 id ${person.id} 重复`) });
    seenPeople.add(person.id);
    person.roles.forEach((assignment, r) => {
      if (!roles.has(assignment.role)) issues.push({ code: 'org_invalid', path: ['people', index, 'roles', r, 'role'], params: reason(`unknown role ${assignment.role}`, `角色 ${assignment.role} 不存在`) });
    });
    if (person.reportsTo !== undefined && !people.has(person.reportsTo)) {
      issues.push({ code: 'org_invalid', path: ['people', index, 'reportsTo'], params: reason(`unknown person ${person.reportsTo}`, `人员 ${person.reportsTo} 不存在`) });
    }
  });
  chart.roles.forEach((role, index) => {
    const line = [role.id];
    for (let next = role.reportsTo; typeof next === 'string' && roles.has(next); next = roles.get(next)?.reportsTo) {
      if (line.includes(next)) {
        if (next === role.id) issues.push({ code: 'org_invalid', path: ['roles', index, 'reportsTo'], params: reason(`roles report to each other in a cycle: ${[...line, next].join(' → ')}`, `角色之间循环汇报:${[...line, next].join(' → ')}`) });
        break;
      }
      line.push(next);
    }
  });
  chart.people.forEach((person, index) => {
    const line = [person.id];
    for (let next = person.reportsTo; next !== undefined && people.has(next); next = people.get(next)?.reportsTo) {
      if (line.includes(next)) {
        if (next === person.id) issues.push({ code: 'org_invalid', path: ['people', index, 'reportsTo'], params: reason(`people report to each other in a cycle: ${[...line, next].join(' → ')}`, `人员之间循环汇报:${[...line, next].join(' → ')}`) });
        break;
      }
      line.push(next);
    }
  });
  return issues;
}

/**
 * Validates an org chart written as JSON: its shape, and that every reference resolves without a cycle.
 *
 * @example
 * const org = parseOrgChart(JSON.parse(text));
 * @throws {KaoheError} `org_invalid` with one issue per bad field; `unsafe_key` for a prototype key.
 */
export function parseOrgChart(data: unknown): OrgChart {
  assertSafeJson(data, [], 'org_invalid');
  const parsed = OrgChart.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'org_invalid'));
  const issues = orgChartIssues(parsed.data);
  if (issues.length > 0) throw new KaoheError(issues);
  return parsed.data;
}
