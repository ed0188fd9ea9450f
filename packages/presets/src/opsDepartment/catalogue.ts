import type { ScorecardInput } from '@kaohe/core';
import type { PresetEntry, PresetStatus } from '../catalogueEntry';
import { SEED } from '../sources';
import { customerServiceManager } from './customerServiceManager';
import { customerServiceRep } from './customerServiceRep';
import { opsManager } from './opsManager';
import { techSupportDeputy } from './techSupportDeputy';
import { techSupportManager } from './techSupportManager';

const entry = (scheme: ScorecardInput, status: PresetStatus = 'complete'): PresetEntry => ({
  id: scheme.id,
  name: scheme.name,
  organisation: 'ops-department',
  sources: [SEED.opsDepartment],
  status,
  section: '3',
  scheme,
});

/** The presets of the Operations Department (seed 001). */
export const opsDepartmentPresets: PresetEntry[] = [
  entry(opsManager),
  entry(customerServiceManager),
  entry(customerServiceRep),
  entry(techSupportManager),
  entry(techSupportDeputy, 'draft'),
];
