import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { crmProfile } from './crmProfiles.js';
import { AFTER_SALES, crmFixture, IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, PRESALES, readForPreset } from './crmTestKit.js';
import type { CrmRead } from './readCrmProjects.js';
import { salesforceRecords } from './salesforceRecords.js';

const opportunities = crmFixture('salesforce', 'opportunities.json');
const history = crmFixture('salesforce', 'opportunity-field-history.json');
const profile = crmProfile('salesforce');

function read(schemeId: string): CrmRead {
  return readForPreset(salesforceRecords(opportunities, history), profile, schemeId);
}

describe('Salesforce opportunities through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson(read);

  it('reads stage days in the profile zone, counting a re-entered stage from its first entry', () => {
    const h = read(PRESALES).projects.find((p) => p.subject === 'PRJ-2026-001');
    // created in stage 2 on 06-01, back to 2 on 06-12; stage 4 left at 17:30 UTC on 06-27, which is 06-28 in Beijing
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.map((p) => [p.object, p.recordId])).toEqual([
      ['Opportunity', '006J8000004HfQ1IAK'],
      ['OpportunityFieldHistory', '017J800000Aa005IAA'],
    ]);
    expect(h?.facts['leaderShare']).toBe('0.4');
  });

  it('says where every fact came from', () => {
    const i = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(i?.provenance['contractValue']).toEqual([{ source: 'salesforce', object: 'Opportunity', recordId: '006J8000004HfQ2IAK', field: 'Amount', value: '1500000' }]);
    expect(Object.keys(i?.provenance ?? {}).sort()).toEqual(Object.keys(i?.facts ?? {}).sort());
  });

  it('takes the final payment from the last instalment collected, retention money excluded', () => {
    const i = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(i?.facts['finalPaymentCollectedOn']).toBe('2026-09-23');
    expect(i?.provenance['finalPaymentCollectedOn']?.[0]?.recordId).toBe('a0BJ8000001xP1CMAU');
  });

  it('counts only complaints where the company is at fault for after-sales', () => {
    const j = read(AFTER_SALES).projects.find((p) => p.subject === 'PRJ-2025-017');
    expect(j?.facts['userComplaints']).toBe(0);
  });

  it('refuses a query result whose last page is not done', () => {
    const [first] = opportunities as unknown[];
    const error = (() => {
      try {
        salesforceRecords(first);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isAdapterError(error) && error.code).toBe('crmPagesIncomplete');
    expect(isAdapterError(error) && error.message).toContain('/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2');
  });
});
