import { describe, expect, it } from 'vitest';
import { toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { appraise, appraiseMany, appraiseSync } from './appraise';
import { compile } from './compile';
import { testItem, testScheme } from './testScheme';

const stepItem = testItem('S', { kind: 'steps', value: { fact: 'rate' }, target: '0.85', below: { per: '0.05', change: -5 } }, { points: 20 });
const stepScheme = testScheme([stepItem], { inputs: [{ name: 'rate', type: 'ratio' }] });

function points(scheme: unknown, facts: Record<string, unknown>, extra: Record<string, unknown> = {}): string | undefined {
  return appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts, ...extra }).items[0]?.points;
}

describe('steps', () => {
  it('counts 0.85 − 0.80 as one whole 5-point step, exactly', () => {
    expect(points(stepScheme, { rate: 0.8 })).toBe('15.00');
    expect(points(stepScheme, { rate: '0.80' })).toBe('15.00');
    expect(points(stepScheme, { rate: 0.8000001 })).toBe('20.00');
    expect(points(stepScheme, { rate: 0.85 })).toBe('20.00');
    expect(points(stepScheme, { rate: 0.75 })).toBe('10.00');
    expect(points(stepScheme, { rate: 0 })).toBe('0.00');
  });

  it('rounds partial steps up with ceil and pro rata with linear', () => {
    const ceil = testScheme([{ ...stepItem, rule: { kind: 'steps', value: { fact: 'rate' }, target: '0.85', below: { per: '0.05', change: -5, rounding: 'ceil' } } }]);
    expect(points(ceil, { rate: 0.84 })).toBe('15.00');
    const linear = testScheme([{ ...stepItem, rule: { kind: 'steps', value: { fact: 'rate' }, target: '0.85', below: { per: '0.05', change: -5, rounding: 'linear' } } }]);
    expect(points(linear, { rate: 0.84 })).toBe('19.00');
  });

  it('stops an item with its own points at 0 (扣完为止) with a floor line, and its lines add up to its points', () => {
    const result = appraiseSync(compile(stepScheme), { subject: 's', period: '2026-Q3', facts: { rate: 0 } });
    const item = result.items[0];
    expect(item?.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['score', '20'],
      ['deduction', '-85'],
      ['floor', '65'],
    ]);
    expect(item?.lines.reduce((sum, l) => sum.plus(l.amount), toDecimal(0)).toString()).toBe('0');
    expect(item?.lines[1]?.message['zh-CN']).toBe('S 项S:0 低于目标 0.85 共 0.85:17 档(每档 0.05)× -5 = -85');
  });
});

describe('events and time zones', () => {
  const outageScheme = testScheme(
    [testItem('N1', { kind: 'perOccurrence', source: { events: 'outages' }, each: -10, allowance: 1, per: 'month' })],
    { model: 'deduction', base: 100, inputs: [{ name: 'outages', type: 'events', fields: [{ name: 'at', type: 'datetime' }] }] },
  );
  const run = (ats: string[], timeZone?: string) =>
    appraiseSync(compile(timeZone === undefined ? outageScheme : { ...outageScheme, timeZone }), { subject: 's', period: '2026-Q3', facts: { outages: ats.map((at) => ({ at })) } });

  it('dates an event by its local time in the organisation: 2026-07-01T00:30:00+08:00 is in July', () => {
    const result = run(['2026-07-01T00:30:00+08:00', '2026-07-20T10:00:00+08:00']);
    expect(result.total).toBe('90.00');
    expect(result.items[0]?.lines.map((l) => l.message.en)).toEqual([
      'N1 item N1: event #1 of 2026-07-01 is occurrence 1 in 2026-07, within the allowance of 1',
      'N1 item N1: event #2 of 2026-07-20 (2026-07): -10',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the same instant written in UTC the same way, and leaves out events before the period with a warning', () => {
    expect(run(['2026-06-30T16:30:00Z', '2026-07-20T10:00:00+08:00']).total).toBe('90.00');
    const early = run(['2026-06-30T23:30:00+08:00', '2026-07-20T10:00:00+08:00']);
    expect(early.total).toBe('100.00');
    expect(early.warnings.map((w) => [w.code, w.path])).toEqual([['event_outside_period', ['facts', 'outages', 0]]]);
  });

  it('uses the time zone the scheme names', () => {
    expect(run(['2026-07-01T00:30:00+08:00', '2026-07-20T10:00:00+08:00'], 'UTC').total).toBe('100.00');
  });

  it('names the bad field of an event and reports every bad field at once', () => {
    let caught: KaoheError | undefined;
    try {
      appraiseSync(compile(outageScheme), { subject: 'E-9', period: '2026-Q3', facts: { outages: [{ at: '2026-07-01' }, { at: 'soon' }] } });
    } catch (error) {
      caught = error as KaoheError;
    }
    expect(caught?.code).toBe('event_time_invalid');
    expect(caught?.issues.map((i) => i.path)).toEqual([
      ['facts', 'outages', 0, 'at'],
      ['facts', 'outages', 1, 'at'],
    ]);
    expect(caught?.message.split('\n')[0]).toBe('subject E-9: facts.outages[0].at: "2026-07-01" is not an ISO 8601 date-time with an offset (e.g. 2026-07-01T09:30:00+08:00)');
  });
});

describe('totals, bands and errors', () => {
  it('floors a deduction total at 0 with a line of its own, so the lines still add up', () => {
    const scheme = testScheme([testItem('A6', { kind: 'perOccurrence', source: { fact: 'complaints' }, each: -10 })], {
      model: 'deduction',
      base: 100,
      inputs: [{ name: 'complaints', type: 'count' }],
    });
    const result = appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts: { complaints: 12 } });
    expect(result.total).toBe('0.00');
    expect(result.items[0]?.points).toBe('-120.00');
    expect(result.lines.map((l) => [l.code, l.amount])).toEqual([
      ['total.base', '100'],
      ['total.floor', '20'],
    ]);
  });

  it('refuses a period of the wrong kind and a missing fact, in the locale asked for', () => {
    expect(() => appraiseSync(compile(stepScheme), { subject: 's', period: '2026-07', facts: { rate: 1 } })).toThrow('"2026-07" is not a quarter period (write it as YYYY-Qn)');
    expect(() => appraiseSync(compile(stepScheme), { subject: 's', period: '2026-Q3', facts: {} }, { locale: 'zh-CN' })).toThrow('subject s: facts.rate: 缺少必需的事实 "rate"');
  });

  it('rejects an invalid scheme with every bad field and its path', () => {
    let caught: KaoheError | undefined;
    try {
      compile(testScheme([testItem('X', { kind: 'steps', value: { fact: 'r' }, target: 'high' })]), { locale: 'zh-CN' });
    } catch (error) {
      caught = error as KaoheError;
    }
    expect(caught?.code).toBe('scheme_invalid');
    expect(caught?.path).toEqual(['items', 0, 'rule', 'target']);
    expect(caught?.format('en')).toContain('items[0].rule.target: invalid scheme');
    expect(caught?.message).toContain('方案无效');
  });

  it('computes a weighted total as Σ weight × achievement', () => {
    const weights = [40, 30, 20, 10];
    const scheme = testScheme(
      weights.map((weight, i) => testItem(`W${i + 1}`, { kind: 'rated', min: 0, max: 100 }, { weight })),
      { model: 'weighted' },
    );
    const result = appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', ratings: { W1: 90, W2: 85, W3: 100, W4: 80 } });
    expect(result.items.map((i) => i.points)).toEqual(['36.00', '25.50', '20.00', '8.00']);
    expect(result.total).toBe('89.50');
    expect(result.band?.id).toBe('low');
  });

  it('names the missing weights of a weighted scheme', () => {
    const scheme = testScheme([testItem('W1', { kind: 'rated' }, { weight: 100 }), testItem('W2', { kind: 'rated' })], { model: 'weighted' });
    expect(() => compile(scheme)).toThrow('items without a weight: W2');
  });
});

describe('condition rules through json-rules-engine', () => {
  const scheme = testScheme(
    [testItem('C', { kind: 'condition', when: { all: [{ fact: 'tickets', operator: 'greaterThan', value: '9' }] }, points: 5 }, { points: 5 })],
    { inputs: [{ name: 'tickets', type: 'count' }] },
  );

  it('are refused by appraiseSync with a clear error', () => {
    expect(() => appraiseSync(compile(scheme), { subject: 's', period: '2026-Q3', facts: { tickets: 10 } })).toThrow(
      'scheme "test/scheme" has condition rules (C) that run through json-rules-engine: use appraise(), not appraiseSync()',
    );
  });

  it('compare decimals as numbers, not strings, in appraise', async () => {
    expect((await appraise(compile(scheme), { subject: 's', period: '2026-Q3', facts: { tickets: 10 } })).items[0]?.points).toBe('5.00');
    expect((await appraise(compile(scheme), { subject: 's', period: '2026-Q3', facts: { tickets: 9 } })).items[0]?.points).toBe('0.00');
  });

  it('refuse a JSONPath that is more than plain steps', () => {
    const withPath = testScheme([testItem('C', { kind: 'condition', when: { all: [{ fact: 'x', operator: 'equal', value: 1, path: '$..[?(@.a)]' }] }, points: 1 })]);
    expect(() => compile(withPath)).toThrow(KaoheError);
  });
});

describe('inheritance and review', () => {
  const parent = testScheme([stepItem], {
    id: 'test/parent',
    inputs: [{ name: 'rate', type: 'ratio' }],
    review: {
      levels: [
        { id: 'supervisor', name: { 'zh-CN': '直接主管', en: 'direct supervisor' } },
        { id: 'head', name: { 'zh-CN': '部门负责人', en: 'department head' } },
      ],
    },
  });
  const child = { schemaVersion: 1, kind: 'scorecard', id: 'test/child', version: '1', name: { 'zh-CN': '子', en: 'child' }, extends: 'test/parent' };

  it('inherits everything a child leaves out, and keeps both review levels', () => {
    const compiled = compile(child, { schemes: [parent] });
    expect(compiled.scheme.lineage).toEqual(['test/parent']);
    const result = appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { rate: 0.8 } }, { reviews: [{ level: 'head', reviewer: 'p-01', adjustments: [{ item: 'S', points: 18, reason: '客户书面表扬' }] }] });
    expect(result.total).toBe('18.00');
    expect(result.reviews.map((r) => [r.level, r.total, r.adjustments.length])).toEqual([
      ['supervisor', '15.00', 0],
      ['head', '18.00', 1],
    ]);
    expect(result.items[0]?.lines.at(-1)?.message['zh-CN']).toBe('部门负责人 将 S 由 15.00 调整为 18.00:客户书面表扬');
  });

  it('refuses an adjustment without a reason or beyond the item, an unknown parent, and a cycle', () => {
    const compiled = compile(child, { schemes: [parent] });
    const input = { subject: 's', period: '2026-Q3', facts: { rate: 0.8 } };
    expect(() => appraiseSync(compiled, input, { reviews: [{ level: 'head', adjustments: [{ item: 'S', points: 18, reason: ' ' }] }] })).toThrow('an adjustment needs a reason');
    expect(() => appraiseSync(compiled, input, { reviews: [{ level: 'head', adjustments: [{ item: 'S', points: 21, reason: 'x' }] }] })).toThrow('points must lie within 0–20.00');
    expect(() => compile(child)).toThrow('no scheme with id "test/parent"');
    expect(() => compile({ ...parent, extends: 'test/child' }, { schemes: [child] })).toThrow('test/parent → test/child → test/parent');
  });
});

describe('appraiseMany', () => {
  it('streams one result a subject', async () => {
    const inputs = [0.85, 0.8, 0.5].map((rate, i) => ({ subject: `s${i}`, period: '2026-Q3', facts: { rate } }));
    const totals: string[] = [];
    for await (const result of appraiseMany(compile(stepScheme), inputs)) totals.push(result.total);
    expect(totals).toEqual(['20.00', '15.00', '0.00']);
  });
});

describe('results as data', () => {
  it('serialise, clone and spread with every message, though messages render on first read', () => {
    const result = appraiseSync(compile(stepScheme), { subject: 's', period: '2026-Q3', facts: { rate: 0.8 } });
    const line = result.items[0]?.lines[1];
    const expected = { 'zh-CN': 'S 项S:0.8 低于目标 0.85 共 0.05:1 档(每档 0.05)× -5 = -5', en: 'S item S: 0.8 is 0.05 below the target 0.85: 1 step(s) of 0.05 × -5 = -5' };
    expect((JSON.parse(JSON.stringify(result)) as typeof result).items[0]?.lines[1]?.message).toEqual(expected);
    expect(structuredClone(result).items[0]?.lines[1]?.message).toEqual(expected);
    expect({ ...line?.message }).toEqual(expected);
    expect(Object.keys(line?.message ?? {})).toEqual(['zh-CN', 'en']);
  });
});
