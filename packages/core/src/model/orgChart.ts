import { z } from 'zod';
import { EditorSchemaRef, Id, LocalizedText, Provenance, SourceText } from './common';
import { Role } from './role';

/** A person's hold on a role: standing, or for one project. */
export const RoleAssignment = z.strictObject({
  role: Id,
  /** Set when the person holds the role for one project only (a project team). */
  project: z.string().min(1).optional(),
});
/** A person's hold on a role. */
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** A person in an organisation. */
export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1),
  roles: z.array(RoleAssignment).min(1),
  /** The person's direct supervisor; when absent, the holder of the role the person's role reports to. */
  reportsTo: Id.optional(),
});
/** A person in an organisation. */
export type Person = z.infer<typeof Person>;

/** An organisation: its roles and, optionally, the people who hold them. */
export const OrgChart = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(1),
  kind: z.literal('orgChart'),
  id: Id,
  name: LocalizedText,
  description: SourceText.optional(),
  /** IANA time zone that events of this organisation are dated in (SCHEMES.md §0). */
  timeZone: z.string().min(1).default('Asia/Shanghai'),
  /** The functions of the organisation (部门工作职能). */
  functions: z.array(SourceText).default([]),
  roles: z.array(Role).min(1),
  people: z.array(Person).default([]),
  sources: z.array(z.string().min(1)).default([]),
  provenance: Provenance.optional(),
});
/** An organisation. */
export type OrgChart = z.infer<typeof OrgChart>;
/** An organisation as written before defaults are applied. */
export type OrgChartInput = z.input<typeof OrgChart>;
