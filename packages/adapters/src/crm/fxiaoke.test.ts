import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { crmProfile } from './crmProfiles.js';
import { AFTER_SALES, crmFixture, IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, itHandlesTheEdgeCases, PRESALES, readForPreset } from './crmTestKit.js';
import type { CrmRow } from './tableRecords.js';
import { fxiaokeRecords, type FxiaokeResults } from './fxiaokeRecords.js';

const results: FxiaokeResults = {
  records: crmFixture('fxiaoke', 'NewOpportunityObj.json'),
  history: crmFixture('fxiaoke', 'object_stage_log__c.json'),
  related: {
    contract: crmFixture('fxiaoke', 'ContractObj.json'),
    payments: crmFixture('fxiaoke', 'PaymentObj.json'),
    complaints: crmFixture('fxiaoke', 'object_complaint__c.json'),
  },
};
const profile = crmProfile('fxiaoke');
const records = fxiaokeRecords(results);

describe('纷享销客 object query results through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson((schemeId) => readForPreset(records, profile, schemeId));

  it('reads epoch milliseconds as Beijing days and counts a re-entered stage from its first entry', () => {
    expect(records[0]?.stages.map((s) => s.value)).toEqual(['2 深度接触', '3 方案确认', '2 深度接触', '3 方案确认', '4 招投标', '6 施工准备']);
    const h = readForPreset(records, profile, PRESALES).projects[0];
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.map((p) => [p.object, p.field, p.value])).toEqual([
      ['NewOpportunityObj', 'create_time', '1780275600000'],
      ['object_stage_log__c', 'create_time', '1782581400000 → 6 施工准备'],
    ]);
  });

  it('takes the contract value from 合同 and the final payment from its 回款, retention money last and still due', () => {
    const i = readForPreset(records, profile, IMPLEMENTATION).projects[0];
    expect(i?.facts['contractValue']).toBe('1500000');
    expect(i?.facts['acceptedOn']).toBe('2026-09-10');
    expect(i?.facts['finalPaymentCollectedOn']).toBe('2026-09-23');
    expect(i?.provenance['finalPaymentCollectedOn']?.[0]).toMatchObject({ source: 'fxiaoke', object: 'PaymentObj', field: 'payment_time' });
  });

  it('keeps fields as the CRM sends them, owner ids included', () => {
    expect(records[2]?.fields['owner']).toEqual(['1000']);
    expect(readForPreset(records, profile, AFTER_SALES).projects[0]?.facts['userComplaints']).toBe(0);
  });

  it('refuses a payment in another currency, naming it', () => {
    const payments = structuredClone(results.related?.['payments']) as { data: { dataList: Record<string, unknown>[] } };
    const last = payments.data.dataList[2] as Record<string, unknown>;
    last['mc_currency'] = 'USD';
    const read = readForPreset(fxiaokeRecords({ ...results, related: { ...results.related, payments } }), profile, IMPLEMENTATION);
    expect(read.issues.map((x) => [x.code, x.recordId, x.params['currency']])).toEqual([['crmCurrencyRefused', last['_id'], 'USD']]);
  });

  it('refuses pages fewer than the total, and a response reporting an error', () => {
    const [first] = results.records as unknown[];
    expect(() => fxiaokeRecords({ records: first })).toThrow(expect.objectContaining({ code: 'crmPagesIncomplete' }));
    try {
      fxiaokeRecords({ records: { errorCode: 20016, errorMessage: 'corpAccessToken 已过期' } });
      expect.unreachable();
    } catch (error) {
      expect(isAdapterError(error) && error.code).toBe('crmExportInvalid');
      expect(isAdapterError(error) && error.message).toContain('errorCode 20016 corpAccessToken 已过期');
    }
  });

  describe('edge cases', () => {
    const rows = (data: unknown): CrmRow[] => (Array.isArray(data) ? data : [data]).flatMap((page: { data: { dataList: CrmRow[] } }) => page.data.dataList);
    const related = results.related ?? {};
    const tables = { records: rows(results.records), history: rows(results.history), related: { contract: rows(related['contract']), payments: rows(related['payments']), complaints: rows(related['complaints']) } };
    const opportunityI = ['_id', String(tables.records[1]?.['_id'])] as const;
    const contractI = ['new_opportunity_id', opportunityI[1]] as const;
    itHandlesTheEdgeCases(tables, profile, {
      acceptedOn: { match: opportunityI, column: 'field_accepted_on__c' },
      amount: { table: 'contract', match: contractI, column: 'field_contract_amount__c' },
      currency: { table: 'contract', match: contractI, column: 'mc_currency', recordId: String(tables.related.contract.find((c) => c['new_opportunity_id'] === opportunityI[1])?.['_id']) },
    });
  });
});
