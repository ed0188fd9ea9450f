import { describe, expect, it } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { testItem, testScheme } from '../evaluate/testScheme';
import { renderMessage } from '../locales/render';
import { ENUM_VALUES, enumText, type EnumGroups } from './enumText';

const countInput = [{ name: 'complaints', type: 'count' as const }];
const run = (scheme: unknown, facts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts, ...extra });

describe('explanation lines show their arithmetic', () => {
  it('the 扣完为止 line says how far the deductions went past the item’s points', () => {
    const scheme = testScheme([testItem('C', { kind: 'perOccurrence', source: { fact: 'complaints' }, each: -5 }, { points: 20 })], { inputs: countInput });
    const floor = run(scheme, { complaints: 5 }).items[0]?.lines.find((l) => l.code === 'item.floor');
    expect(floor?.amount).toBe('5');
    expect(floor?.message.en).toBe('C item C: deductions of 25 exceed the 20 points the item had: it stops at 0 (扣完为止), +5');
    expect(floor?.message['zh-CN']).toBe('C 项C:扣分 25 超过本项的 20 分,扣完为止,本项记 0 分:+5');
    expect(floor?.arithmetic).toBe('20 − 25 = -5; max(0, -5) = 0');
  });

  it('the cap line names the value that went over the item’s points', () => {
    const scheme = testScheme([testItem('F', { kind: 'formula', value: { op: 'mul', args: [{ fact: 'complaints' }, 10] } }, { points: 20 })], { inputs: countInput });
    const cap = run(scheme, { complaints: 3 }).items[0]?.lines.find((l) => l.code === 'item.cap');
    expect(cap?.message.en).toBe("F item F: 30 exceeds the item's 20 points: capped at 20, -10");
    expect(cap?.message['zh-CN']).toBe('F 项F:30 超过本项分值 20 分,以 20 分封顶:-10');
  });

  it('the total’s floor line names the total it lifts', () => {
    const scheme = testScheme([testItem('A6', { kind: 'perOccurrence', source: { fact: 'complaints' }, each: -10 })], { model: 'deduction', base: 100, inputs: countInput });
    const floor = run(scheme, { complaints: 12 }).lines.find((l) => l.code === 'total.floor');
    expect(floor?.message.en).toBe('the total -20 is below 0: it stops at 0 (扣完为止), +20');
    expect(floor?.message['zh-CN']).toBe('总分 -20 低于 0 分,扣完为止,总分记 0 分:+20');
  });

  it('a formula’s line shows only the branch taken, behind the condition that held', () => {
    const rule = { kind: 'formula' as const, value: { if: { fact: 'passed', operator: 'equal' as const, value: true }, then: 10, else: 0 } };
    const scheme = testScheme([testItem('I', rule, { points: 10 })], { inputs: [{ name: 'passed', type: 'boolean' }] });
    const text = (passed: boolean) => run(scheme, { passed }).items[0]?.lines[0]?.message.en;
    expect(text(true)).toBe('I item I: [passed = true] 10 = 10');
    expect(text(false)).toBe('I item I: [¬(passed = true)] 0 = 0');
  });
});

describe('enumeration values in zh-CN texts', () => {
  it('every value of every group has a word in both locales, and the zh-CN one is not the identifier', () => {
    for (const group of Object.keys(ENUM_VALUES) as Array<keyof EnumGroups>) {
      for (const value of ENUM_VALUES[group]) {
        const code = `enum.${group}.${value}`;
        expect(renderMessage('en', code), code).not.toBe(code);
        expect(renderMessage('zh-CN', code), code).not.toMatch(/[A-Za-z]/);
      }
    }
    expect(enumText('period', 'quarter')).toEqual({ 'zh-CN': '季度', en: 'quarter' });
  });

  it('a combined rating says how it combined in Chinese', () => {
    const rule = { kind: 'rated' as const, max: 10, raters: [{ id: 'lead' }, { id: 'peer' }] };
    const result = run(testScheme([testItem('R', rule, { points: 10 })]), {}, { ratings: { R: { lead: 8, peer: 6 } } });
    expect(result.items[0]?.lines[0]?.message['zh-CN']).toBe('R 项R:2 位评分人(lead 8, peer 6),按算术平均合成:7');
    expect(result.items[0]?.lines[0]?.message.en).toBe('R item R: 2 raters (lead 8, peer 6), mean: 7');
  });

  it('a period of the wrong kind is named in Chinese', () => {
    const scheme = testScheme([testItem('C', { kind: 'perOccurrence', source: { fact: 'complaints' }, each: -5 }, { points: 20 })], { inputs: countInput });
    expect(() => appraiseSync(compile(scheme), { subject: 's', period: '2026-07', facts: { complaints: 0 } }, { locale: 'zh-CN' })).toThrow('"2026-07" 不是季度考核期(格式应为 YYYY-Qn)');
  });
});

describe('deadline lines in zh-CN', () => {
  it('a check that does not apply says why in Chinese', () => {
    const rule = {
      kind: 'deadline' as const,
      events: 'tickets',
      checks: [{ id: 'restore', name: { en: 'restore', 'zh-CN': '恢复' }, from: 'reportedAt', to: 'restoredAt', limit: { hours: 4 }, each: -5 }],
    };
    const inputs = [
      {
        name: 'tickets',
        type: 'events' as const,
        fields: [
          { name: 'reportedAt', type: 'datetime' as const, optional: true },
          { name: 'restoredAt', type: 'datetime' as const, optional: true },
        ],
      },
    ];
    const scheme = testScheme([testItem('T', rule, { points: 20 })], { inputs });
    const result = run(scheme, { tickets: [{ restoredAt: '2026-07-01T10:00:00+08:00' }] });
    const line = result.items[0]?.lines.find((l) => l.code === 'deadline.notApplicable');
    expect(line?.message['zh-CN']).toBe('T 项T:#1 恢复:缺少 reportedAt,期限不适用');
    expect(line?.message.en).toBe('T item T: #1 restore: reportedAt absent');
  });
});
