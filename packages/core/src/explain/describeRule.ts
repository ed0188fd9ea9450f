import { toDecimal } from '../decimal';
import { formatInterval, toInterval } from '../model/interval';
import type { Rule } from '../rules/registry';
import type { PerOccurrenceRule } from '../rules/perOccurrence';
import type { RatedRule } from '../rules/rated';
import type { StepsRule } from '../rules/steps';
import type { Tier } from '../rules/tiers';
import { byLocale, nameText, signed, withSign, type DescribeOptions } from './DescribeOptions';
import { describeDeadline } from './describeDeadline';
import { describeExpr, describePredicateText } from './describeExpr';
import { enumText } from './enumText';

/** Options of {@link describeRule}: the locale, Markdown or plain text, and the item's own points. */
export interface DescribeRuleOptions extends DescribeOptions {
  /** The item's own points, if any: where rules start from, and the scale of `ratio` and `rated` rules. */
  readonly points?: number | string;
}

/** What an item scores from before its rule adds or takes points: its own points, or 0. */
function startText(start: number | string | undefined, options: DescribeRuleOptions): string {
  const from = start ?? options.points;
  return from === undefined ? '' : byLocale(options, `起始 ${signed(from)} 分。`, `Starts at ${signed(from)}. `);
}

function tierText(tier: Tier, options: DescribeOptions): string {
  const label = tier.label === undefined ? '' : byLocale(options, `(${tier.label['zh-CN']})`, ` (${tier.label.en})`);
  return `${formatInterval(toInterval(tier))} → ${describeExpr(tier.points, options)}${label}`;
}

function stepsText(rule: StepsRule, options: DescribeRuleOptions): string {
  const steps = (['below', 'above'] as const)
    .map((direction) => {
      const spec = rule[direction];
      if (spec === undefined) return '';
      const rounding = enumText('rounding', spec.rounding ?? 'floor')[options.locale];
      return byLocale(
        options,
        `${direction === 'below' ? '低于' : '高于'}目标每 ${signed(spec.per)}:${withSign(spec.change)}(${rounding})。`,
        ` Per ${signed(spec.per)} ${direction} the target: ${withSign(spec.change)} (${rounding}).`,
      );
    })
    .join('');
  const value = describeExpr(rule.value, options);
  return `${startText(rule.start, options)}${byLocale(options, `数值 ${value};目标 ${signed(rule.target)},达到即达标。`, `Value ${value}; target ${signed(rule.target)}, which meets the standard.`)}${steps}`;
}

function perOccurrenceText(rule: PerOccurrenceRule, options: DescribeRuleOptions): string {
  const where = 'events' in rule.source && rule.source.where !== undefined ? describePredicateText(rule.source.where, options) : undefined;
  const source = nameText('fact' in rule.source ? rule.source.fact : rule.source.events, options);
  const tiered = typeof rule.each === 'object' ? { field: nameText(rule.each.field, options), tiers: rule.each.tiers.map((tier) => tierText(tier, options)) } : undefined;
  const window = rule.per ?? 'period';
  const allowance = rule.allowance ?? 0;
  if (options.locale === 'zh-CN') {
    const what = 'fact' in rule.source ? `${source} 每次` : `${source} 的每个事件${where === undefined ? '' : `(满足 ${where})`}`;
    const amount = tiered === undefined ? withSign(rule.each as number | string) : `按 ${tiered.field}:${tiered.tiers.join(';')}`;
    const free = allowance > 0 ? `(${window === 'period' ? '考核期内' : `每${enumText('window', window)['zh-CN']}`}前 ${allowance} 次不计)` : '';
    return `${startText(rule.start, options)}${what}${free}:${amount}。`;
  }
  const what = 'fact' in rule.source ? `each of ${source}` : `each event of ${source}${where === undefined ? '' : ` where ${where}`}`;
  const amount = tiered === undefined ? withSign(rule.each as number | string) : `by ${tiered.field}: ${tiered.tiers.join('; ')}`;
  const per = window === 'period' ? 'in the period' : `per ${enumText('window', window).en}`;
  const free = allowance > 0 ? `, after ${allowance} free ${per}` : '';
  return `${startText(rule.start, options)}For ${what}${free}: ${amount}.`;
}

function ratedText(rule: RatedRule, options: DescribeRuleOptions): string {
  const range = `${signed(rule.min ?? 0)}–${signed(rule.max ?? options.points ?? 100)}`;
  const combine = rule.combine ?? 'mean';
  const divisor = combine === 'divisor' ? ` ${String(rule.divisor ?? '')}` : '';
  const how = enumText('combine', combine)[options.locale];
  const ids = rule.raters?.map((rater) => rater.id);
  const bands = rule.rubric?.map((band) => `${band.min === band.max ? signed(band.min) : `${signed(band.min)}–${signed(band.max)}`} ${band.label[options.locale]}`);
  if (options.locale === 'zh-CN') {
    const raters = ids === undefined ? '' : `,由 ${ids.join('、')} 评分,按${how}${divisor}合成`;
    return `评分 ${range}${raters}。${bands === undefined ? '' : `评分标准:${bands.join(';')}。`}`;
  }
  const raters = ids === undefined ? '' : ` by ${ids.join(' and ')}, combined by ${how}${divisor}`;
  return `Rated ${range}${raters}.${bands === undefined ? '' : ` Rubric (评分标准): ${bands.join('; ')}.`}`;
}

/**
 * A rule in words, in zh-CN or English, as plain text or Markdown: what `kaohe presets show`
 * prints, what the preset pages print, and what a report can print beside an item.
 *
 * @example
 * describeRule({ kind: 'perOccurrence', source: { fact: 'complaints' }, each: -10, allowance: 0, per: 'period' }, { locale: 'zh-CN', points: 20 });
 * // '起始 20 分。complaints 每次:−10。'
 * describeRule({ kind: 'perOccurrence', source: { fact: 'complaints' }, each: -10, allowance: 0, per: 'period' }, { locale: 'en', markdown: true });
 * // 'For each of `complaints`: −10.'
 */
export function describeRule(rule: Rule, options: DescribeRuleOptions): string {
  switch (rule.kind) {
    case 'steps':
      return stepsText(rule, options);
    case 'perOccurrence':
      return perOccurrenceText(rule, options);
    case 'tiers': {
      const value = describeExpr(rule.value, options);
      const tiers = rule.tiers.map((tier) => tierText(tier, options));
      const first = rule.hitPolicy === 'first' ? byLocale(options, `(${enumText('hitPolicy', 'first')['zh-CN']})`, ` (hit policy: ${enumText('hitPolicy', 'first').en})`) : '';
      return byLocale(options, `数值 ${value}:${tiers.join(';')}${first}。`, `Value ${value}: ${tiers.join('; ')}${first}.`);
    }
    case 'choice': {
      const choices = rule.options.map((option) => `${options.locale === 'zh-CN' && option.name !== undefined ? option.name['zh-CN'] : option.value} ${withSign(option.points)}`);
      const fact = nameText(rule.fact, options);
      return byLocale(options, `按 ${fact}:${choices.join(',')}。`, `By ${fact}: ${choices.join(', ')}.`);
    }
    case 'ratio': {
      const value = describeExpr(rule.value, options);
      const target = rule.target === undefined || toDecimal(rule.target).equals(1) ? value : `${value.includes(' ') ? `(${value})` : value} / ${signed(rule.target)}`;
      return `${options.points === undefined ? '100' : signed(options.points)} × min(${signed(rule.cap ?? 1)}, ${target})${byLocale(options, '。', '.')}`;
    }
    case 'rated':
      return ratedText(rule, options);
    case 'formula':
      return `${describeExpr(rule.value, options)}${byLocale(options, '。', '.')}`;
    case 'deadline':
      return describeDeadline(rule, options, options.points);
    case 'condition': {
      const when = JSON.stringify(rule.when);
      return byLocale(
        options,
        `json-rules-engine 条件 ${when} 成立时:${withSign(rule.points)};否则 ${withSign(rule.otherwise ?? 0)}。`,
        `When the json-rules-engine condition ${when} holds: ${withSign(rule.points)}; otherwise ${withSign(rule.otherwise ?? 0)}.`,
      );
    }
  }
}
