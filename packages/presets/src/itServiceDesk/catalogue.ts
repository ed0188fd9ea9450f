import type { PresetEntry } from '../catalogueEntry';

/** The presets of the IT service desk (seed 003, SCHEMES.md §7). */
export const itServiceDeskPresets: PresetEntry[] = [];
