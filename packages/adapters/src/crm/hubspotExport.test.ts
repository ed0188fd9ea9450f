import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crmProfile } from './crmProfiles.js';
import { IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, itHandlesTheEdgeCases, PRESALES, readForPreset } from './crmTestKit.js';
import { crmTableRows, readCrmTables } from './readCrmTables.js';
import type { CrmRecord } from './crmRecord.js';

const profile = crmProfile('hubspot-export');
const exported = fileURLToPath(new URL('../../fixtures/crm/hubspot/export/hubspot-crm-exports-all-deals.csv', import.meta.url));
const records: CrmRecord[] = await readCrmTables({ records: exported }, profile);

describe("HubSpot's deals export (labels as headers) through the shipped profile", () => {
  itAppraisesExamplesLikeTheirJson((schemeId) => readForPreset(records, profile, schemeId));

  it('takes the stages from the Date entered columns, by their labels', () => {
    expect(records[1]?.stages.map((s) => [s.value, s.at])).toEqual([
      ['4 招投标', '2026-05-10 11:12'],
      ['6 施工准备', '2026-07-06 10:00'],
      ['7 工程施工', '2026-08-01 09:00'],
      ['8 工程验收', '2026-09-05 16:00'],
    ]);
    const i = readForPreset(records, profile, IMPLEMENTATION).projects[0];
    expect(i?.provenance['actualDays']?.[0]).toEqual({ source: 'hubspot', object: 'deal', recordId: '18234000002', field: 'Date entered "6 施工准备 (工程项目)"', value: '2026-07-06 10:00' });
  });

  it('counts presales days from the deal’s creation, so stage 2 re-entered on 06-12 does not restart them', () => {
    expect(records[0]?.stages[0]).toMatchObject({ value: '2 深度接触', at: '2026-06-12 14:00' });
    const h = readForPreset(records, profile, PRESALES).projects[0];
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.map((p) => p.field)).toEqual(['Create Date', 'Date entered "6 施工准备 (工程项目)"']);
  });

  describe('edge cases', async () => {
    const dealI = ['Record ID', '18234000002'] as const;
    itHandlesTheEdgeCases({ records: await crmTableRows(exported) }, profile, {
      acceptedOn: { match: dealI, column: 'Accepted On' },
      amount: { match: dealI, column: 'Amount' },
      currency: { match: dealI, column: 'Currency', recordId: '18234000002' },
    });
  });
});
