import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from './standardBands';

const source = SEED.techSupportCenter;

/** §2.5 项目实施工程师: six items with points, total 100, and a veto on major safety accidents, quarterly. */
export const implementationEngineer = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'tech-support-center/implementation-engineer',
  version: '1.0.0',
  name: { 'zh-CN': '项目实施工程师考核', en: 'Implementation engineer' },
  organisation: 'tech-support-center',
  roles: ['implementation-engineer'],
  period: 'quarter',
  model: 'points',
  declaredTotal: 100,
  sources: [source],
  inputs: [
    { name: 'projectsDelivered', type: 'count', description: { 'zh-CN': '交付甲方验收的项目数', en: 'projects delivered for client acceptance' } },
    { name: 'projectsAcceptedFirstTime', type: 'count', description: { 'zh-CN': '一次性验收通过的项目数', en: 'projects accepted at the first attempt' } },
    { name: 'daysOverdue', type: 'count', description: { 'zh-CN': '逾期天数', en: 'days overdue against the project schedule' } },
    { name: 'companyAcceptancePassed', type: 'boolean', description: { 'zh-CN': '公司组织的验收是否合格', en: 'whether the company acceptance was passed' } },
    { name: 'acceptanceFailures', type: 'count', description: { 'zh-CN': '验收不合格次数', en: 'failed acceptance rounds' } },
    { name: 'internalAcceptanceExcellent', type: 'boolean', description: { 'zh-CN': '内验是否优秀', en: 'whether the internal acceptance was rated excellent' } },
    { name: 'clientComplaints', type: 'count', description: { 'zh-CN': '甲方投诉次数', en: 'client complaints about contractors' } },
    { name: 'materialDelaysOwnFault', type: 'count', description: { 'zh-CN': '因本职原因导致材料未进场次数', en: 'materials late through the engineer’s own fault' } },
    { name: 'archiveDefects', type: 'count', description: { 'zh-CN': '竣工档案不完整、不齐全、不准确的项数', en: 'missing or inaccurate items of the completion archive' } },
    { name: 'majorSafetyAccidents', type: 'count', description: { 'zh-CN': '重大安全事故数', en: 'major safety accidents' } },
  ],
  items: [
    {
      id: 'I1',
      name: { 'zh-CN': '项目一次性验收通过率', en: 'First-time acceptance rate' },
      points: 30,
      rule: {
        kind: 'steps',
        value: { ratio: [{ fact: 'projectsAcceptedFirstTime' }, { fact: 'projectsDelivered' }], ifZero: 1 },
        target: 0.8,
        below: { per: 0.05, change: -5, rounding: 'floor' },
      },
      provenance: {
        inferred: 'the clause has no 每 ("per"): it is read per whole step of 5 points like M2-M4; no project delivered scores full points',
        source,
        clause: '项目一次性验收通过率,负责实施的项目交付甲方验收,一次性通过率,考核分值30分,一次性通过率占全部实施项目的比率为80%。低于5个百分点,扣5分',
      },
    },
    {
      id: 'I2',
      name: { 'zh-CN': '项目实施的进度准确率', en: 'Schedule accuracy' },
      points: 20,
      rule: { kind: 'perOccurrence', source: { fact: 'daysOverdue' }, each: -5 },
      provenance: { source, clause: '项目实施的进度准确率,在预编排的项目进度表中,按进度表完成,每逾期1天扣5分。此项考核分值20分' },
    },
    {
      id: 'I3',
      name: { 'zh-CN': '工程质量管理', en: 'Engineering quality (company acceptance)' },
      points: 20,
      // A formula with `if`: 10 once the company acceptance is passed, less 5 per failed round down to
      // 0 (扣完为止), plus 20 for an excellent internal acceptance; the item caps the sum at its 20 points.
      rule: {
        kind: 'formula',
        value: {
          if: { fact: 'companyAcceptancePassed', operator: 'equal', value: true },
          then: {
            op: 'add',
            args: [
              { op: 'max', args: [0, { op: 'sub', args: [10, { op: 'mul', args: [5, { fact: 'acceptanceFailures' }] }] }] },
              { if: { fact: 'internalAcceptanceExcellent', operator: 'equal', value: true }, then: 20, else: 0 },
            ],
          },
          else: 0,
        },
      },
      provenance: {
        inferred: 'every failed acceptance round costs 5 even if the project passed later, and the item scores 0 if it never passed; the +20 for an excellent internal acceptance is capped at the item’s 20 points',
        source,
        clause: '工程质量管理,公司组织的验收,合格的记10分,不合格按次扣分,每次5分,扣完为止,内验优秀的加20分。此项分值20分',
      },
    },
    {
      id: 'I4',
      name: { 'zh-CN': '施工队管理工作', en: 'Contractor management' },
      points: 10,
      rule: { kind: 'perOccurrence', source: { fact: 'clientComplaints' }, each: -5 },
      provenance: { source, clause: '施工队管理工作,施工队合作关系良好,施工队无重大违规或事故发生,发生一起甲方投诉扣5分,此项分值10分' },
    },
    {
      id: 'I5',
      name: { 'zh-CN': '材料准备充足', en: 'Materials ready' },
      points: 10,
      rule: { kind: 'perOccurrence', source: { fact: 'materialDelaysOwnFault' }, each: -5 },
      provenance: { source, clause: '材料准备充足,非实施工程师本职原因造成的材料不及时供应除外,因本职原因导致材料未进场等,扣5分每次,此项记10分' },
    },
    {
      id: 'I6',
      name: { 'zh-CN': '项目竣工档案完整', en: 'Completion archive complete and on time' },
      points: 10,
      rule: { kind: 'perOccurrence', source: { fact: 'archiveDefects' }, each: -5 },
      provenance: { source, clause: '项目竣工档案完整,交付及时。此项记10分,交接不完整不齐全不准确,每项扣5分' },
    },
  ],
  vetoes: [
    {
      id: 'V1',
      name: { 'zh-CN': '重大安全事故', en: 'Major safety accident' },
      when: { fact: 'majorSafetyAccidents', operator: 'greaterThan', value: 0 },
      outcome: 'fail',
      provenance: { source, clause: '项目实施过程中,无重大安全事故,发生一起,直接记不合格' },
    },
  ],
  bands: standardBands,
  bandPolicy: 'unique',
} satisfies ScorecardInput;
