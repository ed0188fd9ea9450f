import { describe, expect, it } from 'vitest';
import { OrderSpec } from '../regimes/PenaltyRegime';
import { Rule } from '../rules/registry';
import { describeDeadline } from './describeDeadline';
import { describeExpr } from './describeExpr';
import { describeOrderCondition, describePayer } from './describeOrderCondition';
import { describeRule } from './describeRule';

const zh = { locale: 'zh-CN' } as const;
const en = { locale: 'en' } as const;
const page = { locale: 'en', markdown: true } as const;

describe('describeRule', () => {
  const steps = Rule.parse({ kind: 'steps', value: { fact: 'rate' }, target: '0.85', below: { per: '0.05', change: -5 } });

  it('writes a steps rule in both locales, with the rounding in words', () => {
    expect(describeRule(steps, { ...zh, points: 20 })).toBe('起始 20 分。数值 rate;目标 0.85,达到即达标。低于目标每 0.05:−5(只计整档)。');
    expect(describeRule(steps, { ...page, points: 20 })).toBe('Starts at 20. Value `rate`; target 0.85, which meets the standard. Per 0.05 below the target: −5 (whole steps only).');
  });

  it('writes names as code spans only in Markdown', () => {
    const rule = Rule.parse({ kind: 'perOccurrence', source: { events: 'outages' }, each: -10, allowance: 1, per: 'month' });
    expect(describeRule(rule, en)).toBe('For each event of outages, after 1 free per month: −10.');
    expect(describeRule(rule, page)).toBe('For each event of `outages`, after 1 free per month: −10.');
    expect(describeRule(rule, zh)).toBe('outages 的每个事件(每月前 1 次不计):−10。');
  });

  it('names raters and how they combine, and a choice by its options’ names', () => {
    const rated = Rule.parse({ kind: 'rated', max: 10, raters: [{ id: 'lead' }, { id: 'peer' }] });
    expect(describeRule(rated, zh)).toBe('评分 0–10,由 lead、peer 评分,按算术平均合成。');
    expect(describeRule(rated, en)).toBe('Rated 0–10 by lead and peer, combined by mean.');
    const choice = Rule.parse({ kind: 'choice', fact: 'quality', options: [{ value: 'good', points: 5, name: { en: 'good', 'zh-CN': '良好' } }, { value: 'poor', points: -5 }] });
    expect(describeRule(choice, zh)).toBe('按 quality:良好 +5,poor −5。');
  });

  it('says when the first matching tier counts', () => {
    const tiers = Rule.parse({ kind: 'tiers', value: { fact: 'x' }, hitPolicy: 'first', tiers: [{ max: 3, points: 0 }, { min: 3, points: -5 }] });
    expect(describeRule(tiers, zh)).toBe('数值 x:(−∞, 3) → 0;[3, +∞) → −5(首个命中)。');
    expect(describeRule(tiers, en)).toBe('Value x: (−∞, 3) → 0; [3, +∞) → −5 (hit policy: first).');
  });

  it('writes a conditional expression with both branches', () => {
    const expr = { if: { fact: 'passed', operator: 'equal' as const, value: true }, then: 10, else: 0 };
    expect(describeExpr(expr, zh)).toBe('若 passed = true 则 10,否则 0');
    expect(describeExpr(expr, page)).toBe('if `passed` = true then 10 else 0');
  });
});

describe('deadlines, order conditions and payers', () => {
  it('writes a deadline rule in Chinese', () => {
    const rule = Rule.parse({
      kind: 'deadline',
      events: 'tickets',
      checks: [{ id: 'restore', name: { en: 'restore', 'zh-CN': '恢复' }, from: 'reportedAt', to: 'restoredAt', limit: { hours: 4 }, each: -5 }],
    });
    if (rule.kind !== 'deadline') throw new Error('a deadline rule');
    expect(describeDeadline(rule, zh, 20)).toBe('起始 20 分。考核期内 tickets 中每个事件:恢复:restoredAt 须在 reportedAt 之后 4小时 内,恰在期限时仍算按时;每次未按时 −5。缺少 restoredAt 的,若期限在考核期结束前已过,按未按时计。');
  });

  it('writes an order condition and a payer in both locales', () => {
    const spec = OrderSpec.parse({ kinds: [{ id: 'install', name: { en: 'install', 'zh-CN': '装机' } }], timestamps: [{ name: 'contactedAt', label: { en: 'contact with the user', 'zh-CN': '联系用户' } }] });
    const condition = { missed: { step: 'contactedAt', within: { minutes: 10 }, boundary: 'inclusive' as const } };
    expect(describeOrderCondition(condition, spec, page)).toBe('no contact with the user (`contactedAt`) within 10 minutes of dispatch (`dispatchedAt`) (exactly 10 minutes is on time)');
    expect(describeOrderCondition(condition, spec, zh)).toBe('派单(dispatchedAt)后 10分钟 内未联系用户(contactedAt)(恰好 10分钟 仍算按时)');
    expect(describePayer({ role: 'station-head', from: 'reportingLine' }, zh)).toBe('被考核人汇报线上最近的该角色持有人');
  });
});
