import type { BandInput, ScorecardInput } from '@kaohe/core';
import { SEED } from '../sources';
import { standardBands } from '../techSupportCenter/standardBands';

/** The seed the Operations Department's schemes cite. */
export const source = SEED.opsDepartment;

/**
 * Seed 001 gives no bands: the standard bands of seed 000 apply, each marked
 * inferred with the seed-000 clause it reads.
 */
export const opsDepartmentBands: BandInput[] = standardBands.map((band) => ({
  ...band,
  provenance: {
    inferred: 'seed 001 gives no rating bands; the standard bands of seed 000 (the Technical Support Center) apply',
    source: SEED.techSupportCenter,
    clause: '设定总分值100分,季度得100以上,记优秀,90分以上记良好,70-80分记合格,70分以下记需改进',
  },
}));

/** What every weighted sheet of seed 001 shares: the model, the period, the bands and their readings. */
export const weightedSheet = {
  schemaVersion: 1,
  kind: 'scorecard',
  version: '1.0.0',
  organisation: 'ops-department',
  period: 'year',
  model: 'weighted',
  sources: [source],
  bands: opsDepartmentBands,
  bandPolicy: 'unique',
  readings: [
    {
      id: 'annual-weighted',
      chosen: {
        'zh-CN': '按年度考核;每项关键职责由考核人按绩效标准给出0–100的达成分,总分为 Σ 权重 × 达成分;套用标准等级',
        en: 'appraised once a year; the evaluator gives each key responsibility an achievement of 0–100 against its performance standard; the total is Σ weight × achievement; the standard bands apply',
      },
      provenance: {
        inferred: 'the page gives weights and performance standards but no scale, period or bands; its one numeric standard counts checks a year',
        source,
        clause: '考核标准 关键职责 权重 绩效标准',
      },
    },
  ],
} satisfies Omit<ScorecardInput, 'id' | 'name'>;
