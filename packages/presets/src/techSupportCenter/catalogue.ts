import type { PresetEntry } from '../catalogueEntry';
import { SEED } from '../sources';
import { networkOpsSupervisor } from './networkOpsSupervisor';
import { presalesEngineer } from './presalesEngineer';

/** The presets of the Technical Support Center (seed 000, SCHEMES.md §2). */
export const techSupportCenterPresets: PresetEntry[] = [
  { id: networkOpsSupervisor.id, name: networkOpsSupervisor.name, organisation: 'tech-support-center', sources: [SEED.techSupportCenter], status: 'complete', section: '2.2', scheme: networkOpsSupervisor },
  { id: presalesEngineer.id, name: presalesEngineer.name, organisation: 'tech-support-center', sources: [SEED.techSupportCenter], status: 'complete', section: '2.4', scheme: presalesEngineer },
];
