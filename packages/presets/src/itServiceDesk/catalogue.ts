import type { PresetEntry } from '../catalogueEntry';
import { SEED } from '../sources';
import { customerServiceTemplate } from './customerService';

/** The presets of the IT service desk (seed 003): a template whose weights the user sets. */
export const itServiceDeskPresets: PresetEntry[] = [
  { id: customerServiceTemplate.id, name: customerServiceTemplate.name, organisation: 'it-service-desk', sources: [SEED.fieldOps], status: 'template', section: '7', scheme: customerServiceTemplate },
];
