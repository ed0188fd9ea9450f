import * as z from 'zod';
import { Id, LocalizedText, Provenance, SourceText } from './common';

/**
 * A position in an organisation: who it reports to, what it is responsible for, and the scorecard
 * it is appraised with.
 */
export const Role = z.strictObject({
  id: Id.describe('The role\'s id.'),
  name: LocalizedText.describe('The position\'s name, e.g. 运维主管 / Operations supervisor.'),
  code: z.string().min(1).optional().meta({ description: 'The organisation\'s own code for the position.', examples: ['DPT-YW-01'] }),
  headcount: z.number().int().nonnegative().nullable().optional().meta({ description: '定员人数: the headcount; `null` where the source leaves it blank.', examples: [2, null] }),
  reportsTo: Id.nullable().optional().describe('The role this one reports to; `null` for the top of the chart.'),
  reportsToExternal: LocalizedText.optional().describe('Who the role reports to when that is outside the chart (e.g. 分管领导).'),
  deputy: Id.optional().describe('A role that stands in for this one when its holder is absent.'),
  undescribedReports: z.array(LocalizedText).optional().describe('Roles named under this one that the source does not describe further.'),
  responsibilities: z.array(SourceText).default([]).describe('职责: the role\'s responsibilities; none unless set.'),
  workItems: z.array(SourceText).default([]).describe('工作内容: the role\'s work; none unless set.'),
  qualifications: z.array(SourceText).default([]).describe('任职条件: what a holder needs; none unless set.'),
  scorecard: Id.optional().describe('The id of the scheme the role is appraised with.'),
  projectRole: z.boolean().optional().describe('Whether holders are drawn for a project from a pool rather than appointed standing; false unless set.'),
  provenance: Provenance.optional().describe('Where the role comes from.'),
}).meta({ examples: [{ id: 'noc-supervisor', name: { 'zh-CN': '网络运维主管', en: 'Network operations supervisor' }, reportsTo: 'head', scorecard: 'tech-support-center/network-ops-supervisor' }] });
/** A position in an organisation. */
export type Role = z.infer<typeof Role>;
/** A role as written before defaults are applied. */
export type RoleInput = z.input<typeof Role>;
