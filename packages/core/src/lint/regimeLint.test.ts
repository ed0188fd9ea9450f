import { describe, expect, it } from 'vitest';
import type { PenaltyRegimeInput } from '../regimes/PenaltyRegime';
import { lint } from './lint';

const attendance = (literal: boolean): PenaltyRegimeInput => ({
  schemaVersion: 1,
  kind: 'penaltyRegime',
  id: literal ? 'test/attendance.literal' : 'test/attendance',
  version: '1',
  name: { 'zh-CN': '考勤', en: 'attendance' },
  finePerPoint: 0,
  orders: { kinds: [{ id: 'any', name: { 'zh-CN': '工单', en: 'order' } }] },
  counts: [{ name: 'lapses' }],
  offences: [{ id: 'none', name: { 'zh-CN': '无', en: 'none' }, on: { orders: ['any'], when: { flag: 'never' } }, points: 0, provenance: { inferred: 'test' } }],
  sanctionKinds: [
    { id: 'criticism', name: { 'zh-CN': '批评', en: 'criticism' }, severity: 1 },
    { id: 'report', name: { 'zh-CN': '通报', en: 'report' }, severity: 2 },
  ],
  thresholds: [
    {
      id: 'attendance',
      name: { 'zh-CN': '考勤', en: 'attendance' },
      measure: { fact: 'lapses' },
      hitPolicy: literal ? 'first' : 'unique',
      tiers: literal
        ? [{ max: 3, maxInclusive: true, sanction: 'criticism' }, { min: 3, sanction: 'report' }]
        : [{ min: 1, max: 3, maxInclusive: true, sanction: 'criticism' }, { min: 3, minInclusive: false, sanction: 'report' }],
      provenance: { inferred: 'test' },
    },
  ],
});

describe('lint: penalty regimes', () => {
  it('reports the literal overlap at 3 of "3次以内" and "3次以上"', () => {
    const withFlag = (regime: PenaltyRegimeInput): PenaltyRegimeInput => ({ ...regime, orders: { ...regime.orders, flags: [{ name: 'never', label: { 'zh-CN': '从不', en: 'never' } }] } });
    const findings = lint(withFlag(attendance(true)));
    expect(findings.map((f) => [f.code, f.severity, f.path, f.params.interval])).toEqual([['threshold_overlap', 'warning', ['thresholds', 0, 'tiers', 1], '[3, 3]']]);
    expect(findings[0]?.message['zh-CN']).toBe('处理阈值 attendance:档位 1 (criticism) 与 2 (report) 同时覆盖 [3, 3]');
    expect(lint(withFlag(attendance(false)))).toEqual([]);
  });

  it('gives reference errors as findings, never throwing', () => {
    const findings = lint(attendance(false));
    expect(findings.map((f) => [f.code, f.path])).toEqual([['scheme_invalid', ['offences', 0, 'on', 'when']]]);
    expect(lint({ ...attendance(false), extra: true }).map((f) => f.code)).toEqual(['scheme_invalid']);
  });
});
