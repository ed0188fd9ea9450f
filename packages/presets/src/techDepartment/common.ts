import type { BandInput, FactSpec, GradeInput, ItemInput, ProjectBonusInput, RatedRule, ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';

/** The seed of every Technical Department preset. */
export const source = SEED.techDepartment;

/** The organisation the project schemes belong to. */
export const organisation = 'tech-department';

const HALF_OPEN = 'integer-looking bands applied to a composite that can be fractional: read as half-open intervals, each from its lower bound up to the next grade';

/**
 * The project grades of seed 002, half-open: A ≥ 90, B [80, 90), C [70, 80),
 * D [60, 70), E < 60, with the share of the full bonus each earns (1.0, 0.8, 0.6, 0.4, 0).
 */
export const projectGrades: GradeInput[] = [
  { id: 'A', name: { 'zh-CN': 'A(全额工程奖金)', en: 'A (full bonus)' }, min: 90, factor: 1, provenance: { inferred: `${HALF_OPEN}; A has no upper bound, so a literal composite above 100 is still A`, source, clause: '考核为A(90-100分)者,全额工程奖金' } },
  { id: 'B', name: { 'zh-CN': 'B(全额工程奖金的80%)', en: 'B (80% of the full bonus)' }, min: 80, max: 90, factor: '0.8', provenance: { inferred: HALF_OPEN, source, clause: 'B(80-89分)者,全额工程奖金80%' } },
  { id: 'C', name: { 'zh-CN': 'C(全额工程奖金的60%)', en: 'C (60% of the full bonus)' }, min: 70, max: 80, factor: '0.6', provenance: { inferred: HALF_OPEN, source, clause: 'C(70-79分)者,全额工程奖金60%' } },
  { id: 'D', name: { 'zh-CN': 'D(全额工程奖金的40%)', en: 'D (40% of the full bonus)' }, min: 60, max: 70, factor: '0.4', provenance: { inferred: HALF_OPEN, source, clause: 'D(60-69分)者,全额工程奖金40%' } },
  { id: 'E', name: { 'zh-CN': 'E(低于60分,无工程奖金)', en: 'E (below 60, no bonus)' }, max: 60, factor: 0, provenance: { inferred: `"E" is our name for "below 60"; ${HALF_OPEN}`, source, clause: '低于60分者,工程奖金为0' } },
];

/** The grades as rating bands, so that a result's `band` and `outcome` name the grade. */
export const projectGradeBands: BandInput[] = projectGrades.map(({ factor: _factor, ...band }) => band);

/** The complexity coefficient (工程复杂度模型系数). */
export const complexityCoefficient = {
  id: 'complexity',
  name: { 'zh-CN': '工程复杂度模型系数', en: 'complexity coefficient' },
  fact: 'complexity',
  values: { 'simple-basic': '0.8', 'simple-standard': '0.9', 'simple-extended': '1', technical: '1.1', organisational: '1.2', 'mission-critical': '1.3' },
  provenance: {
    source,
    clause: '简单型……工程复杂度模型系数分别为0.8、0.9、1……技术复杂型……工程复杂度模型系数为1.1;组织复杂型……工程复杂度模型系数为1.2;关键任务型……工程复杂度模型系数为1.3',
  },
};

/** The fact that picks the complexity coefficient. */
export const complexityFact: FactSpec = {
  name: 'complexity',
  type: 'enum',
  values: Object.keys(complexityCoefficient.values),
  description: {
    'zh-CN': '工程复杂度类型:simple-basic 简单型(简易)、simple-standard(标准)、simple-extended(扩展)、technical 技术复杂型、organisational 组织复杂型、mission-critical 关键任务型',
    en: 'project complexity: simple-basic, simple-standard, simple-extended, technical, organisational, mission-critical',
  },
};

const LEVELS = { high: '1.2', medium: '1.1', low: '1' };

/** A high / medium / low coefficient: time difficulty (presales) or risk (implementation). */
export function levelCoefficient(id: 'timeDifficulty' | 'risk', name: { 'zh-CN': string; en: string }, clause: string): NonNullable<ProjectBonusInput['coefficients']>[number] {
  return { id, name, fact: id, values: LEVELS, provenance: { source, clause } };
}

/** The fact that picks a high / medium / low coefficient. */
export function levelFact(id: 'timeDifficulty' | 'risk', description: { 'zh-CN': string; en: string }): FactSpec {
  return { name: id, type: 'enum', values: Object.keys(LEVELS), description };
}

/** The money facts and shares every project bonus reads. */
export const bonusFacts = {
  contractValue: { name: 'contractValue', type: 'money', min: 0, description: { 'zh-CN': '工程合同总额(元)', en: 'contract total (CNY)' } },
  leaderShare: {
    name: 'leaderShare',
    type: 'ratio',
    optional: true,
    description: { 'zh-CN': '负责人(售前组长/工程经理/售后运维经理)分得最终工程奖金的比例,0.3–0.6;其余归工程师', en: "the leader's share of the final bonus, 0.3–0.6; the engineers get the rest" },
  },
  finalPaymentCollectedOn: {
    name: 'finalPaymentCollectedOn',
    type: 'date',
    optional: true,
    description: { 'zh-CN': '工程尾款(除质保金)回收日期', en: 'date the final payment (retention excluded) was collected' },
  },
  gradeHistory: {
    name: 'gradeHistory',
    type: 'events',
    optional: true,
    fields: [
      { name: 'grade', type: 'enum', values: projectGrades.map((g) => g.id) },
      { name: 'period', type: 'string', optional: true },
    ],
    description: { 'zh-CN': '同一人同一方案此前的考核等级,由早到晚,如 ["D", "D"]', en: 'earlier grades of the same person and scheme, oldest first, e.g. ["D", "D"]' },
  },
} satisfies Record<string, FactSpec>;

/** The split, the director's award and the pool of seed 002. */
export function teamSplit(leader: { 'zh-CN': string; en: string }, engineers: { 'zh-CN': string; en: string }, clause: string): NonNullable<ProjectBonusInput['split']> {
  return { fact: 'leaderShare', min: '0.3', max: '0.6', leader, engineers, provenance: { source, clause } };
}

/** The technical director's 30% of the final bonus. */
export const directorAward: NonNullable<ProjectBonusInput['director']> = {
  name: { 'zh-CN': '技术总监', en: 'technical director' },
  share: '0.3',
  provenance: { source, clause: '技术总监以最终工程奖金的30%进行奖励' },
};

/** Payment after the final payment is collected, in the last week of March, June, September or December. */
export const payoutSchedule: NonNullable<ProjectBonusInput['payout']> = {
  fact: 'finalPaymentCollectedOn',
  months: [3, 6, 9, 12],
  lastDays: 7,
  provenance: {
    inferred: '"the last week" is read as the last 7 calendar days of the month; the bonus is paid in the first such window that starts after the collection date',
    source,
    clause: '在工程尾款(除质保金)回收后,进行奖金分配,按季度进行计发,在每年的三月、六月、九月、十二月的最后一个星期',
  },
};

/** The schedule item (工程工期, 40): 30 on time, ±1 per whole 10% early or late, 0–40. */
export function scheduleItem(clause: string, actualDaysNote: string): ItemInput {
  return {
    id: 'schedule',
    name: { 'zh-CN': '工程工期', en: 'Schedule' },
    description: {
      'zh-CN': `按期完成 30 分;工期提前每满 10% 加 1 分(最高 40 分),滞后每满 10% 扣 1 分(最低 0 分)。${actualDaysNote}`,
      en: '30 on time; +1 per whole 10% early (at most 40), −1 per whole 10% late (at least 0).',
    },
    points: 40,
    rule: {
      kind: 'steps',
      value: { ratio: [{ fact: 'actualDays' }, { fact: 'plannedDays' }] },
      target: 1,
      start: 30,
      below: { per: '0.1', change: 1, rounding: 'floor' },
      above: { per: '0.1', change: -1, rounding: 'floor' },
    },
    provenance: {
      inferred: 'whole 10% steps: the form labels the early tier "31-40", yet less than 10% early scores 30 like on time; the deviation is (actual − planned) / planned',
      source,
      clause,
    },
  };
}

/** The planned and actual days the schedule item reads. */
export const scheduleFacts: FactSpec[] = [
  { name: 'plannedDays', type: 'count', min: 1, description: { 'zh-CN': '计划工期(天)', en: 'planned days' } },
  { name: 'actualDays', type: 'count', description: { 'zh-CN': '实际工期(天)', en: 'actual days' } },
];

/** A rated item of a project scheme: each rater of the panel rates it within 0–points. */
export function ratedItem(id: string, name: { 'zh-CN': string; en: string }, points: number, rubric: NonNullable<RatedRule['rubric']>, provenance: ItemInput['provenance']): ItemInput {
  return { id, name, points, rule: { kind: 'rated', min: 0, max: points, rubric }, provenance };
}

/** A rubric band. */
export const band = (min: number, max: number, zh: string, en: string): NonNullable<RatedRule['rubric']>[number] => ({ min, max, label: { 'zh-CN': zh, en } });

/** The raters of seed 002, by id. */
export const raters = {
  self: { id: 'self', name: { 'zh-CN': '自评', en: 'self' } },
  salesRep: { id: 'salesRep', name: { 'zh-CN': '销售代表', en: 'sales representative' } },
  businessRep: { id: 'businessRep', name: { 'zh-CN': '商务代表', en: 'business representative' } },
  financeRep: { id: 'financeRep', name: { 'zh-CN': '财务代表', en: 'finance representative' } },
  projectManager: { id: 'projectManager', name: { 'zh-CN': '工程经理', en: 'project manager' } },
  superior: { id: 'superior', name: { 'zh-CN': '上级考核', en: 'superior' } },
};

/** The name of a literal reading. */
export const literalName = (scheme: ScorecardInput): ScorecardInput['name'] => ({ 'zh-CN': `${scheme.name['zh-CN']}(字面解读)`, en: `${scheme.name.en} (literal reading)` });

/** The id of a literal reading: `<id>.literal`. */
export const literalId = (id: string): string => `${id}.literal`;
