import type { DecimalLike, FeeMappingInput, LocalizedText, ReportScheduleInput, ScorecardInput, WorkingCalendarInput } from '@kaohe/core';
import { SEED } from '../sources';

const source = SEED.outsourcedMaintenance;
const ANNEX = 'the point values are in "附件三:代维考核办法", which the page does not include';

/** A time limit of the SLA table. */
export type SlaDuration = { readonly minutes: DecimalLike } | { readonly hours: DecimalLike } | { readonly days: DecimalLike };

/** A fault class of the SLA table and its response and restore limits (seed 004: "具体故障分类及处理时限见《附件三》"). */
export interface SlaClass {
  readonly id: string;
  readonly name: LocalizedText;
  readonly response: SlaDuration;
  readonly restore: SlaDuration;
}

/**
 * The fault classes and limits used when the user supplies none **[inferred]**: the annex that
 * lists them is not in the page, so these are common telecom maintenance defaults, to be replaced
 * by the contract's own table.
 */
export const DEFAULT_SLA: readonly SlaClass[] = [
  { id: 'critical', name: { 'zh-CN': '重大故障', en: 'critical' }, response: { minutes: 30 }, restore: { hours: 4 } },
  { id: 'major', name: { 'zh-CN': '严重故障', en: 'major' }, response: { hours: 1 }, restore: { hours: 8 } },
  { id: 'minor', name: { 'zh-CN': '一般故障', en: 'minor' }, response: { hours: 2 }, restore: { hours: 24 } },
];

/**
 * The parameters of the vendor's monthly scorecard. Every point value is **[inferred]** (the annex
 * is missing) and documented here with its default; the working-day calendar is the user's.
 */
export interface VendorParams {
  /** The SLA table per fault class. Default {@link DEFAULT_SLA} [inferred]. */
  readonly sla?: readonly SlaClass[];
  /** The holiday calendar for "3个工作日内" (holidays and make-up working days). Default: Monday to Friday, no holidays — supply the organisation's own. */
  readonly calendar?: WorkingCalendarInput;
  /** When reports fall due. Default: weekly on Monday, others by the 3rd, the 3rd itself on time [inferred]. */
  readonly reportSchedule?: ReportScheduleInput;
  /** Points per ticket answered late. Default −2 [inferred]. */
  readonly lateResponse?: DecimalLike;
  /** Points per ticket restored late. Default −5 [inferred]. */
  readonly lateRestore?: DecimalLike;
  /** Points per late report. Default −2 [inferred]. */
  readonly lateReport?: DecimalLike;
  /** Working days to send a removed faulty part for repair. Default 3 (seed 004). */
  readonly partWorkingDays?: number;
  /** Points per faulty part sent late. Default −2 [inferred]. */
  readonly latePart?: DecimalLike;
  /** Share of the contract staff that may change over the contract period. Default 0.15 (seed 004). */
  readonly staffChangeLimit?: DecimalLike;
  /** Points when staff changes exceed the limit. Default −10 [inferred]. */
  readonly staffChangeOver?: DecimalLike;
  /** Points per staff change made without written approval. Default −5 [inferred]. */
  readonly unapprovedChange?: DecimalLike;
  /** Points per finding of the client's spot checks. Default −2 [inferred]. */
  readonly spotCheckFinding?: DecimalLike;
  /** Points per key-management finding. Default −2 [inferred]. */
  readonly keyFinding?: DecimalLike;
}

const count = (name: string, zh: string, en: string) => ({ name, type: 'count' as const, description: { 'zh-CN': zh, en } });

/**
 * The outsourced-maintenance vendor's monthly scorecard (seed 004): a 100-point base
 * less deductions for late ticket responses and restores against the SLA table, late reports, late
 * faulty-part returns, staff changes over the limit, and the client's spot-check and key findings.
 *
 * @example
 * const compiled = compile(vendorScorecard({ calendar: { holidays: ['2026-10-01'], workdays: ['2026-10-10'] } }));
 */
export function vendorScorecard(params: VendorParams = {}): ScorecardInput {
  const sla = params.sla ?? DEFAULT_SLA;
  const limits = (key: 'response' | 'restore') => Object.fromEntries(sla.map((c) => [c.id, c[key]]));
  const calendar = params.calendar ?? {};
  return {
    schemaVersion: 1,
    kind: 'scorecard',
    id: 'outsourced-maintenance/vendor',
    version: '1.0.0',
    name: { 'zh-CN': '代维单位月度考核', en: 'Maintenance vendor, monthly' },
    description: {
      'zh-CN': '甲方汇总当月检查结果和各分公司反馈,得出代维公司当月初步考核成绩;每季度第一个月根据考核成绩支付上季度代维费用。',
      en: 'The client sums up the month\'s checks and the branches\' feedback into the vendor\'s monthly score; the quarterly fee is paid by the quarter\'s scores.',
    },
    status: 'complete',
    organisation: 'outsourced-maintenance',
    roles: ['vendor'],
    period: 'month',
    model: 'deduction',
    base: 100,
    totalFloor: 0,
    sources: [source],
    inputs: [
      {
        name: 'tickets',
        type: 'events',
        dateField: 'dispatchedAt',
        description: { 'zh-CN': '故障派单:监控中心派单、代维接单处理、代维管理员确认', en: 'fault tickets: dispatched by the monitoring centre, handled by the vendor, confirmed by the client' },
        fields: [
          { name: 'id', type: 'string', optional: true },
          { name: 'faultClass', type: 'enum', values: sla.map((c) => c.id) },
          { name: 'dispatchedAt', type: 'datetime' },
          { name: 'respondedAt', type: 'datetime', optional: true, description: { 'zh-CN': '接单响应时间', en: 'accepted / responded' } },
          { name: 'restoredAt', type: 'datetime', optional: true, description: { 'zh-CN': '故障恢复时间', en: 'service restored' } },
          { name: 'confirmedAt', type: 'datetime', optional: true, description: { 'zh-CN': '代维管理员确认时间', en: 'confirmed by the client' } },
        ],
      },
      {
        name: 'reports',
        type: 'events',
        dateField: 'submittedOn',
        description: { 'zh-CN': '定期报告:上周小结、月度报表、季度与年度巡检汇总', en: 'periodic reports: weekly summary, monthly reports, quarterly and annual inspection summaries' },
        fields: [
          { name: 'id', type: 'string', optional: true },
          { name: 'kind', type: 'enum', values: ['weekly', 'monthly', 'quarterly', 'annual'] },
          { name: 'covers', type: 'string', description: { 'zh-CN': '报告所属周期:2026-W40、2026-09、2026-Q3、2026', en: 'the period covered: 2026-W40, 2026-09, 2026-Q3, 2026' } },
          { name: 'submittedOn', type: 'date', optional: true },
        ],
      },
      {
        name: 'faultyParts',
        type: 'events',
        dateField: 'removedOn',
        description: { 'zh-CN': '拆下的坏件', en: 'faulty parts removed' },
        fields: [
          { name: 'id', type: 'string', optional: true },
          { name: 'removedOn', type: 'date' },
          { name: 'sentOn', type: 'date', optional: true, description: { 'zh-CN': '送修日期', en: 'sent for repair' } },
        ],
      },
      { ...count('contractStaff', '合同约定的代维人员数', 'staff under the contract'), min: 1 },
      count('staffChanges', '合同期内人员变动人数(截至本月)', 'staff changes over the contract period to date'),
      count('unapprovedStaffChanges', '本月未经书面同意的人员变动', 'staff changes this month without written approval'),
      count('spotCheckFindings', '本月日常检查与现场抽查发现的问题', 'findings of the month\'s checks and spot checks'),
      count('keyManagementFindings', '本月钥匙管理抽查发现的问题', 'key-management findings of the month'),
    ],
    items: [
      {
        id: 'V1',
        name: { 'zh-CN': '故障响应及时', en: 'Fault response on time' },
        rule: { kind: 'deadline', events: 'tickets', checks: [{ id: 'response', name: { 'zh-CN': '响应', en: 'response' }, from: 'dispatchedAt', to: 'respondedAt', limit: { byClass: 'faultClass', limits: limits('response') }, boundary: 'inclusive', each: params.lateResponse ?? -2 }] },
        provenance: { inferred: `response limits per fault class from the SLA table; ${ANNEX}`, source, clause: '故障处理流程是:监控机房发现故障派单-代维公司接单和处理-代维管理员确认……具体故障分类及处理时限见《附件三:代维考核办法》' },
      },
      {
        id: 'V2',
        name: { 'zh-CN': '故障恢复及时', en: 'Fault restored on time' },
        rule: { kind: 'deadline', events: 'tickets', checks: [{ id: 'restore', name: { 'zh-CN': '恢复', en: 'restore' }, from: 'dispatchedAt', to: 'restoredAt', limit: { byClass: 'faultClass', limits: limits('restore') }, boundary: 'inclusive', each: params.lateRestore ?? -5 }] },
        provenance: { inferred: `restore limits per fault class from the SLA table; ${ANNEX}`, source, clause: 'SLA需要包括服务范围、服务时间、故障响应时间、故障恢复时间等指标,并商定相关的惩罚和赔偿机制' },
      },
      {
        id: 'V3',
        name: { 'zh-CN': '定期报告按时上报', en: 'Reports on time' },
        rule: { kind: 'deadline', events: 'reports', checks: [{ id: 'due', name: { 'zh-CN': '上报', en: 'submission' }, from: 'covers', to: 'submittedOn', limit: { report: params.reportSchedule ?? {}, kindField: 'kind' }, boundary: 'inclusive', each: params.lateReport ?? -2 }] },
        provenance: { inferred: `"3日前" read as on or before the 3rd; the deduction is in the missing annex (${ANNEX})`, source, clause: '每周一上报《上周小结》,下月3日前上报《月度巡检汇总表》、《故障月报表》、《代维工作月度总结》、《下月工作计划》……在季度结束后下一个月3日前上报《季度巡检汇总表》、《年度巡检汇总表》' },
      },
      {
        id: 'V4',
        name: { 'zh-CN': '坏件3个工作日内送修', en: 'Faulty parts sent for repair within 3 working days' },
        rule: { kind: 'deadline', events: 'faultyParts', checks: [{ id: 'sent', name: { 'zh-CN': '送修', en: 'sent for repair' }, from: 'removedOn', to: 'sentOn', limit: { workingDays: params.partWorkingDays ?? 3, calendar }, boundary: 'inclusive', each: params.latePart ?? -2 }] },
        provenance: { source, clause: '乙方对拆下的坏件应3个工作日内送修,如果超过送修将根据考核办法扣分', note: `the working days follow the user's holiday calendar; the deduction is inferred (${ANNEX})` },
      },
      {
        id: 'V5',
        name: { 'zh-CN': '合同期内人员变动不超过15%', en: 'Staff changes within 15% over the contract period' },
        rule: {
          kind: 'tiers',
          value: { ratio: [{ fact: 'staffChanges' }, { fact: 'contractStaff' }] },
          tiers: [
            { max: params.staffChangeLimit ?? '0.15', maxInclusive: true, points: 0, label: { 'zh-CN': '不超过15%', en: 'within 15%' } },
            { min: params.staffChangeLimit ?? '0.15', minInclusive: false, points: params.staffChangeOver ?? -10, label: { 'zh-CN': '超过15%', en: 'over 15%' } },
          ],
        },
        provenance: { inferred: `"不能超过15%": over 15% (exclusive) is a violation; ${ANNEX}`, source, clause: '合同期内人员变动比例不能超过15%,如发现代维公司未经我公司确认随意变动代维人员或人员变动超过15%' },
      },
      {
        id: 'V6',
        name: { 'zh-CN': '人员变动须经书面同意', en: 'Staff changes approved in writing' },
        rule: { kind: 'perOccurrence', source: { fact: 'unapprovedStaffChanges' }, each: params.unapprovedChange ?? -5 },
        provenance: { inferred: ANNEX, source, clause: '代维人员不能随意变动,每次需变化时,应向我公司递交书面申请(加盖公章),在经过甲方同意后才能变动' },
      },
      {
        id: 'V7',
        name: { 'zh-CN': '日常检查与现场抽查', en: 'Client checks and spot checks' },
        rule: { kind: 'perOccurrence', source: { fact: 'spotCheckFindings' }, each: params.spotCheckFinding ?? -2 },
        provenance: { inferred: ANNEX, source, clause: '日常检查:甲方每月检查一定数量的业务点,每个点每年检查1-2次。现场抽查:每年甲方召集代维公司对业务点进行抽检,抽检数量为总业务点的2%' },
      },
      {
        id: 'V8',
        name: { 'zh-CN': '钥匙管理', en: 'Key management' },
        rule: { kind: 'perOccurrence', source: { fact: 'keyManagementFindings' }, each: params.keyFinding ?? -2 },
        provenance: { inferred: ANNEX, source, clause: '移动公司将不定期抽查钥匙管理情况,出现问题按考核办法进行处罚' },
      },
    ],
    readings: [
      {
        id: 'report-due-day',
        chosen: { 'zh-CN': '3日前 = 3日当天及以前', en: '"3日前" = on or before the 3rd' },
        literal: { 'zh-CN': '下月3日前上报', en: 'report before the 3rd of the next month' },
        provenance: { inferred: 'the common usage of 前 in due dates includes the day', source, clause: '下月3日前上报' },
      },
    ],
  };
}

/** §6 with every default. */
export const vendor = vendorScorecard();

/**
 * A fee mapping to start from **[inferred]**: the page says the quarterly fee follows the
 * quarter's scores, not how. Mean ≥ 90 pays in full, [80, 90) 95%, [70, 80) 90%, below 70 80%.
 * Pass the contract's own mapping to `quarterlyFee` of @kaohe/core.
 */
export const exampleVendorFeeMapping: FeeMappingInput = {
  combine: 'mean',
  tiers: [
    { min: 90, factor: 1, label: { 'zh-CN': '全额', en: 'in full' } },
    { min: 80, max: 90, factor: '0.95' },
    { min: 70, max: 80, factor: '0.9' },
    { max: 70, factor: '0.8' },
  ],
};
