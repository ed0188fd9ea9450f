import { lint } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { presets, presetSchemes } from './catalogue';

const ours = presets.filter((entry) => ['tech-support-center', 'ops-department'].includes(entry.organisation));
const findings = (id: string) =>
  lint(ours.find((entry) => entry.id === id)?.scheme, { schemes: presetSchemes }).map((f) => [f.code, f.severity, f.params['interval'] ?? f.params['sum'] ?? f.params['items'] ?? null]);

const literalBandFindings = [
  ['band_gap', 'warning', '(80, 90)'],
  ['band_overlap', 'warning', '[70, 70]'],
];

describe('lint on the presets of §2 and §3', () => {
  it.each(ours.filter((entry) => entry.literal !== true && entry.status === 'complete').map((entry) => entry.id))('%s (chosen reading) has no findings', (id) => {
    expect(findings(id)).toEqual([]);
  });

  it('reports the band gap, the overlap at 70 and the items adding to 110 on the literal department manager', () => {
    expect(findings('tech-support-center/department-manager.literal')).toEqual([['items_total_mismatch', 'warning', '110'], ...literalBandFindings]);
    const [mismatch] = lint(ours.find((entry) => entry.id === 'tech-support-center/department-manager.literal')?.scheme, { schemes: presetSchemes });
    expect(mismatch?.params).toMatchObject({ sum: '110', declared: '100' });
  });

  it.each(ours.filter((entry) => entry.literal === true && entry.id !== 'tech-support-center/department-manager.literal').map((entry) => entry.id))(
    '%s reports the band gap (80, 90) and the overlap at 70',
    (id) => {
      expect(findings(id)).toEqual(literalBandFindings);
    },
  );

  it('reports the missing weight of the DPT-YW-05 draft, and that it is a draft', () => {
    expect(findings('ops-department/tech-support-deputy')).toEqual([
      ['weights_missing', 'error', 'W1'],
      ['status', 'info', null],
    ]);
  });
});

describe('lint on every preset scorecard: no band above the greatest possible total', () => {
  it.each(presets.filter((entry) => (entry.scheme as { kind?: unknown }).kind === 'scorecard').map((entry) => entry.id))('%s', (id) => {
    const scheme = presets.find((entry) => entry.id === id)?.scheme;
    expect(lint(scheme, { schemes: presetSchemes }).filter((f) => f.code === 'band_above_maximum')).toEqual([]);
  });
});
