import type { PresetEntry } from '../catalogueEntry';

/** The presets of the Technical Department's project appraisals (seed 002, SCHEMES.md §4). */
export const techDepartmentPresets: PresetEntry[] = [];
