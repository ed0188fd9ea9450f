import type { ScorecardInput } from '@kaohe/core';
import type { PresetEntry, PresetStatus } from '../catalogueEntry';
import { SEED } from '../sources';
import { afterSalesEngineer } from './afterSalesEngineer';
import { afterSalesSupervisor } from './afterSalesSupervisor';
import { departmentManager } from './departmentManager';
import { idcEngineer } from './idcEngineer';
import { implementationEngineer } from './implementationEngineer';
import { techSupportCenterLiteral as literal } from './literalReadings';
import { networkAdminEngineer } from './networkAdminEngineer';
import { networkOpsSupervisor } from './networkOpsSupervisor';
import { presalesEngineer } from './presalesEngineer';

const entry = (scheme: ScorecardInput, section: string, status: PresetStatus = 'complete', isLiteral = false): PresetEntry => ({
  id: scheme.id,
  name: scheme.name,
  organisation: 'tech-support-center',
  sources: [SEED.techSupportCenter],
  status,
  section,
  scheme,
  ...(isLiteral ? { literal: true } : {}),
});

/** The presets of the Technical Support Center (seed 000): chosen readings, then literal ones. */
export const techSupportCenterPresets: PresetEntry[] = [
  entry(departmentManager, '2.1'),
  entry(networkOpsSupervisor, '2.2'),
  entry(networkAdminEngineer, '2.3'),
  entry(presalesEngineer, '2.4'),
  entry(implementationEngineer, '2.5'),
  entry(afterSalesSupervisor, '2.6'),
  entry(afterSalesEngineer, '2.7'),
  entry(idcEngineer, '2.8'),
  entry(literal.departmentManager, '2.1', 'complete', true),
  entry(literal.networkOpsSupervisor, '2.2', 'complete', true),
  entry(literal.networkAdminEngineer, '2.3', 'complete', true),
  entry(literal.presalesEngineer, '2.4', 'complete', true),
  entry(literal.implementationEngineer, '2.5', 'complete', true),
  entry(literal.afterSalesSupervisor, '2.6', 'complete', true),
  entry(literal.afterSalesEngineer, '2.7', 'complete', true),
  entry(literal.idcEngineer, '2.8', 'complete', true),
];
