import type { ScorecardInput } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { SEED } from '../sources';
import { afterSalesProject, afterSalesProjectLiteral } from './afterSalesProject';
import { implementationProject, implementationProjectLiteral } from './implementationProject';
import { presalesProject, presalesProjectLiteral } from './presalesProject';

const entry = (scheme: ScorecardInput, section: string, literal = false): PresetEntry => ({
  id: scheme.id,
  name: scheme.name,
  organisation: 'tech-department',
  sources: [SEED.techDepartment],
  status: 'complete',
  section,
  scheme,
  ...(literal ? { literal: true } : {}),
});

/** The presets of the Technical Department's project appraisals (seed 002): chosen readings, then literal ones. */
export const techDepartmentPresets: PresetEntry[] = [
  entry(presalesProject, '4.2'),
  entry(implementationProject, '4.3'),
  entry(afterSalesProject, '4.4'),
  entry(presalesProjectLiteral, '4.2', true),
  entry(implementationProjectLiteral, '4.3', true),
  entry(afterSalesProjectLiteral, '4.4', true),
];
