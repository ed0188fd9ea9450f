import { OrgChart, type OrgChartInput, type Role, type SchemeSource } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { bilingual, finishPage, GENERATED_NOTICE, table } from './markdown';
import { renderProvenance } from './renderProvenance';
import { renderLiteralSection, renderScorecardSection } from './renderScorecard';

function roleSection(role: Role, roles: ReadonlyMap<string, Role>): string {
  const parts = [`### ${bilingual(role.name)}`, ''];
  const deputy = role.deputy === undefined ? undefined : roles.get(role.deputy);
  const facts = [
    `id \`${role.id}\``,
    ...(role.code === undefined ? [] : [`code ${role.code}`]),
    `headcount (定员人数) ${role.headcount ?? '— (blank in the source)'}`,
    `reports to ${reportsTo(role, roles)}`,
    ...(deputy === undefined ? [] : [`deputy (B角) ${bilingual(deputy.name)}`]),
    ...(role.projectRole === true ? ['held for one project at a time'] : []),
    ...(role.scorecard === undefined ? [] : [`scorecard \`${role.scorecard}\``]),
  ];
  parts.push(`${facts.join(' · ')}`, '');
  if (role.provenance !== undefined) parts.push(`Source: ${renderProvenance(role.provenance)}`, '');
  if (role.undescribedReports !== undefined && role.undescribedReports.length > 0) {
    parts.push(`Also over, not described in the source: ${role.undescribedReports.map(bilingual).join(', ')}.`, '');
  }
  const lists = [
    ['Responsibilities (职责)', role.responsibilities],
    ['Work items (工作内容)', role.workItems],
    ['Qualifications (任职条件)', role.qualifications],
  ] as const;
  for (const [title, list] of lists) {
    if (list.length === 0) continue;
    parts.push(`${title}:`, '', ...list.map((text) => `- ${text.en ?? ''} — ${text['zh-CN']}`), '');
  }
  return parts.join('\n');
}

/** Who a role reports to, in words: a role of the chart, someone outside it, or no one. */
export function reportsTo(role: Pick<Role, 'reportsTo' | 'reportsToExternal'>, roles: ReadonlyMap<string, Pick<Role, 'name'>>): string {
  if (role.reportsTo != null) {
    const boss = roles.get(role.reportsTo);
    return boss === undefined ? `\`${role.reportsTo}\`` : `${bilingual(boss.name)}`;
  }
  return role.reportsToExternal === undefined ? '—' : bilingual(role.reportsToExternal);
}

/** The A/B pairs, the project roles and the people with their standing and project roles. */
function teamsSection(chart: OrgChart, roles: ReadonlyMap<string, Role>): string {
  const pairs = chart.roles.filter((role) => role.deputy !== undefined);
  const projectRoles = chart.roles.filter((role) => role.projectRole === true);
  const assigned = chart.people.some((person) => person.roles.some((hold) => hold.project !== undefined));
  if (pairs.length === 0 && projectRoles.length === 0 && !assigned) return '';
  const name = (id: string): string => {
    const role = roles.get(id);
    return role === undefined ? `\`${id}\`` : bilingual(role.name);
  };
  const parts = ['## Deputies and project teams', ''];
  for (const role of pairs) {
    parts.push(`- **A/B pair (AB角色)**: ${name(role.id)} is role A; ${name(role.deputy ?? '')} is role B and stands in when A is absent (\`deputy: '${role.deputy ?? ''}'\`). ${role.provenance === undefined ? '' : renderProvenance(role.provenance)}`);
  }
  for (const role of projectRoles) {
    parts.push(`- **Project role**: ${name(role.id)} (\`projectRole: true\`) is held for one project, by a person drawn from the pool, besides that person's standing role. ${role.provenance === undefined ? '' : renderProvenance(role.provenance)}`);
  }
  parts.push('');
  if (chart.people.length > 0) {
    const note = chart.provenance !== undefined && 'note' in chart.provenance && chart.provenance.note !== undefined ? ` ${chart.provenance.note}` : '';
    parts.push(`People (a person may hold a role for one project, \`{ role, project }\`, besides a standing role).${note}`, '');
    const rows = chart.people.map((person) => [
      `\`${person.id}\``,
      person.name,
      person.roles.filter((hold) => hold.project === undefined).map((hold) => name(hold.role)).join(', ') || '—',
      person.roles.filter((hold) => hold.project !== undefined).map((hold) => `${name(hold.role)} on \`${hold.project ?? ''}\``).join(', ') || '—',
    ]);
    parts.push(table(['ID', 'Name', 'Standing roles', 'Project roles'], rows), '');
  }
  return parts.join('\n');
}

/**
 * The documentation page of an organisation, in English with the Chinese terms: its roles, and for
 * each of its presets the items with points or weights, the rules in words, the sources quoted and
 * the readings chosen beside the literal text. Generated from the preset data, so that the page
 * cannot drift from it.
 */
export function renderOrganisationPage(chartInput: OrgChartInput, entries: readonly PresetEntry[], schemes: SchemeSource): string {
  const chart = OrgChart.parse(chartInput);
  const roles = new Map(chart.roles.map((role) => [role.id, role]));
  const own = entries.filter((entry) => entry.organisation === chart.id);
  const chosen = own.filter((entry) => entry.literal !== true);
  const literal = own.filter((entry) => entry.literal === true);
  const sources = [...new Set(own.flatMap((entry) => entry.sources))];
  const parts = [`# ${bilingual(chart.name)}`, '', GENERATED_NOTICE, ''];
  if (chart.description !== undefined) parts.push(`${bilingual(chart.description)}.`, '');
  parts.push(`Source document${sources.length === 1 ? '' : 's'}: ${sources.map((s) => `\`${s}\``).join(', ')}. Quotations are in the document's own words; [Source documents](../sources.md) says where ${sources.length === 1 ? 'it comes' : 'they come'} from.`, '');
  if (chart.functions.length > 0) parts.push('Functions (部门工作职能):', '', ...chart.functions.map((text) => `- ${text.en ?? ''} — ${text['zh-CN']}`), '');
  parts.push('## Roles', '');
  const roleRows = chart.roles.map((role) => [bilingual(role.name), `\`${role.id}\``, role.code ?? '—', role.headcount == null ? '—' : String(role.headcount), reportsTo(role, roles), role.scorecard === undefined ? '—' : `\`${role.scorecard}\``]);
  parts.push(table(['Role', 'ID', 'Code', 'Headcount', 'Reports to', 'Scorecard'], roleRows), '');
  for (const role of chart.roles) parts.push(roleSection(role, roles));
  parts.push(teamsSection(chart, roles));
  parts.push('## Scorecards', '');
  for (const entry of chosen) parts.push(renderScorecardSection(entry, schemes));
  if (literal.length > 0) {
    parts.push('## Literal readings', '', 'Kept beside the chosen readings so that the scheme linter can report what the literal text leaves open.', '');
    for (const entry of literal) parts.push(renderLiteralSection(entry, chosen.find((c) => `${c.id}.literal` === entry.id), schemes));
  }
  return finishPage(parts);
}
