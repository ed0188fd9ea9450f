import type { ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';

const source = SEED.outsourcedMaintenance;
const CLAUSE = '代维值班人员的考核评估主要包括以下指标:1. 工作态度……2. 技术能力……3. 团队合作意识……4. 工作成果,包括解决故障的处理效果和用户满意度等方面';
const EQUAL = { inferred: 'the text lists four indicators and no weights: equal weights of 25%', source, clause: CLAUSE };

const rated = (id: string, zh: string, en: string, descZh: string, descEn: string) => ({
  id,
  name: { 'zh-CN': zh, en },
  description: { 'zh-CN': descZh, en: descEn },
  weight: 25,
  rule: { kind: 'rated' as const, min: 0, max: 100 },
  provenance: EQUAL,
});

/**
 * §6 代维值班 (duty desk of the outsourced maintenance): four indicators rated 0–100 with equal
 * weights **[inferred]**, monthly like the roster ("轮班制按月为一个周期") **[inferred]**.
 */
export const dutyDesk = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'outsourced-maintenance/duty-desk',
  version: '1.0.0',
  name: { 'zh-CN': '代维值班人员考核', en: 'Maintenance duty desk staff' },
  description: { 'zh-CN': '24小时轮班值班,按月编制值班表。', en: '24-hour rotation on a monthly roster.' },
  status: 'complete',
  organisation: 'outsourced-maintenance',
  roles: ['duty-desk'],
  period: 'month',
  model: 'weighted',
  sources: [source],
  items: [
    rated('W1', '工作态度', 'Work attitude', '工作认真负责、遵守纪律等', 'conscientious and responsible, keeps discipline'),
    rated('W2', '技术能力', 'Technical ability', '解决问题的效率和质量', 'efficiency and quality of problem solving'),
    rated('W3', '团队合作意识', 'Teamwork', '与他人的协作和沟通能力', 'cooperation and communication with others'),
    rated('W4', '工作成果', 'Results', '解决故障的处理效果和用户满意度', 'faults resolved and user satisfaction'),
  ],
  readings: [
    {
      id: 'equal-weights',
      chosen: { 'zh-CN': '四项指标各占25%', en: 'each of the four indicators weighs 25%' },
      literal: { 'zh-CN': '考核评估主要包括以下指标(未给权重)', en: 'the appraisal covers these indicators (no weights given)' },
      provenance: EQUAL,
    },
    {
      id: 'monthly-period',
      chosen: { 'zh-CN': '按月考核', en: 'appraised monthly' },
      provenance: { inferred: 'the roster runs by the month', source, clause: '轮班制按月为一个周期,每个月按照值班人员的轮换顺序编制值班表' },
    },
  ],
} satisfies ScorecardInput;
