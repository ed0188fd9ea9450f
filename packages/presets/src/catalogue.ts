import type { PresetEntry } from './catalogueEntry';
import { fieldOpsPresets } from './fieldOps/catalogue';
import { itServiceDeskPresets } from './itServiceDesk/catalogue';
import { opsDepartmentPresets } from './opsDepartment/catalogue';
import { outsourcedMaintenancePresets } from './outsourcedMaintenance/catalogue';
import { techDepartmentPresets } from './techDepartment/catalogue';
import { techSupportCenterPresets } from './techSupportCenter/catalogue';

/** Every preset, chosen readings first and literal readings after, by organisation in the order of the source documents (000 to 004). */
export const presets: readonly PresetEntry[] = [
  ...techSupportCenterPresets,
  ...opsDepartmentPresets,
  ...techDepartmentPresets,
  ...fieldOpsPresets,
  ...outsourcedMaintenancePresets,
  ...itServiceDeskPresets,
];

const byId = new Map(presets.map((entry) => [entry.id, entry]));

/**
 * The preset with an id, or `undefined`.
 *
 * @example
 * getPreset('tech-support-center/presales-engineer')?.status; // 'complete'
 */
export function getPreset(id: string): PresetEntry | undefined {
  return byId.get(id);
}

/**
 * Every preset's scheme by id: the scheme source that `compile` needs to resolve `extends`.
 *
 * @example
 * compile(getPreset('tech-support-center/network-admin-engineer')!.scheme, { schemes: presetSchemes });
 */
export const presetSchemes: ReadonlyMap<string, unknown> = new Map(presets.map((entry) => [entry.id, entry.scheme]));
