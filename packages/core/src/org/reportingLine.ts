import type { OrgChart, Person } from '../model/orgChart';

/**
 * Whether a person holds a role (standing, or for a project when `project` is given).
 *
 * @example
 * holdsRole(person, 'station-head'); // true
 */
export function holdsRole(person: Person, role: string, project?: string): boolean {
  return person.roles.some((assignment) => assignment.role === role && (assignment.project === undefined || assignment.project === project));
}

/**
 * The people who hold a role, in the order of the chart.
 *
 * @example
 * holdersOf(org, 'ops-manager').map((p) => p.id); // ['P-OPS']
 */
export function holdersOf(org: OrgChart, role: string, project?: string): Person[] {
  return org.people.filter((person) => holdsRole(person, role, project));
}

/**
 * A person's direct supervisor: their own `reportsTo` when set; otherwise the one holder of the
 * role their standing role reports to. `undefined` at the top of the chart, or when that role has
 * no holder or several (the chart must then name the supervisor).
 *
 * @example
 * supervisorOf(org, 'T-001')?.id; // 'S-01', the station head
 */
export function supervisorOf(org: OrgChart, personId: string): Person | undefined {
  const person = org.people.find((p) => p.id === personId);
  if (person === undefined) return undefined;
  if (person.reportsTo !== undefined) return org.people.find((p) => p.id === person.reportsTo);
  for (const assignment of person.roles) {
    if (assignment.project !== undefined) continue;
    const upRole = org.roles.find((role) => role.id === assignment.role)?.reportsTo;
    if (typeof upRole !== 'string') continue;
    const holders = holdersOf(org, upRole).filter((holder) => holder.id !== person.id);
    if (holders.length === 1) return holders[0];
  }
  return undefined;
}

/**
 * The people above a person, nearest first, following {@link supervisorOf} until the top (a cycle
 * stops the walk).
 *
 * @example
 * reportingLine(org, 'T-001').map((p) => p.id); // ['S-01', 'A-01', 'OPS-01']
 */
export function reportingLine(org: OrgChart, personId: string): Person[] {
  const line: Person[] = [];
  const seen = new Set([personId]);
  for (let next = supervisorOf(org, personId); next !== undefined && !seen.has(next.id); next = supervisorOf(org, next.id)) {
    line.push(next);
    seen.add(next.id);
  }
  return line;
}

/**
 * The nearest person above someone who holds a role: "the station head of technician X".
 *
 * @example
 * findInReportingLine(org, 'T-001', 'station-head')?.name; // '王站长'
 */
export function findInReportingLine(org: OrgChart, personId: string, role: string): Person | undefined {
  return reportingLine(org, personId).find((person) => holdsRole(person, role));
}
