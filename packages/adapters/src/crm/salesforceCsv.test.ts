import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crmProfile } from './crmProfiles.js';
import { AFTER_SALES, IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, itHandlesTheEdgeCases, PRESALES, readForPreset } from './crmTestKit.js';
import { crmTableRows, readCrmTables } from './readCrmTables.js';
import type { CrmRead } from './readCrmProjects.js';
import type { CrmRecord } from './crmRecord.js';

const file = (name: string): string => fileURLToPath(new URL(`../../fixtures/crm/salesforce/data-loader/${name}`, import.meta.url));
const profile = crmProfile('salesforce');
const records: CrmRecord[] = await readCrmTables(
  { records: file('Opportunity.csv'), history: file('OpportunityFieldHistory.csv'), related: { Payments__r: file('Payment__c.csv'), Complaints__r: file('Complaint__c.csv') } },
  profile,
);

function read(schemeId: string): CrmRead {
  return readForPreset(records, profile, schemeId);
}

describe('Salesforce Data Loader CSV through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson(read);

  it('reads the stage history rows of StageName only, counting a re-entered stage from its first entry', () => {
    expect(records[0]?.stages.map((s) => s.value)).toEqual(['2 深度接触', '3 方案确认', '2 深度接触', '3 方案确认', '4 招投标', '6 施工准备']);
    // the Amount change in the same export is no stage
    expect(records[1]?.stages.map((s) => s.value)).toEqual(['4 招投标', '6 施工准备', '7 工程施工', '8 工程验收']);
    const h = read(PRESALES).projects.find((p) => p.subject === 'PRJ-2026-001');
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.map((p) => [p.object, p.recordId, p.field])).toEqual([
      ['Opportunity', '006J8000004HfQ1IAK', 'CreatedDate'],
      ['OpportunityFieldHistory', '017J800000Aa005IAA', 'CreatedDate'],
    ]);
  });

  it('attaches payments by their Opportunity__c lookup and takes the last one collected before the retention money', () => {
    const i = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(i?.provenance['finalPaymentCollectedOn']).toEqual([{ source: 'salesforce', object: 'Payment__c', recordId: 'a0BJ8000001xP1CMAU', field: 'CollectedOn__c', value: '2026-09-23' }]);
    expect(i?.facts['leaderShare']).toBe('0.5');
  });

  it('reads a lookup header such as Account.Name as a nested field', () => {
    expect((records[2]?.fields['Account'] as Record<string, unknown>)['Name']).toBe('ZZ 县人民法院');
    const j = read(AFTER_SALES).projects.find((p) => p.subject === 'PRJ-2025-017');
    // the one complaint is not the company's fault
    expect(j?.facts['userComplaints']).toBe(0);
  });

  describe('edge cases', async () => {
    const tables = {
      records: await crmTableRows(file('Opportunity.csv')),
      history: await crmTableRows(file('OpportunityFieldHistory.csv')),
      related: { Payments__r: await crmTableRows(file('Payment__c.csv')), Complaints__r: await crmTableRows(file('Complaint__c.csv')) },
    };
    const opportunityI = ['Id', '006J8000004HfQ2IAK'] as const;
    itHandlesTheEdgeCases(tables, profile, {
      acceptedOn: { match: opportunityI, column: 'AcceptedOn__c' },
      amount: { match: opportunityI, column: 'Amount' },
      // the retention money, still due, in another currency: the record is refused all the same
      currency: { table: 'Payments__r', match: ['Id', 'a0BJ8000001xP1DMAU'], column: 'CurrencyIsoCode', recordId: 'a0BJ8000001xP1DMAU' },
    });
  });
});
