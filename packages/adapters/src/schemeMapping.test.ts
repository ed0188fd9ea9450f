import { presets, getPreset, presetSchemes } from '@kaohe/presets';
import { appraiseSync, compile, resolveScorecard } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { readAllInputs } from './readInputs.js';
import { schemeMapping } from './schemeMapping.js';

const scorecards = presets.filter((p) => (p.scheme as { kind?: string }).kind === 'scorecard');

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

describe('schemeMapping', () => {
  it('makes a valid mapping for every scorecard preset that declares inputs or rated items', () => {
    expect(scorecards.length).toBeGreaterThan(5);
    for (const preset of scorecards) {
      const mapping = schemeMapping(preset.scheme, { schemes: presetSchemes });
      const targets = mapping.tables.flatMap((t) => t.columns.map((c) => (t.mode === 'perEvent' ? `${t.fact}.${c.to.replace(/^fields\./, '')}` : c.to)));
      const resolved = resolveScorecard(preset.scheme, presetSchemes);
      for (const spec of resolved.inputs) {
        if (spec.type === 'events') for (const field of spec.fields) expect(targets, preset.id).toContain(`${spec.name}.${field.name}`);
        else expect(targets, preset.id).toContain(spec.name);
      }
      for (const item of resolved.items) {
        if (item.rule.kind === 'rated') expect(targets.some((t) => t === `ratings.${item.id}` || t.startsWith(`ratings.${item.id}.`)), `${preset.id} ${item.id}`).toBe(true);
      }
    }
  });

  it('finds every column of every preset under the headers it generates (the Chinese descriptions)', async () => {
    for (const preset of scorecards) {
      const mapping = schemeMapping(preset.scheme, { schemes: presetSchemes, override: null });
      for (const table of mapping.tables) {
        const header = csvLine(table.columns.map((c) => c.headers[0] ?? c.to));
        const { report } = await readAllInputs(Buffer.from(`${header}\n`), { mapping: { ...mapping, tables: [table] }, period: '2026-Q3' });
        expect(report.sheets[0], `${preset.id} ${table.id}`).toMatchObject({ table: table.id, unmappedHeaders: [] });
      }
    }
  });

  it('reads a sheet written with the generated headers into an input the scheme appraises', async () => {
    const id = 'tech-support-center/presales-engineer';
    const mapping = schemeMapping(getPreset(id)?.scheme, { override: null });
    const table = mapping.tables[0]!;
    expect(table.columns.map((c) => c.headers[0])).toEqual([
      '工号', '姓名', '考核期间', '公司批准立项的项目数', '签订合同的项目数', '经营指标完成率',
      '降低经营成本', '售前支持的及时性及准确性(项目经理)', '售前支持的及时性及准确性(商务销售)', '重点项目分析论证',
    ]);
    const csv = `${csvLine(table.columns.map((c) => c.headers[0] ?? ''))}\nE2001,张伟,2026-Q3,10,6,95%,8,9,8,9\n`;
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { mapping });
    expect(report.rejected).toEqual([]);
    expect(inputs[0]).toMatchObject({ subject: 'E2001', name: '张伟', period: '2026-Q3' });
    expect(appraiseSync(compile(getPreset(id)?.scheme), inputs[0]).total).toBe('90.14');
  });

  it('merges the shipped mapping over the generated one: the department’s headers first, the generated ones as aliases', () => {
    const mapping = schemeMapping(getPreset('tech-support-center/network-ops-supervisor')?.scheme);
    const quality = mapping.tables[0]!.columns.find((c) => c.to === 'networkQuality')!;
    expect(quality.headers.slice(0, 2)).toEqual(['网络质量评定', '网络质量']);
    expect(quality.headers).toContain('季度网络质量评估');
    expect(quality.values?.good).toEqual(expect.arrayContaining(['好', '良好', 'good']));
    expect(mapping.tables.map((t) => t.id)).toEqual(['appraisal', 'outages']);
  });

  it('reads a sheet headed with the JSON input\'s own field names: subject, name, period', async () => {
    const id = 'tech-support-center/presales-engineer';
    const csv = 'subject,name,period,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分\nE2001,张伟,2026-Q3,10,6,95%,8,9,8,9\n';
    const { inputs, report } = await readAllInputs(Buffer.from(csv), { scheme: getPreset(id)?.scheme, schemes: presetSchemes });
    expect(report.rejected).toEqual([]);
    expect(inputs).toEqual([expect.objectContaining({ subject: 'E2001', name: '张伟', period: '2026-Q3' })]);
    const events = schemeMapping(getPreset('tech-support-center/network-ops-supervisor')?.scheme, { schemes: presetSchemes }).tables[1]!;
    expect(events.columns.find((c) => c.to === 'subject')?.headers).toContain('subject');
  });

  it('refuses what is not a scorecard', () => {
    const regime = presets.find((p) => (p.scheme as { kind?: string }).kind !== 'scorecard');
    if (regime) expect(() => schemeMapping(regime.scheme)).toThrow(expect.objectContaining({ code: 'mappingUnavailable' }));
    expect(() => schemeMapping({ kind: 'nothing' })).toThrow(expect.objectContaining({ code: 'mappingUnavailable' }));
  });
});
