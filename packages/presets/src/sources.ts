/** The source documents, by file name, as preset provenance cites them. */
export const SEED = {
  techSupportCenter: '000_4399f3c8acdda9b2.txt',
  opsDepartment: '001_bab6dbdb0cd7853e.txt',
  techDepartment: '002_c4e4f0d14bfe3bb4.txt',
  fieldOps: '003_657d5f8783782398.txt',
  outsourcedMaintenance: '004_d3e2bef81f558aab.txt',
} as const;
