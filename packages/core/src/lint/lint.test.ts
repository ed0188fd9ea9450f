import { describe, expect, it } from 'vitest';
import { lint } from './lint';

const base = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'test/literal',
  version: '1',
  name: { 'zh-CN': '测试', en: 'test' },
  period: 'quarter',
  model: 'points',
  items: [{ id: 'X', name: { 'zh-CN': '甲', en: 'x' }, points: 100, rule: { kind: 'rated' }, provenance: { inferred: 'test' } }],
};

const literalBands = [
  { id: 'excellent', name: { 'zh-CN': '优秀', en: 'excellent' }, min: 100 },
  { id: 'good', name: { 'zh-CN': '良好', en: 'good' }, min: 90 },
  { id: 'qualified', name: { 'zh-CN': '合格', en: 'qualified' }, min: 70, max: 80, maxInclusive: true },
  { id: 'needs-improvement', name: { 'zh-CN': '需改进', en: 'needs improvement' }, max: 70, maxInclusive: true },
];

describe('lint', () => {
  it('reports the gap (80, 90) and the overlap at 70 of the literal seed-000 bands, and nothing else', () => {
    const findings = lint({ ...base, bands: literalBands, bandPolicy: 'first' });
    expect(findings.map((f) => [f.code, f.params['interval']])).toEqual([
      ['band_gap', '(80, 90)'],
      ['band_overlap', '[70, 70]'],
    ]);
    const overlap = findings[1];
    expect(overlap?.params).toMatchObject({ first: 'qualified', second: 'needs-improvement' });
    expect(overlap?.message.en).toBe('bands qualified and needs-improvement both cover [70, 70]');
    expect(overlap?.message['zh-CN']).toBe('等级 qualified 与 needs-improvement 同时覆盖 [70, 70]');
  });

  it('finds nothing in the chosen half-open bands', () => {
    const bands = [
      { id: 'excellent', name: { 'zh-CN': '优秀', en: 'excellent' }, min: 100 },
      { id: 'good', name: { 'zh-CN': '良好', en: 'good' }, min: 90, max: 100 },
      { id: 'qualified', name: { 'zh-CN': '合格', en: 'qualified' }, min: 70, max: 90 },
      { id: 'needs-improvement', name: { 'zh-CN': '需改进', en: 'needs improvement' }, max: 70 },
    ];
    expect(lint({ ...base, bands })).toEqual([]);
  });

  it('reports every overlap of a unique-hit table, and a band that can never be hit under first-hit', () => {
    const unique = lint({ ...base, bands: literalBands.slice(0, 2) });
    expect(unique.map((f) => [f.code, f.params['interval']])).toEqual([
      ['band_gap', '[0, 90)'],
      ['band_overlap', '[100, +∞)'],
    ]);
    const shadowed = lint({ ...base, bandPolicy: 'first', bands: [literalBands[1], literalBands[0]] });
    expect(shadowed.map((f) => f.code)).toEqual(['band_gap', 'band_unreachable']);
  });

  it('reports items adding to a total other than the declared one, and missing or unbalanced weights', () => {
    expect(lint({ ...base, declaredTotal: 110 }).map((f) => [f.code, f.params['sum']])).toEqual([['items_total_mismatch', '100']]);
    const weighted = { ...base, model: 'weighted', items: [{ ...base.items[0], points: undefined, weight: 60 }, { ...base.items[0], id: 'Y', points: undefined }] };
    expect(lint(weighted).map((f) => [f.code, f.severity, f.params['items']])).toEqual([['weights_missing', 'error', 'Y']]);
    const unbalanced = { ...weighted, items: [{ ...weighted.items[0] }, { ...weighted.items[1], weight: 30 }] };
    expect(lint(unbalanced).map((f) => [f.code, f.params['sum']])).toEqual([['weights_not_100', '90']]);
  });

  it('reports tier gaps, facts read but not declared, and extends cycles', () => {
    const tiers = {
      ...base,
      declaredTotal: 20,
      inputs: [{ name: 'deviation', type: 'ratio' }],
      items: [
        {
          id: 'C',
          name: { 'zh-CN': '成本', en: 'cost' },
          points: 20,
          rule: {
            kind: 'tiers',
            value: { op: 'abs', args: [{ fact: 'dev' }] },
            tiers: [
              { max: 0.05, points: 20 },
              { min: 0.06, max: 0.2, maxInclusive: true, points: 18 },
              { min: 0.2, minInclusive: false, points: 16 },
            ],
          },
          provenance: { inferred: 'test' },
        },
      ],
    };
    expect(lint(tiers).map((f) => [f.code, f.params['interval'] ?? f.params['fact']])).toEqual([
      ['fact_undeclared', 'dev'],
      ['tier_gap', '[0.05, 0.06)'],
      ['fact_unused', 'deviation'],
    ]);
    const a = { ...base, id: 'a', extends: 'b' };
    const b = { ...base, id: 'b', extends: 'a' };
    expect(lint(a, { schemes: [a, b] }).map((f) => [f.code, f.params['cycle']])).toEqual([['extends_cycle', 'a → b → a']]);
  });

  it('turns a scheme that does not parse into findings with paths, and never throws', () => {
    const findings = lint({ ...base, items: [{ ...base.items[0], rule: { kind: 'steps', target: 'x' } }] });
    expect(findings[0]?.code).toBe('scheme_invalid');
    expect(findings[0]?.path.slice(0, 3)).toEqual(['items', 0, 'rule']);
    expect(lint(JSON.parse('{"kind":"scorecard","__proto__":{"x":1}}'))[0]?.code).toBe('scheme_invalid');
  });
});
