import { describe, expect, it } from 'vitest';
import { kaoheErrorOf } from '../evaluate/testScheme';
import { compileScheme, appraiseScheme } from '../evaluate/compileScheme';
import { appraiseRegime } from './appraiseRegime';
import { compileRegime } from './compileRegime';
import type { OrgChartInput } from '../model/orgChart';
import type { PenaltyRegimeInput } from './PenaltyRegime';
import { thresholdIntervals, windowMonths } from './thresholds';

/** A small regime: tickets must be answered in under 30 minutes (不满30分钟, exclusive); 1 point each, 20 CNY a point. */
const regime: PenaltyRegimeInput = {
  schemaVersion: 1,
  kind: 'penaltyRegime',
  id: 'test/desk',
  version: '2',
  name: { 'zh-CN': '测试', en: 'test' },
  finePerPoint: 20,
  orders: { fact: 'tickets', kinds: [{ id: 'call', name: { 'zh-CN': '来电', en: 'call' } }], start: { name: 'openedAt', label: { 'zh-CN': '来电', en: 'call' } }, timestamps: [{ name: 'answeredAt', label: { 'zh-CN': '应答', en: 'answer' } }] },
  breaches: { kinds: [{ id: 'rude', name: { 'zh-CN': '态度', en: 'rudeness' } }] },
  offences: [
    { id: 'A', name: { 'zh-CN': '应答慢', en: 'slow answer' }, on: { orders: ['call'], when: { missed: { step: 'answeredAt', within: { minutes: 30 }, boundary: 'exclusive' } } }, points: '1', provenance: { inferred: 'test' } },
    { id: 'B', name: { 'zh-CN': '态度', en: 'rude' }, on: { breaches: 'rude' }, fine: '30.5', provenance: { inferred: 'test' } },
  ],
  collective: [
    { id: 'C', name: { 'zh-CN': '连带', en: 'joint' }, on: { orders: ['call'], when: { missed: { step: 'answeredAt', within: { hours: 1 } } } }, fine: 10, payers: [{ role: 'lead', from: 'holder' }], provenance: { inferred: 'test' } },
  ],
  sanctionKinds: [{ id: 'warning', name: { 'zh-CN': '警告', en: 'warning' }, severity: 1 }],
  thresholds: [
    { id: 'two-months', name: { 'zh-CN': '两个月', en: 'two months' }, measure: { breaches: 'rude' }, months: 2, tiers: [{ min: 2, sanction: 'warning' }], provenance: { inferred: 'test' } },
  ],
};
const compiled = compileRegime(regime);
const org: OrgChartInput = {
  schemaVersion: 1,
  kind: 'orgChart',
  id: 'o',
  name: { 'zh-CN': '组', en: 'team' },
  roles: [{ id: 'lead', name: { 'zh-CN': '组长', en: 'lead' } }, { id: 'agent', name: { 'zh-CN': '坐席', en: 'agent' }, reportsTo: 'lead' }],
  people: [{ id: 'L', name: 'Lead', roles: [{ role: 'lead' }] }, { id: 'U', name: 'Agent', roles: [{ role: 'agent' }] }],
};
const call = (answeredAt?: string) => ({ id: 'c1', kind: 'call', openedAt: '2026-03-02T10:00:00+08:00', ...(answeredAt === undefined ? {} : { answeredAt }) });


describe('penalty regimes', () => {
  it('reads 不满 as exclusive: an answer at exactly 30 minutes is late', () => {
    const result = appraiseRegime(compiled, { subject: 'U', period: '2026-03', facts: { tickets: [call('2026-03-02T10:30:00+08:00')] } }, { org });
    expect([result.points, result.fine.total]).toEqual(['1.00', '20.00']);
    expect(appraiseRegime(compiled, { subject: 'U', period: '2026-03', facts: { tickets: [call('2026-03-02T10:29:59+08:00')] } }).points).toBe('0.00');
  });

  it('keeps money exact and shows it with two decimals', () => {
    const result = appraiseRegime(compiled, { subject: 'U', period: '2026-03', facts: { breaches: [{ at: '2026-03-03T09:00:00+08:00', kind: 'rude' }] } });
    expect(result.fine).toMatchObject({ currency: 'CNY', total: '30.50' });
  });

  it('resolves the one holder of a role, and measures breaches over a window with history', () => {
    const result = appraiseRegime(
      compiled,
      { subject: 'U', period: '2026-03', facts: { tickets: [call()], breaches: [{ at: '2026-03-03T09:00:00+08:00', kind: 'rude' }], history: [{ month: '2026-02', points: 0, breaches: { rude: 1 } }] } },
      { org },
    );
    expect(result.collectiveFines.map((f) => [f.person, f.amount])).toEqual([['L', '10.00']]);
    expect(result.sanctions.map((s) => [s.id, s.months, s.value])).toEqual([['warning', ['2026-02', '2026-03'], '2.00']]);
  });

  it('goes through compileScheme and appraiseScheme', async () => {
    const result = await appraiseScheme(compileScheme(regime), { subject: 'U', period: '2026-03', facts: {} });
    expect(result).toMatchObject({ kind: 'penaltyRegime', points: '0.00', fine: { total: '0.00', lines: [] }, sanctions: [], outcome: 'none' });
  });

  it('without explanations gives every figure and no line: the result’s lines and its fine’s are empty', async () => {
    const late = { tickets: [call('2026-03-02T11:30:00+08:00')], breaches: [{ at: '2026-03-03T09:00:00+08:00', kind: 'rude' }], history: [{ month: '2026-02', points: 0, breaches: { rude: 1 } }] };
    // The lead is the subject: the collective fine is their own, a line of their fine.
    for (const input of [{ subject: 'U', period: '2026-03', facts: late }, { subject: 'L', period: '2026-03', facts: late }, { subject: 'U', period: '2026-03', facts: {} }]) {
      const full = appraiseRegime(compiled, input, { org });
      const bare = appraiseRegime(compiled, input, { org, explain: false });
      expect(bare).toEqual({ ...full, fine: { ...full.fine, lines: [] }, lines: [] });
      expect(await appraiseScheme(compiled, input, { org, explain: false })).toEqual(bare);
      expect(appraiseRegime(compiled, input, { org, explain: 'eager' })).toEqual(full);
    }
    const lead = appraiseRegime(compiled, { subject: 'L', period: '2026-03', facts: late }, { org });
    expect(lead.fine.lines.map((line) => line.kind)).toContain('collective');
    expect(appraiseRegime(compiled, { subject: 'L', period: '2026-03', facts: late }, { org, explain: false }).fine.total).toBe(lead.fine.total);
  });

  it('rejects bad references at compile time, with paths', () => {
    const bad = { ...regime, offences: [{ ...regime.offences[0], on: { orders: ['visit'], when: { missed: { step: 'closedAt', within: { minutes: 5 } } } } }] };
    expect(kaoheErrorOf(() => compileRegime(bad)).issues.map((i) => i.path)).toEqual([
      ['offences', 0, 'on', 'orders', 0],
      ['offences', 0, 'on', 'when'],
    ]);
    expect(kaoheErrorOf(() => compileRegime({ ...regime, extra: 1 })).code).toBe('scheme_invalid');
    expect(kaoheErrorOf(() => compileRegime(JSON.parse('{"__proto__": {}}'))).code).toBe('unsafe_key');
  });

  it('rejects bad input: unknown keys, bad times, history of the period itself, repeated ids', () => {
    const run = (facts: Record<string, unknown>) => kaoheErrorOf(() => appraiseRegime(compiled, { subject: 'U', period: '2026-03', facts }));
    expect(run({ tickets: [{ ...call(), closedAt: 'x' }] }).path).toEqual(['facts', 'tickets', 0]);
    expect(run({ tickets: [call('yesterday')] })).toMatchObject({ code: 'event_time_invalid', path: ['facts', 'tickets', 0, 'answeredAt'] });
    expect(run({ history: [{ month: '2026-03', points: 1 }] }).path).toEqual(['facts', 'history', 0, 'month']);
    expect(run({ tickets: [call(), call()] }).path).toEqual(['facts', 'tickets', 1, 'id']);
    expect(kaoheErrorOf(() => appraiseRegime(compiled, { subject: 'U', period: '2026-Q1', facts: {} })).code).toBe('period_invalid');
  });

  it('exposes windows and tiers as plain data', () => {
    expect(windowMonths('2026-01', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    const threshold = compiled.scheme.thresholds[0];
    expect(threshold === undefined ? [] : thresholdIntervals(threshold).map((row) => [row.id, row.sanction, row.interval.min?.toString()])).toEqual([['two-months[0]', 'warning', '2']]);
  });
});
