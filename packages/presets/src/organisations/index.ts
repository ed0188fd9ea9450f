export { techSupportCenter } from './techSupportCenter';
export { opsDepartment } from './opsDepartment';
export { techDepartment } from './techDepartment';
