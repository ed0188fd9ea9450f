import { AdapterError } from './AdapterError.js';
import type { Mapping, MappingInput } from './mappingSchema.js';
import networkOpsSupervisor from './mappings/network-ops-supervisor.json';
import presalesEngineer from './mappings/presales-engineer.json';
import { parseMapping } from './parseMapping.js';

/**
 * The default column mappings shipped with the package, by preset id: the headers a
 * department writes in its own sheets (姓名, 工号, 客户满意度, 故障恢复时长(分钟) …).
 * One JSON file per preset in `src/mappings/`; add a preset by adding a file here.
 */
export const DEFAULT_MAPPINGS: Readonly<Record<string, MappingInput>> = Object.freeze({
  'tech-support-center/network-ops-supervisor': networkOpsSupervisor as MappingInput,
  'tech-support-center/presales-engineer': presalesEngineer as MappingInput,
});

const parsed = new Map<string, Mapping>();

/**
 * The default mapping of a preset, validated.
 *
 * @example
 * const mapping = defaultMapping('tech-support-center/presales-engineer');
 * mapping.tables[0].columns.map((c) => c.to) // ['subject', 'period', 'projectsApproved', …]
 * @throws AdapterError `unknownMapping` when the preset has no default mapping.
 */
export function defaultMapping(presetId: string): Mapping {
  const cached = parsed.get(presetId);
  if (cached) return cached;
  if (!Object.prototype.hasOwnProperty.call(DEFAULT_MAPPINGS, presetId)) {
    throw new AdapterError('unknownMapping', { id: presetId, known: Object.keys(DEFAULT_MAPPINGS).join(', ') });
  }
  const mapping = parseMapping(DEFAULT_MAPPINGS[presetId]);
  parsed.set(presetId, mapping);
  return mapping;
}
