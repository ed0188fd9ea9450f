import * as z from 'zod';
import { Decimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import type { EvaluationContext, RuleOutcome } from './context';
import { DecimalLikeSchema, LocalizedText } from '../model/common';
import type { RuleItem } from './ruleKit';
import { FactName } from '../model/predicate';
import { awardKind, line, schemeDecimal, show } from './ruleKit';

/** One option of a choice. */
export const ChoiceOption = z.strictObject({
  value: z.string().min(1).meta({ description: 'The fact\'s value this option matches.', examples: ['good', 'pass'] }),
  points: DecimalLikeSchema.describe('The points the option gives.'),
  name: LocalizedText.optional().describe('The option\'s label, e.g. 良好 / Good.'),
}).meta({ examples: [{ value: 'good', points: 5, name: { 'zh-CN': '良好', en: 'good' } }] });
/** One option of a choice. */
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** `choice`: a categorical fact → points (good +5, pass 0, fail −5). */
export const ChoiceRule = z.strictObject({
  kind: z.literal('choice').describe('A categorical fact → points.'),
  fact: FactName.describe('The categorical fact.'),
  options: z.array(ChoiceOption).min(1).describe('The options; a value outside them is an error.'),
});
/** A choice rule. */
export type ChoiceRule = z.infer<typeof ChoiceRule>;

/** Evaluates a choice rule. */
export function evaluateChoice(rule: ChoiceRule, item: RuleItem, ctx: EvaluationContext): RuleOutcome {
  const raw = ctx.facts[rule.fact];
  const allowed = rule.options.map((o) => o.value).join(', ');
  if (raw === undefined) throw new KaoheError({ code: 'missing_fact', path: ['facts', rule.fact], params: { fact: rule.fact } });
  const value = typeof raw === 'string' ? raw : typeof raw === 'boolean' ? String(raw) : raw instanceof Decimal ? raw.toString() : undefined;
  const option = rule.options.find((o) => o.value === value);
  if (option === undefined) {
    throw new KaoheError({ code: 'unknown_choice', path: ['facts', rule.fact], params: { value: String(value ?? typeof raw), allowed } });
  }
  const points = schemeDecimal(option.points);
  return {
    score: points,
    lines: ctx.explain === false ? [] : [
      line('choice.option', awardKind(item, points), points, `${rule.fact} = ${option.value} → ${show(points)}`, {
        fact: rule.fact,
        value: option.value,
        label: option.name ?? option.value,
      }),
    ],
  };
}

/** Facts a choice rule reads. */
export function choiceFacts(rule: ChoiceRule): Set<string> {
  return new Set([rule.fact]);
}
