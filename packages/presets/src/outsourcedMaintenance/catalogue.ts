import type { PresetEntry } from '../catalogueEntry';
import { SEED } from '../sources';
import { dutyDesk } from './dutyDesk';
import { vendor } from './vendor';

/** The presets of the outsourced maintenance (seed 004). */
export const outsourcedMaintenancePresets: PresetEntry[] = [
  { id: vendor.id, name: vendor.name, organisation: 'outsourced-maintenance', sources: [SEED.outsourcedMaintenance], status: 'complete', section: '6', scheme: vendor },
  { id: dutyDesk.id, name: dutyDesk.name, organisation: 'outsourced-maintenance', sources: [SEED.outsourcedMaintenance], status: 'complete', section: '6', scheme: dutyDesk },
];
