export { SEED } from './sources';
export { presets, getPreset, presetSchemes } from './catalogue';
export type { PresetEntry, PresetStatus } from './catalogueEntry';
export { standardBands, literalStandardBands } from './techSupportCenter/standardBands';
export { networkOpsSupervisor } from './techSupportCenter/networkOpsSupervisor';
export { presalesEngineer } from './techSupportCenter/presalesEngineer';
export { techSupportCenter, opsDepartment, techDepartment } from './organisations';
