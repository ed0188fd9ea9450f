import type { PresetEntry } from '../catalogueEntry';

/** The presets of the broadband field technicians (seed 003, SCHEMES.md §5). */
export const fieldOpsPresets: PresetEntry[] = [];
