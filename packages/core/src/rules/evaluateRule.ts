import { KaoheError } from '../errors/KaoheError';
import type { EvaluationContext, RuleOutcome } from './context';
import type { RuleItem } from './ruleKit';
import { evaluateChoice } from './choice';
import { evaluateDeadline } from './deadline';
import { evaluateFormula } from './formula';
import { evaluatePerOccurrence } from './perOccurrence';
import { evaluateRated } from './rated';
import { evaluateRatio } from './ratio';
import type { Rule } from './registry';
import { evaluateSteps } from './steps';
import { evaluateTiers } from './tiers';

/**
 * Evaluates a synchronous rule for one item. `condition` rules are not synchronous: they go through
 * json-rules-engine in `appraise`.
 */
export function evaluateRule(rule: Rule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  switch (rule.kind) {
    case 'steps':
      return evaluateSteps(rule, item, ctx);
    case 'perOccurrence':
      return evaluatePerOccurrence(rule, item, ctx);
    case 'tiers':
      return evaluateTiers(rule, item, ctx);
    case 'choice':
      return evaluateChoice(rule, item, ctx);
    case 'ratio':
      return evaluateRatio(rule, item, ctx);
    case 'rated':
      return evaluateRated(rule, item, ctx);
    case 'formula':
      return evaluateFormula(rule, item, ctx);
    case 'deadline':
      return evaluateDeadline(rule, item, ctx);
    case 'condition':
      throw new KaoheError({ code: 'async_required', path: [], params: { scheme: '', items: item.id } });
  }
}
