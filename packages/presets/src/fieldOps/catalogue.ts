import type { PresetEntry } from '../catalogueEntry';
import { SEED } from '../sources';
import { technician, technicianLiteral } from './technician';

/** The presets of the broadband field technicians (seed 003): the chosen reading, then the literal one. */
export const fieldOpsPresets: PresetEntry[] = [
  { id: technician.id, name: technician.name, organisation: 'broadband-field-ops', sources: [SEED.fieldOps], status: 'complete', section: '5', scheme: technician },
  { id: technicianLiteral.id, name: technicianLiteral.name, organisation: 'broadband-field-ops', sources: [SEED.fieldOps], status: 'complete', section: '5', scheme: technicianLiteral, literal: true },
];
