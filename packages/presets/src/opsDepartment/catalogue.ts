import type { PresetEntry } from '../catalogueEntry';

/** The presets of the Operations Department (seed 001, SCHEMES.md §3). */
export const opsDepartmentPresets: PresetEntry[] = [];
