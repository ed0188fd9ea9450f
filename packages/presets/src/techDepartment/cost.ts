import type { Expr, FactSpec, ItemInput } from '@kaohe/core';
import { source } from './common';

const COST_CLAUSE =
  '工程费用20%……合理使用费用,与预算误差不足5% 20……节约预算6-20%,扣1分;超支预算6-20%,扣2分 18-19……节约预算20%以上,每多10%扣1分;超支预算20%,每多10%扣2分(不足10%,按10%算) 18以下';

/** d = (actualCost − budget) / budget: negative for a saving, positive for an overrun. */
const deviation: Expr = { ratio: [{ op: 'sub', args: [{ fact: 'actualCost' }, { fact: 'budget' }] }, { fact: 'budget' }] };

/** Saving over 20%: 19 − 1 per further 10% or part of it. */
const bigSaving: Expr = { op: 'sub', args: [19, { op: 'ceil', args: [{ op: 'div', args: [{ op: 'sub', args: ['-0.2', { value: true }] }, '0.1'] }] }] };
/** Overrun over 20%: 18 − 2 per further 10% or part of it. */
const bigOverrun: Expr = { op: 'sub', args: [18, { op: 'mul', args: [2, { op: 'ceil', args: [{ op: 'div', args: [{ op: 'sub', args: [{ value: true }, '0.2'] }, '0.1'] }] }] }] };

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * The tiers of the cost item. The chosen reading starts the middle tier at 5%; the literal one at
 * 6%, leaving [5%, 6%) unrated on both sides.
 */
function costTiers(middleFrom: string) {
  const negated = `-${middleFrom}`;
  return [
    { max: '-0.2', maxInclusive: false, points: bigSaving, label: label('节约预算20%以上,每多10%扣1分(不足10%按10%算)', 'saving over 20%: −1 per further 10% or part of it') },
    { min: '-0.2', max: negated, minInclusive: true, maxInclusive: true, points: 19, label: label(`节约预算${middleFrom === '0.05' ? '5' : '6'}-20%,扣1分`, `saving ${middleFrom === '0.05' ? '5' : '6'}–20%: −1`) },
    { min: '-0.05', max: '0.05', minInclusive: false, maxInclusive: false, points: 20, label: label('与预算误差不足5%', 'within 5% of the budget') },
    { min: middleFrom, max: '0.2', minInclusive: true, maxInclusive: true, points: 18, label: label(`超支预算${middleFrom === '0.05' ? '5' : '6'}-20%,扣2分`, `overrun ${middleFrom === '0.05' ? '5' : '6'}–20%: −2`) },
    { min: '0.2', minInclusive: false, points: bigOverrun, label: label('超支预算20%以上,每多10%扣2分(不足10%按10%算)', 'overrun over 20%: −2 per further 10% or part of it') },
  ];
}

/** The budget and actual cost the cost item reads. */
export function costFacts(budgetNote: { 'zh-CN': string; en: string }): FactSpec[] {
  return [
    { name: 'budget', type: 'money', min: '0.01', description: budgetNote },
    { name: 'actualCost', type: 'money', min: 0, description: { 'zh-CN': '实际费用(元)', en: 'actual cost (CNY)' } },
  ];
}

/**
 * The cost item (工程费用, 20) from the budget and the actual cost: |d| < 5% → 20; saving 5–20% → 19;
 * overrun 5–20% → 18; beyond 20%, −1 (saving) or −2 (overrun) per further 10% or part of it; floor 0.
 * With `literal`, the middle tiers start at 6% as the form writes them.
 */
export function costItem(options: { literal?: boolean; inferredItem?: string } = {}): ItemInput {
  const literal = options.literal === true;
  const reasons = [
    '"不足10%,按10%算" is written after the overrun clause and applied to saving too (ceil)',
    '"20%以上" on the saving side and "超支预算20%" on the overrun side are read as beyond 20% (the value at 20% is the same either way)',
    ...(literal ? [] : ['the form starts the middle tier at 6%, leaving [5%, 6%) unrated; this reading starts it at 5%']),
    ...(options.inferredItem === undefined ? [] : [options.inferredItem]),
  ];
  return {
    id: 'cost',
    name: { 'zh-CN': '工程费用', en: 'Cost' },
    description: {
      'zh-CN': '偏差 d = (实际费用 − 预算) / 预算。|d| < 5% 得 20 分;节约 5%–20% 得 19 分,超支 5%–20% 得 18 分;节约超过 20% 每多 10%(不足 10% 按 10% 算)扣 1 分,超支超过 20% 每多 10% 扣 2 分;最低 0 分。',
      en: 'Deviation d = (actual − budget) / budget. |d| < 5% → 20; saving 5–20% → 19; overrun 5–20% → 18; beyond 20%, −1 (saving) or −2 (overrun) per further 10% or part of it; at least 0.',
    },
    points: 20,
    rule: { kind: 'tiers', value: deviation, hitPolicy: 'unique', tiers: costTiers(literal ? '0.06' : '0.05') },
    provenance: { inferred: reasons.join('; '), source, clause: COST_CLAUSE },
  };
}
