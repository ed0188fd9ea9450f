import type { PresetEntry } from '../catalogueEntry';

/** The presets of the outsourced maintenance (seed 004, SCHEMES.md §6). */
export const outsourcedMaintenancePresets: PresetEntry[] = [];
