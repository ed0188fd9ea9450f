import { readFile } from 'node:fs/promises';
import { appraiseScheme, compileScheme, type CompiledScheme, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';

/** The repository's root, where examples/ is. */
export const root = new URL('../../../', import.meta.url);

/** The worked examples: preset, subjects file under examples/subjects, and the org chart a regime needs. */
export const EXAMPLES: ReadonlyArray<readonly [preset: string, file: string, org?: string]> = [
  ['tech-support-center/department-manager', 'example-a.json'],
  ['tech-support-center/network-ops-supervisor', 'example-b.json'],
  ['tech-support-center/presales-engineer', 'example-c.json'],
  ['tech-support-center/implementation-engineer', 'example-d.json'],
  ['tech-support-center/after-sales-supervisor', 'example-e.json'],
  ['tech-support-center/idc-engineer', 'example-f.json'],
  ['ops-department/customer-service-rep', 'example-g.json'],
  ['tech-department/presales-project', 'example-h.json'],
  ['tech-department/implementation-project', 'example-i.json'],
  ['tech-department/after-sales-project', 'example-j.json'],
  ['broadband-field-ops/technician', 'example-k.json', 'examples/orgs/broadband-field-ops.json'],
];

/** A preset, compiled. For tests. */
export function compiledPreset(id: string): CompiledScheme {
  const entry = getPreset(id);
  if (entry === undefined) throw new Error(`no preset ${id}`);
  return compileScheme(entry.scheme, { schemes: presetSchemes });
}

/** A JSON file of the repository, parsed. For tests. */
export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(path, root), 'utf8')) as unknown;
}

/**
 * Appraises the subjects of a JSON file (one subject or an array) with a compiled scheme. For tests.
 *
 * @example
 * const results = await appraiseFile(compiledPreset('tech-support-center/presales-engineer'), 'examples/subjects/example-c.json');
 */
export async function appraiseFile(compiled: CompiledScheme, file: string, org?: string): Promise<SchemeResult[]> {
  const data = await readJson(file);
  const chart = org === undefined ? undefined : ((await readJson(org)) as OrgChartInput);
  const results: SchemeResult[] = [];
  for (const input of Array.isArray(data) ? data : [data]) results.push(await appraiseScheme(compiled, input, chart === undefined ? {} : { org: chart }));
  return results;
}
