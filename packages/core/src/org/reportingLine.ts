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
  return [...roleHolders(org, role, project)];
}

/** A chart's people by id and holders by role, built once per chart: one lookup per order, not one scan. */
interface OrgIndex {
  readonly people: ReadonlyMap<string, Person>;
  readonly reportsTo: ReadonlyMap<string, string | undefined>;
  readonly holders: Map<string, readonly Person[]>;
}
const indexes = new WeakMap<OrgChart, OrgIndex>();
function indexOf(org: OrgChart): OrgIndex {
  let index = indexes.get(org);
  if (index === undefined) {
    const people = new Map<string, Person>();
    // The first person with an id wins, as `find` over the list would have it.
    for (const person of org.people) if (!people.has(person.id)) people.set(person.id, person);
    const reportsTo = new Map<string, string | undefined>();
    for (const role of org.roles) if (!reportsTo.has(role.id)) reportsTo.set(role.id, typeof role.reportsTo === 'string' ? role.reportsTo : undefined);
    index = { people, reportsTo, holders: new Map() };
    indexes.set(org, index);
  }
  return index;
}

/**
 * The people who hold a role, as {@link holdersOf} lists them, without a copy: the list is shared.
 *
 * @example
 * roleHolders(org, 'ops-manager').length; // 1
 */
export function roleHolders(org: OrgChart, role: string, project?: string): readonly Person[] {
  const { holders } = indexOf(org);
  const key = `${role}\u0000${project ?? ''}`;
  let list = holders.get(key);
  if (list === undefined) {
    list = org.people.filter((person) => holdsRole(person, role, project));
    holders.set(key, list);
  }
  return list;
}

/**
 * A person of the chart by id (a chart is indexed once: change a copy, not the object already used).
 *
 * @example
 * personById(org, 'S-01')?.name; // '王站长'
 */
export function personById(org: OrgChart, id: string): Person | undefined {
  return indexOf(org).people.get(id);
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
  const person = personById(org, personId);
  if (person === undefined) return undefined;
  if (person.reportsTo !== undefined) return personById(org, person.reportsTo);
  for (const assignment of person.roles) {
    if (assignment.project !== undefined) continue;
    const upRole = indexOf(org).reportsTo.get(assignment.role);
    if (upRole === undefined) continue;
    const holders = roleHolders(org, upRole);
    // More than two holders leave more than one besides the person: no single supervisor.
    const others = holders.length > 2 ? holders : holders.filter((holder) => holder.id !== person.id);
    if (others.length === 1) return others[0];
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
