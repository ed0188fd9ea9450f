import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { crmProfile } from './crmProfiles.js';
import { AFTER_SALES, crmFixture, IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, PRESALES, readForPreset } from './crmTestKit.js';
import { hubspotRecords } from './hubspotRecords.js';
import type { CrmRead } from './readCrmProjects.js';

const deals = crmFixture('hubspot', 'deals.json');
const pipelines = crmFixture('hubspot', 'pipelines.json');
const profile = crmProfile('hubspot');

function read(schemeId: string): CrmRead {
  return readForPreset(hubspotRecords(deals, pipelines), profile, schemeId);
}

describe('HubSpot deals through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson(read);

  it('maps stage ids to labels through the pipelines and reads the dealstage history with a re-entered stage', () => {
    const [h] = hubspotRecords(deals, pipelines);
    expect(h?.stages.map((s) => s.value)).toEqual(['2 深度接触', '3 方案确认', '2 深度接触', '3 方案确认', '4 招投标', '6 施工准备']);
    const project = read(PRESALES).projects.find((p) => p.subject === 'PRJ-2026-001');
    // hs_date_entered_1002 holds the re-entry (06-12); the history gives the first entry, 06-01
    expect(project?.facts['actualDays']).toBe(27);
    expect(project?.provenance['actualDays']?.map((p) => p.field)).toEqual(['propertiesWithHistory.dealstage', 'propertiesWithHistory.dealstage']);
  });

  it('reads a deal without history from its hs_date_entered_ properties, and amounts as HubSpot strings', () => {
    const project = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(project?.facts['contractValue']).toBe('1500000');
    expect(project?.facts['actualDays']).toBe(66);
    expect(project?.provenance['actualDays']?.[0]).toEqual({ source: 'hubspot', object: 'deal', recordId: '18234000002', field: 'hs_date_entered_1006', value: '2026-07-06T02:00:00.000Z' });
  });

  it('keeps a stage id the pipelines do not name, so the profile reports it', () => {
    const records = hubspotRecords(deals);
    expect(records[1]?.stages.map((s) => s.value)).toEqual(['1004', '1006', '1007', '1008']);
    const result = readForPreset(records, profile, IMPLEMENTATION);
    expect(result.issues.filter((i) => i.recordId === '18234000002').map((i) => [i.code, i.params['value']])).toContainEqual(['crmUnknownStage', '1006']);
    expect(readForPreset(records, profile, AFTER_SALES).issues).toEqual([]);
  });

  it('refuses deals whose last page has a next page', () => {
    const [first] = deals as unknown[];
    expect(() => hubspotRecords(first, pipelines)).toThrow(expect.objectContaining({ code: 'crmPagesIncomplete' }));
  });

  it('refuses a deal whose properties are not strings', () => {
    try {
      hubspotRecords({ results: [{ id: '1', properties: { amount: 2000000 } }] });
      expect.unreachable();
    } catch (error) {
      expect(isAdapterError(error) && error.code).toBe('crmExportInvalid');
      expect(isAdapterError(error) && error.message).toContain('deals');
    }
  });
});
