import type { ScorecardInput } from '@kaohe/core';
import { afterSalesEngineer } from './afterSalesEngineer';
import { afterSalesSupervisor } from './afterSalesSupervisor';
import { departmentManager } from './departmentManager';
import { idcEngineer } from './idcEngineer';
import { implementationEngineer } from './implementationEngineer';
import { networkAdminEngineer } from './networkAdminEngineer';
import { networkOpsSupervisor } from './networkOpsSupervisor';
import { presalesEngineer } from './presalesEngineer';
import { literalStandardBands } from './standardBands';

/** The id of the literal reading of a preset: `<id>.literal`. */
export const literalId = (id: string): string => `${id}.literal`;

const literalName = (scheme: ScorecardInput): ScorecardInput['name'] => ({
  'zh-CN': `${scheme.name['zh-CN']}(字面解读)`,
  en: `${scheme.name.en} (literal reading)`,
});

const BANDS_NOTE = {
  'zh-CN': '按原文字面的等级:100以上优秀,90以上良好,70-80合格,70以下需改进(自上而下首个命中);(80, 90) 无等级,70 同属两个等级。',
  en: 'The bands as the page writes them, read top-down (first hit): ≥ 100 excellent, ≥ 90 good, [70, 80] qualified, ≤ 70 needs improvement; (80, 90) is unrated and 70 falls in two bands.',
};

/**
 * A scheme of seed 000 with its bands read literally (a first-hit table with a gap at
 * (80, 90) and an overlap at 70), kept beside the chosen reading for the linter.
 */
function withLiteralBands(scheme: ScorecardInput, overrides: Partial<ScorecardInput> = {}, note?: ScorecardInput['name']): ScorecardInput {
  const description = note === undefined ? BANDS_NOTE : { 'zh-CN': `${BANDS_NOTE['zh-CN']}${note['zh-CN']}`, en: `${BANDS_NOTE.en} ${note.en}` };
  return { ...scheme, id: literalId(scheme.id), name: literalName(scheme), description, bands: literalStandardBands, bandPolicy: 'first', ...overrides };
}

/** A scheme that `extends` another, pointed at the literal reading of its parent (whose bands it inherits). */
function extendingLiteral(scheme: ScorecardInput & { extends: string }): ScorecardInput {
  return { ...scheme, id: literalId(scheme.id), name: literalName(scheme), description: BANDS_NOTE, extends: literalId(scheme.extends) };
}

/**
 * The literal readings of the Technical Support Center's scorecards:
 * the literal bands for every scheme, and for the department manager a declared total of 100
 * although its items add up to 110.
 */
export const techSupportCenterLiteral = {
  departmentManager: withLiteralBands(departmentManager, { declaredTotal: 100 }, {
    'zh-CN': '设定总分值100分,而各项满分合计110分。',
    en: 'A total of 100 is declared while the items add up to 110.',
  }),
  networkOpsSupervisor: withLiteralBands(networkOpsSupervisor),
  networkAdminEngineer: extendingLiteral(networkAdminEngineer),
  presalesEngineer: withLiteralBands(presalesEngineer),
  implementationEngineer: withLiteralBands(implementationEngineer),
  afterSalesSupervisor: withLiteralBands(afterSalesSupervisor),
  afterSalesEngineer: extendingLiteral(afterSalesEngineer),
  idcEngineer: withLiteralBands(idcEngineer),
} as const satisfies Record<string, ScorecardInput>;
