import exampleB from '../../../../examples/subjects/example-b.json';
import exampleC from '../../../../examples/subjects/example-c.json';
import exampleA from '../../../../examples/subjects/example-a.json';
import exampleD from '../../../../examples/subjects/example-d.json';
import exampleE from '../../../../examples/subjects/example-e.json';
import exampleF from '../../../../examples/subjects/example-f.json';
import exampleG from '../../../../examples/subjects/example-g.json';
import exampleH from '../../../../examples/subjects/example-h.json';
import exampleI from '../../../../examples/subjects/example-i.json';
import exampleJ from '../../../../examples/subjects/example-j.json';
import exampleK from '../../../../examples/subjects/example-k.json';

/**
 * Sample subjects the `kaohe demo` command appraises: the worked examples of the specification and
 * a few neighbours, by preset id.
 */
export const demoSamples: ReadonlyArray<{ preset: string; subjects: readonly unknown[] }> = [
  {
    preset: 'tech-support-center/network-ops-supervisor',
    subjects: [
      exampleB,
      {
        subject: 'TSC-012',
        name: '网络运维主管 乙',
        period: '2026-Q3',
        facts: { outages: [], networkQuality: 'good', lateSubmissions: 0, recordKeepingFaults: 0, satisfactionSurvey: 'satisfied' },
      },
      {
        subject: 'TSC-022',
        name: '网络运维主管 丙',
        period: '2026-Q3',
        facts: {
          outages: [
            { at: '2026-07-01T00:30:00+08:00', customersAffected: 40, restoredMinutes: 35 },
            { at: '2026-07-19T13:00:00+08:00', customersAffected: 6, restoredMinutes: 25 },
          ],
          networkQuality: 'pass',
          lateSubmissions: 2,
          recordKeepingFaults: 2,
          satisfactionSurvey: 'unsatisfied',
        },
      },
    ],
  },
  {
    preset: 'tech-support-center/presales-engineer',
    subjects: [
      ...exampleC,
      {
        subject: 'TSC-014',
        name: '售前工程师 乙',
        period: '2026-Q3',
        facts: { projectsApproved: 8, projectsWon: 7, salesTargetAchievement: '1.08' },
        ratings: { P3: 10, P4: { projectManager: 10, sales: 9.5 }, P5: 9 },
      },
    ],
  },
  { preset: 'tech-support-center/department-manager', subjects: exampleA },
  { preset: 'tech-support-center/implementation-engineer', subjects: [exampleD] },
  { preset: 'tech-support-center/after-sales-supervisor', subjects: [exampleE] },
  { preset: 'tech-support-center/idc-engineer', subjects: [exampleF] },
  { preset: 'ops-department/customer-service-rep', subjects: [exampleG] },
  { preset: 'tech-department/presales-project', subjects: [exampleH] },
  { preset: 'tech-department/implementation-project', subjects: [exampleI] },
  { preset: 'tech-department/after-sales-project', subjects: [exampleJ] },
  { preset: 'broadband-field-ops/technician', subjects: exampleK },
];
