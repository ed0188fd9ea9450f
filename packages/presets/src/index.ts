export { SEED } from './sources';
export { standardBands, literalStandardBands } from './techSupportCenter/standardBands';
export { networkOpsSupervisor } from './techSupportCenter/networkOpsSupervisor';
export { presalesEngineer } from './techSupportCenter/presalesEngineer';
export { techSupportCenter, opsDepartment, techDepartment } from './organisations';
