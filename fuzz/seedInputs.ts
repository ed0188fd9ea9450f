import { exampleA, exampleB, exampleC, exampleD, exampleE, exampleF, exampleG, exampleK } from '../packages/presets/src/fixtures';

const subject = (example: object, period = '2026-Q3'): Record<string, unknown> => ({ subject: 'E-001', period, ...example });

/** The worked examples of SCHEMES.md by the preset they appraise: the seeds that mutated inputs start from. */
const SEEDS: Readonly<Record<string, readonly unknown[]>> = {
  'tech-support-center/department-manager': [subject(exampleA)],
  'tech-support-center/network-ops-supervisor': [subject(exampleB)],
  'tech-support-center/presales-engineer': [subject(exampleC)],
  'tech-support-center/implementation-engineer': [subject(exampleD)],
  'tech-support-center/after-sales-supervisor': [subject(exampleE)],
  'tech-support-center/idc-engineer': [subject(exampleF)],
  'ops-department/customer-service-rep': [subject(exampleG)],
  'broadband-field-ops/technician': [exampleK],
};

/** The worked examples a preset has (none for most literal readings). */
export function seedInputs(presetId: string): readonly unknown[] {
  return SEEDS[presetId] ?? [];
}
