import { renderBoth } from '../locales/render';
import type { LocalizedText, PeriodKind, SchemeStatus, ScoringModel } from '../model/common';
import type { HitPolicy } from '../model/bands';
import type { RaterCombination } from '../model/raters';
import type { VetoOutcome } from '../model/veto';
import type { AllowanceWindow } from '../rules/perOccurrence';
import type { StepRounding } from '../rules/steps';
import type { Boundary } from '../time/deadline';
import type { ReportKind } from '../time/reportDue';

/**
 * The enumerations whose values reach a sentence, by group. A value is an identifier in the scheme
 * (`quarter`, `mean`); in a zh-CN text it must read as Chinese, so each has a word in the locales.
 */
export interface EnumGroups {
  period: PeriodKind;
  model: ScoringModel;
  status: SchemeStatus;
  combine: RaterCombination;
  hitPolicy: HitPolicy;
  rounding: StepRounding;
  window: AllowanceWindow;
  outcome: VetoOutcome;
  boundary: Boundary;
  report: ReportKind;
}

/** Every value of every group of {@link EnumGroups}, for tests and for tools that list them. */
export const ENUM_VALUES: { readonly [G in keyof EnumGroups]: readonly EnumGroups[G][] } = {
  period: ['month', 'quarter', 'half-year', 'year', 'project'],
  model: ['points', 'deduction', 'weighted'],
  status: ['complete', 'draft', 'template'],
  combine: ['mean', 'weighted', 'divisor'],
  hitPolicy: ['unique', 'first'],
  rounding: ['floor', 'ceil', 'linear'],
  window: ['period', 'month', 'quarter', 'year'],
  outcome: ['fail', 'zeroBonus'],
  boundary: ['inclusive', 'exclusive'],
  report: ['weekly', 'monthly', 'quarterly', 'annual'],
};

/**
 * An enumeration value in words, in both locales, from the `enum.<group>.<value>` messages. Pass it
 * as a message parameter and it renders in the message's locale.
 *
 * @example
 * enumText('period', 'quarter'); // { 'zh-CN': '季度', en: 'quarter' }
 * enumText('combine', 'mean')['zh-CN']; // '算术平均'
 */
export function enumText<G extends keyof EnumGroups>(group: G, value: EnumGroups[G]): LocalizedText {
  return renderBoth(`enum.${group}.${value}`);
}
