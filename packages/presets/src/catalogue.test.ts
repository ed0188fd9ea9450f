import { compile, resolveScorecard, type Provenance } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { getPreset, presets, presetSchemes } from './catalogue';
import { opsDepartment, techSupportCenter } from './organisations';
import { SEED } from './sources';

const seedFiles = new Set<string>(Object.values(SEED));

/** Why a provenance is not acceptable, or `undefined` when it is. */
function provenanceProblem(provenance: unknown): string | undefined {
  if (typeof provenance !== 'object' || provenance === null) return 'no provenance';
  const p = provenance as Partial<Record<'source' | 'clause' | 'inferred', unknown>>;
  if (typeof p.inferred === 'string') {
    if (p.inferred.trim() === '') return 'an empty inferred reason';
    return p.source === undefined || seedFiles.has(String(p.source)) ? undefined : `unknown seed ${String(p.source)}`;
  }
  if (typeof p.source !== 'string' || !seedFiles.has(p.source)) return `unknown seed ${String(p.source)}`;
  return typeof p.clause === 'string' && p.clause.trim() !== '' ? undefined : 'no clause';
}

/** The items, vetoes, bands and readings of a preset's scheme, inheritance resolved for scorecards. */
function citedParts(scheme: unknown): Array<{ path: string; provenance: unknown }> {
  const kind = (scheme as { kind?: unknown }).kind;
  const data = (kind === 'scorecard' ? resolveScorecard(scheme, presetSchemes) : scheme) as Record<string, unknown>;
  const parts: Array<{ path: string; provenance: unknown }> = [];
  for (const key of ['items', 'vetoes', 'readings'] as const) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((part: { id?: string; provenance?: Provenance }, index) => parts.push({ path: `${key}[${part.id ?? index}]`, provenance: part.provenance }));
  }
  return parts;
}

describe('catalogue', () => {
  it('has unique ids', () => {
    expect(new Set(presets.map((entry) => entry.id)).size).toBe(presets.length);
  });

  it('cites, for every item, veto and reading of every preset, a seed file of SEED and a clause, or an inferred reason', () => {
    const problems: string[] = [];
    for (const entry of presets) {
      for (const { path, provenance } of citedParts(entry.scheme)) {
        const problem = provenanceProblem(provenance);
        if (problem !== undefined) problems.push(`${entry.id} ${path}: ${problem}`);
      }
      for (const source of entry.sources) if (!seedFiles.has(source)) problems.push(`${entry.id}: unknown source ${source}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists the presets of §2 and §3 under the ids of §9', () => {
    const ids = (organisation: string, literal: boolean) => presets.filter((e) => e.organisation === organisation && (e.literal ?? false) === literal).map((e) => e.id);
    expect(ids('tech-support-center', false)).toEqual([
      'tech-support-center/department-manager',
      'tech-support-center/network-ops-supervisor',
      'tech-support-center/network-admin-engineer',
      'tech-support-center/presales-engineer',
      'tech-support-center/implementation-engineer',
      'tech-support-center/after-sales-supervisor',
      'tech-support-center/after-sales-engineer',
      'tech-support-center/idc-engineer',
    ]);
    expect(ids('tech-support-center', true)).toEqual(ids('tech-support-center', false).map((id) => `${id}.literal`));
    expect(ids('ops-department', false)).toEqual([
      'ops-department/ops-manager',
      'ops-department/customer-service-manager',
      'ops-department/customer-service-rep',
      'ops-department/tech-support-manager',
      'ops-department/tech-support-deputy',
    ]);
  });

  it('gives each entry of §2 and §3 the id, name and status of its scheme', () => {
    for (const entry of presets.filter((e) => ['tech-support-center', 'ops-department'].includes(e.organisation))) {
      const scheme = entry.scheme as { id: string; name: unknown; status?: string };
      expect(scheme.id).toBe(entry.id);
      expect(scheme.name).toEqual(entry.name);
      expect(scheme.status ?? 'complete', entry.id).toBe(entry.status);
    }
  });

  it('compiles every complete scorecard of §2 and §3, literal readings included', () => {
    const complete = presets.filter((e) => ['tech-support-center', 'ops-department'].includes(e.organisation) && e.status === 'complete');
    expect(complete).toHaveLength(8 + 8 + 4);
    for (const entry of complete) expect(() => compile(entry.scheme, { schemes: presetSchemes }), entry.id).not.toThrow();
  });

  it('has a preset for the scorecard of every role of the two organisations, and names the role in it', () => {
    for (const chart of [techSupportCenter, opsDepartment]) {
      for (const role of chart.roles) {
        const entry = role.scorecard === undefined ? undefined : getPreset(role.scorecard);
        expect(entry, role.id).toBeDefined();
        expect(entry?.organisation).toBe(chart.id);
        expect((entry?.scheme as { roles?: string[] }).roles).toEqual([role.id]);
      }
    }
  });
});
