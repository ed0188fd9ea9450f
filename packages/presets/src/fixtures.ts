/**
 * The worked examples A–K (Technical Support Center, Operations Department, Technical Department projects, field technicians) as appraisal inputs (facts and ratings), shared by the
 * presets' tests. Each comment gives the figures the example must produce.
 */

/** Example A, department manager, 2026-Q3: 10 + 15 + 20 + 15 + 8 + 9 + 7 = 84, qualified. */
export const exampleA = {
  facts: {
    faultsTotal: 100,
    faultsSelfCaused: 12,
    approvedContractValue: 10_000_000,
    signedContractValue: 4_200_000,
    projectsDelivered: 20,
    projectsAcceptedFirstTime: 16,
    customerSatisfaction: 0.76,
    safetyIncidents: 0,
  },
  ratings: { M5: 8, M6: 9, M7: 7 },
};

/** Example B, network operations supervisor, 2026-Q3: 100 − 10 − 10 + 5 − 5 + 10 = 90, good. */
export const exampleB = {
  facts: {
    outages: [
      { at: '2026-07-03T10:00:00+08:00', customersAffected: 2, restoredMinutes: 12 },
      { at: '2026-08-08T10:00:00+08:00', customersAffected: 1, restoredMinutes: 90 },
      { at: '2026-09-02T10:00:00+08:00', customersAffected: 3, restoredMinutes: 45 },
      { at: '2026-09-15T10:00:00+08:00', customersAffected: 10, restoredMinutes: 14 },
    ],
    networkQuality: 'good',
    lateSubmissions: 0,
    recordKeepingFaults: 1,
    satisfactionSurvey: 'satisfied',
  },
};

/** Example C, presales engineer: 17.14 + 47.5 + 8 + 8.5 + 9 = 90.14, good. */
export const exampleC = {
  facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: 0.95 },
  ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 },
};

/** Example D, implementation engineer: 30 + 15 + 20 + 10 + 5 + 10 = 90, good. */
export const exampleD = {
  facts: {
    projectsDelivered: 5,
    projectsAcceptedFirstTime: 4,
    daysOverdue: 1,
    companyAcceptancePassed: true,
    acceptanceFailures: 0,
    internalAcceptanceExcellent: true,
    clientComplaints: 0,
    materialDelaysOwnFault: 1,
    archiveDefects: 0,
    majorSafetyAccidents: 0,
  },
};

/** Example E, after-sales service supervisor: 27 + 28.5 + 10 + 5 + 10 − 10 = 70.5, qualified. */
export const exampleE = {
  facts: {
    customerSatisfaction: 0.9,
    ticketsOnTime: 95,
    ticketsTotal: 100,
    midLevelEngineersTrained: 1,
    formNonconformities: 1,
    stockNonconformities: 0,
    customerComplaints: 1,
  },
};

/** Example F, IDC engineer, 2026: 20 + 27.6 + 15 + 19.8 = 82.4, qualified. */
export const exampleF = {
  period: '2026',
  facts: { maintenanceInterruptions: 3, customerSatisfaction: 0.92, reportNonconformities: 1, assetsRegistered: 200, assetsVerified: 198 },
};

/** Example G, customer service representative, 2026: 36 + 25.5 + 20 + 8 = 89.5, qualified. */
export const exampleG = {
  period: '2026',
  ratings: { W1: 90, W2: 85, W3: 100, W4: 80 },
};

const october = (local: string): string => `2026-${local}:00+08:00`;

/** Example K, field technician, October 2026 (SCHEMES.md §5): 1.5 points, 150.00 CNY, below the monthly threshold. */
export const exampleK = {
  subject: 'T-001',
  period: '2026-10',
  facts: {
    orders: [
      { id: 'T1', kind: 'repair', dispatchedAt: october('10-08T09:00'), contactedAt: october('10-08T09:07'), onSiteAt: october('10-08T09:50'), agent: 'CS-07' },
      { id: 'T2', kind: 'repair', dispatchedAt: october('10-08T14:00'), contactedAt: october('10-08T14:12'), onSiteAt: october('10-08T15:30'), agent: 'CS-07' },
      { id: 'T3', kind: 'installation', dispatchedAt: october('10-10T10:00'), contactedAt: october('10-10T10:05'), onSiteAt: october('10-10T10:45'), completedAt: october('10-13T09:00'), agent: 'CS-07' },
    ],
    breaches: [{ at: october('10-10T10:45'), kind: 'appearance' }],
  },
};

/** Example H, presales project (SCHEMES.md): schedule 31, quality 55, 52, 50, 54, 49 → composite 83, grade B, final bonus 9680.00. */
export const exampleH = {
  facts: { contractValue: 2_000_000, complexity: 'technical', timeDifficulty: 'medium', plannedDays: 30, actualDays: 27, leaderShare: 0.4 },
  ratings: { quality: { self: 55, salesRep: 52, businessRep: 50, projectManager: 54, superior: 49 } },
};

/** Example I, implementation project: the file 9 days after acceptance, a 12% overrun, quality 28, 26, 27. */
export const exampleI = {
  facts: {
    contractValue: 1_500_000,
    complexity: 'organisational',
    risk: 'high',
    plannedDays: 60,
    actualDays: 66,
    budget: 100_000,
    actualCost: 112_000,
    acceptedOn: '2026-09-10',
    internalFileSubmittedOn: '2026-09-19',
    internalAcceptancePointsLost: 1,
    leaderShare: '0.5',
  },
  ratings: { quality: { self: 28, salesRep: 26, superior: 27 } },
};

/** Example J, after-sales project, 2026-Q3: a bonus spread over 4 service quarters. */
export const exampleJ = {
  facts: { contractValue: 1_000_000, serviceQuarters: 4, ticketsOnTime: 20, ticketsTotal: 20, budget: 10_000, actualCost: 11_000 },
  ratings: { quality: { self: 27, salesRep: 26, financeRep: 25, superior: 26 }, documentation: { self: 8, salesRep: 8, financeRep: 8, superior: 8 } },
};
