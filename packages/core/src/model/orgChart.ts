import * as z from 'zod';
import { EditorSchemaRef, Id, LocalizedText, Provenance, SourceName, SourceText } from './common';
import { Role } from './role';

/** A person's hold on a role: standing, or for one project. */
export const RoleAssignment = z.strictObject({
  role: Id.describe('The id of the role held.'),
  project: z.string().min(1).optional().meta({ description: 'Set when the person holds the role for one project only (a project team).', examples: ['P-2026-017'] }),
}).meta({ examples: [{ role: 'noc-supervisor' }, { role: 'project-manager', project: 'P-2026-017' }] });
/** A person's hold on a role. */
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** A person in an organisation. */
export const Person = z.strictObject({
  id: Id.describe('The person\'s id, e.g. an employee number (工号).'),
  name: z.string().min(1).meta({ description: 'The person\'s name.', examples: ['张三'] }),
  roles: z.array(RoleAssignment).min(1).describe('The roles the person holds.'),
  reportsTo: Id.optional().describe('The person\'s direct supervisor; when absent, the holder of the role the person\'s role reports to.'),
}).meta({ examples: [{ id: 'E-001', name: '张三', roles: [{ role: 'noc-supervisor' }] }] });
/** A person in an organisation. */
export type Person = z.infer<typeof Person>;

/** An organisation: its roles and, optionally, the people who hold them. */
export const OrgChart = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(1).describe('The version of kaohe\'s org chart format: 1.'),
  kind: z.literal('orgChart').describe('What this file is: an organisation chart.'),
  id: Id.describe('The organisation\'s id; schemes name it in `organisation`.'),
  name: LocalizedText.describe('The organisation\'s name.'),
  description: SourceText.optional().describe('The organisation as the source describes it.'),
  timeZone: z.string().min(1).default('Asia/Shanghai').meta({ description: 'The IANA time zone events of this organisation are dated in; `Asia/Shanghai` unless set.', examples: ['Asia/Shanghai'] }),
  functions: z.array(SourceText).default([]).describe('部门工作职能: the functions of the organisation; none unless set.'),
  roles: z.array(Role).min(1).describe('The positions of the organisation.'),
  people: z.array(Person).default([]).describe('The people who hold the roles; none unless set.'),
  sources: z.array(SourceName).default([]).describe('The source documents the chart is written from; none unless set.'),
  provenance: Provenance.optional().describe('Where the chart comes from.'),
});
/** An organisation. */
export type OrgChart = z.infer<typeof OrgChart>;
/** An organisation as written before defaults are applied. */
export type OrgChartInput = z.input<typeof OrgChart>;
