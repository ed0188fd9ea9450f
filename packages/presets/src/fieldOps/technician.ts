import type { DecimalLike, PenaltyRegimeInput, ThresholdTier } from '@kaohe/core';
import { SEED } from '../sources';

const source = SEED.fieldOps;

/**
 * The parameters of the field technicians' regime. Each default is the seed's
 * number, or a reading marked inferred on the preset page; a department with other numbers passes its own.
 */
export interface TechnicianRegimeParams {
  /** "两日内未完成安装": hours from dispatch to completed installation. Default 48 **[inferred]**: two days read as 48 hours. */
  readonly installationHours?: DecimalLike;
  /** "10分钟内与用户联系": minutes from dispatch to first contact (inclusive). Default 10. */
  readonly contactMinutes?: DecimalLike;
  /** "一个小时内到用户家": minutes from dispatch to arrival on site (inclusive). Default 60. */
  readonly onSiteMinutes?: DecimalLike;
  /** Minutes without contact after which the collective fine falls due (10 + "5分钟内", inclusive). Default 15. */
  readonly collectiveMinutes?: DecimalLike;
  /** "每扣1分,扣人民币100元". Default 100. */
  readonly finePerPoint?: DecimalLike;
  /** "都将受到200元处罚": the fine on each person of the chain. Default 200. */
  readonly collectiveFine?: DecimalLike;
  /** "处以50元罚款" per conduct-code breach. Default 50. */
  readonly conductFine?: DecimalLike;
  /** "组长以上的人员需24小时开机,否则将受到100元处罚". Default 100. */
  readonly phoneOffFine?: DecimalLike;
  /** "1个考核月内扣分满2分者,自动离职". Default 2. */
  readonly monthlyDismissalPoints?: DecimalLike;
  /** "3个月内扣分累计满3分者": the window in months, read as this month and the two before **[inferred]**. Default 3. */
  readonly rollingMonths?: number;
  /** Default 3. */
  readonly rollingDismissalPoints?: DecimalLike;
  /** "当月连续累计违反超过三项时,予以辞退": more than this many conduct breaches in a month. Default 3. */
  readonly conductDismissalOver?: number;
  /** Attendance: up to this many late arrivals or early departures a month are criticised, more are reported. Default 3. */
  readonly attendanceCriticismUpTo?: number;
  /** The literal attendance rule, "3次以内" and "3次以上" both holding 3 (for the linter). Default false. */
  readonly literalAttendance?: boolean;
}

const ATTENDANCE_CLAUSE = '每月迟到/早退 3次以内例会进行批评,3次以上的通报所属公司';

/**
 * The attendance tiers as plain interval data: the chosen reading — 1 to 3 lapses
 * criticised, more than 3 reported **[inferred]** — or the literal one, where "3次以内" and "3次以上"
 * both include 3 (§0), so that 3 falls in both tiers: the overlap the linter reports.
 *
 * @example
 * attendanceTiers(3, true); // [{ max: 3, maxInclusive: true, … }, { min: 3, minInclusive: true, … }]
 */
export function attendanceTiers(upTo = 3, literal = false): ThresholdTier[] {
  const criticism = { 'zh-CN': `${upTo}次以内例会批评`, en: `up to ${upTo}: criticised at the monthly meeting` };
  const report = { 'zh-CN': `${upTo}次以上通报所属公司`, en: `over ${upTo}: reported to the employer` };
  return literal
    ? [
        { max: upTo, minInclusive: true, maxInclusive: true, sanction: 'criticism', label: criticism },
        { min: upTo, minInclusive: true, maxInclusive: false, sanction: 'report', label: report },
      ]
    : [
        { min: 1, max: upTo, minInclusive: true, maxInclusive: true, sanction: 'criticism', label: criticism },
        { min: upTo, minInclusive: false, maxInclusive: false, sanction: 'report', label: report },
      ];
}

/**
 * The penalty-point regime of the broadband field technicians (seed 003, 运营部考核评分制度),
 * built with the given parameters (every default documented on
 * {@link TechnicianRegimeParams}).
 *
 * @example
 * const compiled = compileRegime(technicianRegime({ installationHours: 72 }));
 */
export function technicianRegime(params: TechnicianRegimeParams = {}): PenaltyRegimeInput {
  const contact = { minutes: params.contactMinutes ?? 10 };
  const onSite = { minutes: params.onSiteMinutes ?? 60 };
  const literal = params.literalAttendance === true;
  const upTo = params.attendanceCriticismUpTo ?? 3;
  return {
    schemaVersion: 1,
    kind: 'penaltyRegime',
    id: literal ? 'broadband-field-ops/technician.literal' : 'broadband-field-ops/technician',
    version: '1.0.0',
    name: literal
      ? { 'zh-CN': '宽带运维人员扣分考核(考勤按原文)', en: 'Broadband field technician penalty points (literal attendance rule)' }
      : { 'zh-CN': '宽带运维人员扣分考核', en: 'Broadband field technician penalty points' },
    description: {
      'zh-CN': '3分制考核:派单超时、未及时上门、投诉等扣分,每扣1分罚款100元;月内满2分或3个月累计满3分自动离职。',
      en: 'A 3-point regime: late contact, late visits, complaints and the like cost points, 100 CNY a point; 2 points in a month or 3 in three months end the contract.',
    },
    status: 'complete',
    organisation: 'broadband-field-ops',
    roles: ['technician'],
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    finePerPoint: params.finePerPoint ?? 100,
    sources: [source],
    orders: {
      fact: 'orders',
      kinds: [
        { id: 'repair', name: { 'zh-CN': '报修', en: 'repair' } },
        { id: 'installation', name: { 'zh-CN': '报装', en: 'installation' } },
        { id: 'renewal', name: { 'zh-CN': '续费', en: 'renewal collection' } },
      ],
      start: { name: 'dispatchedAt', label: { 'zh-CN': '派单', en: 'dispatch' } },
      timestamps: [
        { name: 'contactedAt', label: { 'zh-CN': '联系用户', en: 'contact with the user' } },
        { name: 'onSiteAt', label: { 'zh-CN': '上门', en: 'arrival on site' } },
        { name: 'completedAt', label: { 'zh-CN': '完成安装', en: 'completion' } },
        { name: 'agreedAt', label: { 'zh-CN': '与用户约定', en: 'agreed' } },
      ],
      flags: [
        { name: 'notEscalated', label: { 'zh-CN': '未能解决且未及时向技术反馈', en: 'unresolved and not escalated to technical support in time' } },
        { name: 'causedComplaint', label: { 'zh-CN': '导致客户投诉', en: 'led to a customer complaint' } },
      ],
      people: [{ name: 'agent', label: { 'zh-CN': '派单客服', en: 'customer-service agent of the order' } }],
    },
    breaches: {
      fact: 'breaches',
      kinds: [
        { id: 'appearance', name: { 'zh-CN': '上门工具、工作证、着装不规范', en: 'visit without full tools, badge or tidy appearance' } },
        { id: 'conduct', name: { 'zh-CN': '违反上门行为规范', en: 'breach of the home-visit conduct code' } },
        { id: 'phoneOff', name: { 'zh-CN': '未24小时开机', en: 'phone off (group leaders and above)' } },
        { id: 'verifiedComplaint', name: { 'zh-CN': '经核实的客户投诉', en: 'customer complaint verified as the employee\'s fault' } },
      ],
    },
    counts: [{ name: 'attendanceLapses', description: { 'zh-CN': '当月迟到/早退次数', en: 'late arrivals and early departures in the month' }, optional: true }],
    offences: [
      {
        id: 'F1',
        name: { 'zh-CN': '未按时完成安装', en: 'Installation not completed in time' },
        on: {
          orders: ['installation'],
          when: {
            any: [
              { missed: { step: 'completedAt', within: { hours: params.installationHours ?? 48 }, boundary: 'inclusive' } },
              { missed: { step: 'completedAt', by: 'agreedAt', boundary: 'inclusive' } },
            ],
          },
        },
        points: 0.5,
        provenance: { inferred: '"两日" read as 48 hours from dispatch; the agreed time applies when the order carries one', source, clause: '接到报装派单起两日内未完成安装或在用户约定时间内未完成安装,扣0.5分' },
      },
      {
        id: 'F2',
        name: { 'zh-CN': '未按时联系用户或上门', en: 'No contact within 10 minutes or not on site within 1 hour' },
        on: {
          orders: ['repair', 'installation'],
          when: {
            any: [
              { missed: { step: 'contactedAt', within: contact, boundary: 'inclusive' } },
              { missed: { step: 'onSiteAt', within: onSite, boundary: 'inclusive' } },
            ],
          },
        },
        points: 0.5,
        provenance: { source, clause: '接到报装、报修派单起10分钟内与用户联系,一个小时内到用户家解决故障……未能在规定时间内与用户联系或未在规定时间内上门扣0.5分', note: 'once per order, whichever deadline is missed' },
      },
      {
        id: 'F3',
        name: { 'zh-CN': '未及时向技术反馈', en: 'Unresolved repair not escalated in time' },
        on: { orders: ['repair'], when: { flag: 'notEscalated' } },
        points: 0.5,
        provenance: { source, clause: '接到报修派单,未能解决问题,立刻向技术反馈并告知客服。未能及时和技术人员取得联系而导致故障解决延误的扣0.5分' },
      },
      {
        id: 'F4',
        name: { 'zh-CN': '续费派单未及时上门导致投诉', en: 'Renewal order handled late, leading to a complaint' },
        on: {
          orders: ['renewal'],
          when: {
            all: [
              { flag: 'causedComplaint' },
              { any: [{ missed: { step: 'contactedAt', within: contact, boundary: 'inclusive' } }, { missed: { step: 'onSiteAt', by: 'agreedAt', boundary: 'inclusive' } }] },
            ],
          },
        },
        points: 0.5,
        provenance: { source, clause: '接到客服续费派单后10分钟内与用户联系,在与用户约定的时间内上门收取续费,未能及时上门续费导致客户投诉的扣0.5分' },
      },
      {
        id: 'F5',
        name: { 'zh-CN': '上门未带全套工具、工作证或着装不整', en: 'Visit without full tools, badge or tidy appearance' },
        on: { breaches: 'appearance' },
        points: 0.5,
        provenance: { inferred: 'the text names installation visits; every visit is held to it', source, clause: '上门安装要配带全套工具,规范服务,带工作证,着装整齐、干净,不留长发。违反规定,扣0.5分' },
      },
      {
        id: 'F6',
        name: { 'zh-CN': '经核实为员工错误导致的客户投诉', en: 'Customer complaint verified as the employee\'s fault' },
        on: { breaches: 'verifiedComplaint' },
        points: 1,
        provenance: { source, clause: '客户投诉,经核实为员工错误导致,扣1分' },
      },
      {
        id: 'conduct',
        name: { 'zh-CN': '违反上门行为规范', en: 'Breach of the home-visit conduct code' },
        on: { breaches: 'conduct' },
        fine: params.conductFine ?? 50,
        provenance: { source, clause: '如果在客服回访用户时,得知工程师有违反以上任何一项行为规范准则时,工程师将被处以50元罚款' },
      },
      {
        id: 'phoneOff',
        name: { 'zh-CN': '未保持24小时开机', en: 'Phone not kept on 24 hours' },
        on: { breaches: 'phoneOff' },
        fine: params.phoneOffFine ?? 100,
        provenance: { source, clause: '组长以上的人员需24小时开机,否则将受到100元处罚' },
      },
    ],
    collective: [
      {
        id: 'escalation',
        name: { 'zh-CN': '派单15分钟仍未联系用户', en: 'Still no contact with the user 15 minutes after dispatch' },
        on: { orders: ['repair', 'installation'], when: { missed: { step: 'contactedAt', within: { minutes: params.collectiveMinutes ?? 15 }, boundary: 'inclusive' } } },
        fine: params.collectiveFine ?? 200,
        payers: [
          { role: 'technician', name: { 'zh-CN': '运维人员', en: 'technician' }, from: 'subject' },
          { role: 'station-head', name: { 'zh-CN': '站长', en: 'station head' }, from: 'reportingLine' },
          { role: 'area-manager', name: { 'zh-CN': '区站经理', en: 'area manager' }, from: 'reportingLine' },
          { role: 'customer-service-agent', name: { 'zh-CN': '客服人员', en: 'customer-service agent' }, from: 'orderField', field: 'agent' },
          { role: 'ops-manager', name: { 'zh-CN': '运营部经理', en: 'operations manager' }, from: 'reportingLine' },
        ],
        provenance: {
          inferred: '10 minutes plus "5分钟内" read as contact by 15 minutes after dispatch, inclusive; the fine follows the reporting lines from the technician, the agent is the order\'s own',
          source,
          clause: '如果运维人员在10分钟内没有联系用户,客服则会在5分钟之内通知运营部经理……如果5分钟内仍没有运维工作人员与用户取得联系,那么相关区站运维人员、站长、经理,客服人员、运营部经理都将受到200元处罚',
        },
      },
    ],
    sanctionKinds: [
      { id: 'dismissal', name: { 'zh-CN': '自动离职', en: 'dismissal' }, severity: 3 },
      { id: 'report', name: { 'zh-CN': '通报所属公司', en: 'reported to the employer' }, severity: 2 },
      { id: 'criticism', name: { 'zh-CN': '例会批评', en: 'criticised at the monthly meeting' }, severity: 1 },
    ],
    thresholds: [
      {
        id: 'monthly-points',
        name: { 'zh-CN': '1个考核月内扣分满2分', en: '2 points within one calendar month' },
        measure: 'points',
        months: 1,
        tiers: [{ min: params.monthlyDismissalPoints ?? 2, sanction: 'dismissal' }],
        provenance: { source, clause: '1个考核月内扣分满2分者,自动离职' },
      },
      {
        id: 'rolling-points',
        name: { 'zh-CN': '3个月内扣分累计满3分', en: '3 points within three months' },
        measure: 'points',
        months: params.rollingMonths ?? 3,
        tiers: [{ min: params.rollingDismissalPoints ?? 3, sanction: 'dismissal' }],
        provenance: { inferred: '"3个月内" read as the current month and the two before it', source, clause: '3个月内扣分累计慢3分者,自动离职' },
      },
      {
        id: 'conduct-monthly',
        name: { 'zh-CN': '当月违反行为规范超过三项', en: 'More than three conduct breaches in a month' },
        measure: { breaches: 'conduct' },
        months: 1,
        tiers: [{ min: params.conductDismissalOver ?? 3, minInclusive: false, sanction: 'dismissal' }],
        provenance: { source, clause: '当月连续累计违反超过三项时,予以辞退' },
      },
      {
        id: 'attendance',
        name: { 'zh-CN': '考勤:迟到/早退', en: 'Attendance: late arrivals and early departures' },
        measure: { fact: 'attendanceLapses' },
        months: 1,
        hitPolicy: literal ? 'first' : 'unique',
        tiers: attendanceTiers(upTo, literal),
        provenance: literal
          ? { source, clause: ATTENDANCE_CLAUSE, note: 'literal: 以内 and 以上 both include the number itself, so 3 falls in both tiers' }
          : { inferred: 'up to 3 (from 1) criticised, more than 3 reported: the literal text gives 3 to both', source, clause: ATTENDANCE_CLAUSE },
      },
    ],
    readings: [
      {
        id: 'installation-48-hours',
        chosen: { 'zh-CN': '两日内 = 派单后48小时内(含)', en: 'two days = within 48 hours of dispatch, inclusive' },
        literal: { 'zh-CN': '接到报装派单起两日内', en: 'within two days of the installation order' },
        provenance: { inferred: 'days counted as 24-hour spans from the dispatch time', source, clause: '接到报装派单起两日内未完成安装' },
      },
      {
        id: 'rolling-window',
        chosen: { 'zh-CN': '3个月 = 本月及前两个自然月', en: 'three months = this calendar month and the two before it' },
        literal: { 'zh-CN': '3个月内扣分累计满3分', en: '3 points within 3 months' },
        provenance: { inferred: 'months are calendar months, like the 考核月', source, clause: '3个月内扣分累计慢3分者,自动离职' },
      },
      {
        id: 'attendance-overlap',
        chosen: { 'zh-CN': '1至3次例会批评,超过3次通报所属公司', en: '1 to 3 lapses criticised, more than 3 reported' },
        literal: { 'zh-CN': '3次以内例会批评,3次以上通报所属公司(3次同属两档)', en: '"up to 3" criticised, "3 or more" reported (3 is in both)' },
        provenance: { inferred: 'the report tier starts above 3 so no count falls in two tiers', source, clause: ATTENDANCE_CLAUSE },
      },
    ],
  };
}

/** §5 as the presets read it. */
export const technician = technicianRegime();
/** §5 with the literal attendance rule, for the linter. */
export const technicianLiteral = technicianRegime({ literalAttendance: true });
