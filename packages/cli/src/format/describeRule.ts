import type { Locale, RuleInput } from '@kaohe/core';

const num = (value: unknown): string => (typeof value === 'number' || typeof value === 'string' ? String(value) : '?');

/** A rule in a few words, for `kaohe presets show`. */
export function describeRule(rule: RuleInput, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (rule.kind) {
    case 'steps': {
      const parts: string[] = [];
      if (rule.below !== undefined) parts.push(zh ? `低于目标 ${num(rule.target)} 每 ${num(rule.below.per)} 计 ${num(rule.below.change)}` : `per ${num(rule.below.per)} below ${num(rule.target)}: ${num(rule.below.change)}`);
      if (rule.above !== undefined) parts.push(zh ? `高于目标 ${num(rule.target)} 每 ${num(rule.above.per)} 计 ${num(rule.above.change)}` : `per ${num(rule.above.per)} above ${num(rule.target)}: ${num(rule.above.change)}`);
      return parts.join('; ');
    }
    case 'perOccurrence': {
      const source = 'fact' in rule.source ? rule.source.fact : rule.source.events;
      const each = typeof rule.each === 'object' ? (zh ? `按 ${rule.each.field} 分档` : `tiered on ${rule.each.field}`) : num(rule.each);
      const allowance = (rule.allowance ?? 0) > 0 ? (zh ? `,每${rule.per ?? 'period'}允许 ${rule.allowance} 次` : `, ${rule.allowance} allowed per ${rule.per ?? 'period'}`) : '';
      return zh ? `${source} 每次 ${each}${allowance}` : `${each} each ${source}${allowance}`;
    }
    case 'tiers':
      return zh ? `${rule.tiers.length} 档` : `${rule.tiers.length} tiers`;
    case 'choice':
      return rule.options.map((o) => `${o.value} ${num(o.points)}`).join(' / ');
    case 'ratio':
      return zh ? `按比例(目标 ${num(rule.target ?? 1)})` : `pro rata (target ${num(rule.target ?? 1)})`;
    case 'rated': {
      const raters = rule.raters?.map((r) => r.id).join(', ');
      return zh ? `评分 ${num(rule.min ?? 0)}–${num(rule.max ?? '')}${raters === undefined ? '' : `(${raters})`}` : `rated ${num(rule.min ?? 0)}–${num(rule.max ?? '')}${raters === undefined ? '' : ` by ${raters}`}`;
    }
    case 'formula':
      return zh ? '公式' : 'formula';
    case 'condition':
      return zh ? '条件(json-rules-engine)' : 'condition (json-rules-engine)';
    default:
      return (rule as { kind: string }).kind;
  }
}
