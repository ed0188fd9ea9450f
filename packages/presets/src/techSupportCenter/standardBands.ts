import type { BandInput } from '@kaohe/core';
import { SEED } from '../sources';

const BANDS_CLAUSE = '设定总分值100分,季度得100以上,记优秀,90分以上记良好,70-80分记合格,70分以下记需改进';

/**
 * The rating bands of seed 000 as the presets read them: half-open intervals that
 * leave no gap — excellent ≥ 100, good [90, 100), qualified [70, 90), needs improvement < 70.
 */
export const standardBands: BandInput[] = [
  { id: 'excellent', name: { 'zh-CN': '优秀', en: 'excellent' }, min: 100, provenance: { source: SEED.techSupportCenter, clause: '季度得100以上,记优秀' } },
  { id: 'good', name: { 'zh-CN': '良好', en: 'good' }, min: 90, max: 100, provenance: { source: SEED.techSupportCenter, clause: '90分以上记良好' } },
  {
    id: 'qualified',
    name: { 'zh-CN': '合格', en: 'qualified' },
    min: 70,
    max: 90,
    provenance: { inferred: 'the text rates 70-80 as 合格 and leaves (80, 90) unrated; the gap is read as 合格', source: SEED.techSupportCenter, clause: BANDS_CLAUSE },
  },
  {
    id: 'needs-improvement',
    name: { 'zh-CN': '需改进', en: 'needs improvement' },
    max: 70,
    provenance: { inferred: '"70分以下" includes 70, which "70-80" also rates 合格; 70 is read as 合格', source: SEED.techSupportCenter, clause: '70分以下记需改进' },
  },
];

/**
 * The same bands read literally, top-down as a first-hit table: "X以上" is ≥ X,
 * "70-80" is [70, 80], "70分以下" is ≤ 70. The linter reports their gap (80, 90) and their overlap at 70.
 */
export const literalStandardBands: BandInput[] = [
  { id: 'excellent', name: { 'zh-CN': '优秀', en: 'excellent' }, min: 100, provenance: { source: SEED.techSupportCenter, clause: '季度得100以上,记优秀' } },
  { id: 'good', name: { 'zh-CN': '良好', en: 'good' }, min: 90, provenance: { source: SEED.techSupportCenter, clause: '90分以上记良好' } },
  { id: 'qualified', name: { 'zh-CN': '合格', en: 'qualified' }, min: 70, max: 80, maxInclusive: true, provenance: { source: SEED.techSupportCenter, clause: '70-80分记合格' } },
  { id: 'needs-improvement', name: { 'zh-CN': '需改进', en: 'needs improvement' }, max: 70, maxInclusive: true, provenance: { source: SEED.techSupportCenter, clause: '70分以下记需改进' } },
];
