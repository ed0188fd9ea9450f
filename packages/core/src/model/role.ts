import { z } from 'zod';
import { Id, LocalizedText, Provenance, SourceText } from './common';

/**
 * A position in an organisation: who it reports to, what it is responsible for, and the scorecard
 * it is appraised with.
 */
export const Role = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** The organisation's own code for the position, such as `DPT-YW-01`. */
  code: z.string().min(1).optional(),
  /** 定员人数; `null` where the source leaves it blank. */
  headcount: z.number().int().nonnegative().nullable().optional(),
  /** The role this one reports to; `null` for the top of the chart. */
  reportsTo: Id.nullable().optional(),
  /** Who the role reports to when that is outside the chart (e.g. 分管领导). */
  reportsToExternal: LocalizedText.optional(),
  /** A role that stands in for this one when its holder is absent (the A/B pair of seed 002). */
  deputy: Id.optional(),
  /** Roles named under this one that the source does not describe further. */
  undescribedReports: z.array(LocalizedText).optional(),
  /** 职责. */
  responsibilities: z.array(SourceText).default([]),
  /** 工作内容. */
  workItems: z.array(SourceText).default([]),
  /** 任职条件. */
  qualifications: z.array(SourceText).default([]),
  /** The id of the scheme the role is appraised with. */
  scorecard: Id.optional(),
  /** Whether holders are drawn for a project from a pool rather than appointed standing. */
  projectRole: z.boolean().optional(),
  provenance: Provenance.optional(),
});
/** A position in an organisation. */
export type Role = z.infer<typeof Role>;
/** A role as written before defaults are applied. */
export type RoleInput = z.input<typeof Role>;
