import * as z from 'zod';
import { ChoiceRule, choiceFacts } from './choice';
import { ConditionRule, conditionFacts } from './condition';
import { DeadlineRule, deadlineFacts } from './deadline';
import { FormulaRule, formulaFacts, formulaItems } from './formula';
import { PerOccurrenceRule, perOccurrenceFacts } from './perOccurrence';
import { RatedRule } from './rated';
import { RatioRule, ratioFacts, ratioItems } from './ratio';
import { StepsRule, stepsFacts, stepsItems } from './steps';
import { TiersRule, tiersFacts, tiersItems } from './tiers';

/** Every rule kind an item may use, told apart by `kind`. */
export const Rule = z.discriminatedUnion('kind', [
  StepsRule,
  PerOccurrenceRule,
  TiersRule,
  ChoiceRule,
  RatioRule,
  RatedRule,
  FormulaRule,
  ConditionRule,
  DeadlineRule,
]).meta({ examples: [{ kind: 'steps', value: { fact: 'availability' }, target: '0.999', below: { per: '0.001', change: -2 } }, { kind: 'choice', fact: 'audit', options: [{ value: 'good', points: 5 }, { value: 'fail', points: -5 }] }] });
/** A rule. */
export type Rule = z.infer<typeof Rule>;
/** A rule as written before defaults. */
export type RuleInput = z.input<typeof Rule>;
/** The name of a rule kind. */
export type RuleKind = Rule['kind'];

/** The names of every rule kind. */
export const RULE_KINDS: readonly RuleKind[] = ['steps', 'perOccurrence', 'tiers', 'choice', 'ratio', 'rated', 'formula', 'condition', 'deadline'];

/** The facts a rule reads. */
export function ruleFacts(rule: Rule): Set<string> {
  switch (rule.kind) {
    case 'steps':
      return stepsFacts(rule);
    case 'perOccurrence':
      return perOccurrenceFacts(rule);
    case 'tiers':
      return tiersFacts(rule);
    case 'choice':
      return choiceFacts(rule);
    case 'ratio':
      return ratioFacts(rule);
    case 'rated':
      return new Set();
    case 'formula':
      return formulaFacts(rule);
    case 'condition':
      return conditionFacts(rule);
    case 'deadline':
      return deadlineFacts(rule);
  }
}

/** The items a rule reads (they must come earlier in the scheme). */
export function ruleItems(rule: Rule): Set<string> {
  switch (rule.kind) {
    case 'steps':
      return stepsItems(rule);
    case 'tiers':
      return tiersItems(rule);
    case 'ratio':
      return ratioItems(rule);
    case 'formula':
      return formulaItems(rule);
    default:
      return new Set();
  }
}

/** Whether a rule kind needs the asynchronous path (json-rules-engine). */
export function isAsyncRule(rule: Rule): boolean {
  return rule.kind === 'condition';
}
