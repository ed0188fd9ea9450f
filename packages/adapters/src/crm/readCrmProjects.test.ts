import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { calendarDay, daysBetween, instantOrder } from './calendarDay.js';
import { parseCrmProfile, withSchemeFacts } from './crmProfile.js';
import { CRM_PROFILES, crmProfile } from './crmProfiles.js';
import { readCrmProjects, type CrmRead } from './readCrmProjects.js';
import { salesforceRecords } from './salesforceRecords.js';

const IMPLEMENTATION = 'tech-department/implementation-project';
const PRESALES = 'tech-department/presales-project';
const profile = crmProfile('salesforce');

const payment = (id: string, Kind__c: string, Amount__c: number, CollectedOn__c: string | null, extra: Record<string, unknown> = {}) => ({
  attributes: { type: 'Payment__c' },
  Id: id,
  Kind__c,
  Amount__c,
  CollectedOn__c,
  ...extra,
});

/** An implementation opportunity like Example I's, with fields replaced. */
function opportunity(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attributes: { type: 'Opportunity', url: '/services/data/v62.0/sobjects/Opportunity/006A' },
    Id: '006A',
    Name: '实施项目',
    ProjectCode__c: 'PRJ-A',
    Amount: 1500000,
    // no stage history given: the record has been in stage 6 since it was created
    StageName: '6 施工准备',
    CreatedDate: '2026-07-06T02:00:00.000+0000',
    Complexity__c: '组织复杂型',
    Risk__c: '高风险',
    ImplementationPlannedDays__c: 60,
    Budget__c: 100000,
    ActualCost__c: 112000,
    AcceptedOn__c: '2026-09-10',
    InternalFileSubmittedOn__c: '2026-09-19',
    InternalAcceptancePointsLost__c: 1,
    ...fields,
  };
}

const page = (...records: Record<string, unknown>[]) => ({ totalSize: records.length, done: true, records });
const stageChange = (Id: string, CreatedDate: string, OldValue: string, NewValue: string, OpportunityId = '006A') => ({ attributes: { type: 'OpportunityFieldHistory' }, Id, OpportunityId, CreatedDate, Field: 'StageName', OldValue, NewValue });

function read(schemeId: string, records: Record<string, unknown>[], history?: Record<string, unknown>[], p = profile): CrmRead {
  return readCrmProjects(salesforceRecords(page(...records), history && page(...history)), { profile: p, schemeId, scorecard: getPreset(schemeId)?.scheme, schemes: presetSchemes });
}

describe('readCrmProjects', () => {
  it('lists a project without an acceptance date as not ready, neither scored nor an error', () => {
    const result = read(IMPLEMENTATION, [opportunity({ AcceptedOn__c: null, StageName: '7 工程施工' })]);
    expect(result.projects).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.notReady).toEqual([{ subject: 'PRJ-A', recordId: '006A', missing: ['acceptedOn'] }]);
  });

  it('reports an acceptance date it cannot read as an error, not as a project not ready', () => {
    const result = read(IMPLEMENTATION, [opportunity({ AcceptedOn__c: '2026-09-31' })]);
    expect(result.notReady).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.recordId, i.fact])).toContainEqual(['crmValueInvalid', '006A', 'acceptedOn']);
  });

  it('takes the last instalment collected as the final payment, the retention money last and still due', () => {
    const Payments__r = page(
      payment('P1', '首付款', 450000, '2026-05-20'),
      payment('P2', '进度款', 300000, '2026-08-15'),
      payment('P3', '进度款', 300000, '2026-09-01'),
      payment('P4', '尾款', 375000, '2026-10-09'),
      payment('P5', '质保金', 75000, null),
    );
    const [project] = read(IMPLEMENTATION, [opportunity({ Payments__r })]).projects;
    expect(project?.facts['finalPaymentCollectedOn']).toBe('2026-10-09');
    expect(project?.provenance['finalPaymentCollectedOn']).toEqual([{ source: 'salesforce', object: 'Payment__c', recordId: 'P4', field: 'CollectedOn__c', value: '2026-10-09' }]);
  });

  it('has no final payment while an instalment other than retention money is still due', () => {
    const Payments__r = page(payment('P1', '首付款', 450000, '2026-05-20'), payment('P4', '尾款', 975000, null), payment('P5', '质保金', 75000, '2026-12-01'));
    const [project] = read(IMPLEMENTATION, [opportunity({ Payments__r })]).projects;
    expect(project?.facts).not.toHaveProperty('finalPaymentCollectedOn');
  });

  it('reads an amount written "1,234,567.00" exactly', () => {
    const [project] = read(IMPLEMENTATION, [opportunity({ Amount: '1,234,567.00', Budget__c: '100,000.50' })]).projects;
    expect(project?.facts['contractValue']).toBe('1234567');
    expect(project?.facts['budget']).toBe('100000.5');
    expect(project?.provenance['contractValue']?.[0]?.value).toBe('1,234,567.00');
  });

  it('refuses a record in another currency, naming it, and converts nothing', () => {
    const result = read(IMPLEMENTATION, [opportunity({ CurrencyIsoCode: 'USD' }), opportunity({ Id: '006B', ProjectCode__c: 'PRJ-B', CurrencyIsoCode: 'CNY' })]);
    expect(result.projects.map((p) => p.subject)).toEqual(['PRJ-B']);
    expect(result.issues.map((i) => [i.code, i.recordId, i.params['currency']])).toEqual([['crmCurrencyRefused', '006A', 'USD']]);
    expect(result.issues[0]?.messages.en).toContain('Record 006A is in USD, not CNY');
    expect(result.issues[0]?.messages['zh-CN']).toContain('记录 006A 的币种为 USD');
  });

  it('refuses a record whose payment is in another currency', () => {
    const Payments__r = page(payment('P9', '尾款', 1000, '2026-09-01', { CurrencyIsoCode: 'HKD' }));
    const result = read(IMPLEMENTATION, [opportunity({ Payments__r })]);
    expect(result.issues.map((i) => [i.code, i.recordId])).toEqual([['crmCurrencyRefused', 'P9']]);
  });

  it('takes a related record without a currency to be in the project\'s, even where a record must name its own', () => {
    const strict = parseCrmProfile({ ...CRM_PROFILES['salesforce'], currency: { field: 'CurrencyIsoCode', expected: 'CNY' } });
    const Complaints__r = page({ attributes: { type: 'Complaint__c' }, Id: 'C1', AtFault__c: false });
    const result = read(IMPLEMENTATION, [opportunity({ CurrencyIsoCode: 'CNY', Complaints__r }), opportunity({ Id: '006B', ProjectCode__c: 'PRJ-B' })], undefined, strict);
    expect(result.projects.map((p) => p.subject)).toEqual(['PRJ-A']);
    expect(result.issues.map((i) => [i.code, i.recordId, i.params['currency']])).toEqual([['crmCurrencyRefused', '006B', '(none)']]);
  });

  it('reports a record lacking a fact the scheme needs, with the record id and the fact', () => {
    const result = read(IMPLEMENTATION, [opportunity({ Budget__c: null })]);
    expect(result.projects).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.recordId, i.fact])).toEqual([['crmFactMissing', '006A', 'budget']]);
    expect(result.issues[0]?.messages.en).toBe('Record 006A lacks "budget", which the scheme needs (Budget__c).');
  });

  it('reports a value it cannot read, naming the field', () => {
    const result = read(IMPLEMENTATION, [opportunity({ Risk__c: '极高' })]);
    expect(result.issues.map((i) => [i.code, i.fact, i.params['field'], i.params['value']])).toEqual([['crmValueInvalid', 'risk', 'Risk__c', '极高']]);
  });

  it('counts a re-entered stage until it is last left', () => {
    const presales = opportunity({ StageName: '6 施工准备', CreatedDate: '2026-06-01T01:00:00.000+0000', TimeDifficulty__c: '中', PresalesPlannedDays__c: 30, Complexity__c: '技术复杂型' });
    const history = [
      stageChange('H1', '2026-06-05T01:00:00.000+0000', '2 深度接触', '4 招投标'),
      stageChange('H2', '2026-06-10T01:00:00.000+0000', '4 招投标', '3 方案确认'),
      stageChange('H3', '2026-06-15T01:00:00.000+0000', '3 方案确认', '4 招投标'),
      stageChange('H4', '2026-06-25T01:00:00.000+0000', '4 招投标', '6 施工准备'),
    ];
    const [project] = read(PRESALES, [presales], history).projects;
    expect(project?.facts['actualDays']).toBe(24);
    expect(project?.provenance['actualDays']?.[1]?.recordId).toBe('H4');
  });

  it('lists a presales project still in its bid as not ready', () => {
    const presales = opportunity({ StageName: '4 招投标', CreatedDate: '2026-06-01T01:00:00.000+0000', TimeDifficulty__c: '中', PresalesPlannedDays__c: 30 });
    const result = read(PRESALES, [presales], [stageChange('H1', '2026-06-05T01:00:00.000+0000', '2 深度接触', '4 招投标')]);
    expect(result.notReady).toEqual([{ subject: 'PRJ-A', recordId: '006A', missing: ['actualDays'] }]);
  });

  it('reports a stage the profile does not map when a stage day is read', () => {
    const history = [stageChange('H1', '2026-07-01T01:00:00.000+0000', '4 招投标', 'Negotiation/Review'), stageChange('H2', '2026-07-06T02:00:00.000+0000', 'Negotiation/Review', '6 施工准备')];
    const result = read(IMPLEMENTATION, [opportunity({ CreatedDate: '2026-06-01T01:00:00.000+0000' })], history);
    expect(result.issues.map((i) => [i.code, i.params['value']])).toEqual([['crmUnknownStage', 'Negotiation/Review']]);
  });

  it('takes actual days from other stages when a scheme overrides them', () => {
    const overridden = withSchemeFacts(profile, IMPLEMENTATION, { actualDays: { days: { from: { stageEntered: '7' }, to: { fact: 'acceptedOn' } } } });
    const history = [stageChange('H1', '2026-08-01T01:00:00.000+0000', '6 施工准备', '7 工程施工')];
    const [project] = read(IMPLEMENTATION, [opportunity()], history, overridden).projects;
    expect(project?.facts['actualDays']).toBe(40);
  });
});

describe('crmProfile', () => {
  it('names the shipped profiles when asked for another', () => {
    expect(() => crmProfile('pipedrive')).toThrow('There is no shipped CRM profile "pipedrive"; shipped: salesforce, hubspot, salesforce-report, hubspot-export, fxiaoke, crm-spreadsheet.');
  });
});

describe('parseCrmProfile', () => {
  it('refuses a final payment without payments, and names the path', () => {
    try {
      parseCrmProfile({ id: 'mine', vendor: 'mine', stages: {}, facts: { finalPaymentCollectedOn: { finalPayment: true } } });
      expect.unreachable();
    } catch (error) {
      expect(isAdapterError(error) && error.code).toBe('crmProfileInvalid');
      expect(isAdapterError(error) && error.message).toContain('payments: a finalPayment fact needs payments');
    }
  });

  it('refuses a stage mapped to something other than a stage number', () => {
    expect(() => parseCrmProfile({ id: 'mine', vendor: 'mine', stages: { 'Closed Won': 'won' } })).toThrow(/stages\.Closed Won/);
  });
});

describe('calendarDay', () => {
  it('reads dates, offsets in either form and epoch milliseconds in the zone', () => {
    expect(calendarDay('2026-06-27T17:30:00.000+0000', 'Asia/Shanghai')).toBe('2026-06-28');
    expect(calendarDay('2026-06-27T17:30:00Z', 'UTC')).toBe('2026-06-27');
    expect(calendarDay(1782581400000, 'Asia/Shanghai')).toBe('2026-06-28');
    expect(calendarDay('1782581400000', 'Asia/Shanghai')).toBe('2026-06-28');
    expect(calendarDay('2026-02-30', 'Asia/Shanghai')).toBeNull();
    expect(calendarDay('30/06/2026', 'Asia/Shanghai')).toBeNull();
    expect(daysBetween('2026-07-06', '2026-09-10')).toBe(66);
  });

  it('reads a date as an export writes it in the locale the profile names, keeping its local day', () => {
    expect(calendarDay('9/28/2026', 'Asia/Shanghai', 'mdy')).toBe('2026-09-28');
    expect(calendarDay('6/28/2026 1:30 AM', 'Asia/Shanghai', 'mdy')).toBe('2026-06-28');
    expect(calendarDay('28/09/2026', 'Asia/Shanghai', 'dmy')).toBe('2026-09-28');
    expect(calendarDay('2026/9/28', 'Asia/Shanghai', 'ymd')).toBe('2026-09-28');
    expect(calendarDay('2026-06-28 01:30', 'Asia/Shanghai')).toBe('2026-06-28');
    expect(calendarDay('9/28/2026', 'Asia/Shanghai', 'ymd')).toBeNull();
    expect(calendarDay('2/30/2026', 'Asia/Shanghai', 'mdy')).toBeNull();
    // an ISO value is read as ISO whatever the locale
    expect(calendarDay('2026-06-27T17:30:00.000Z', 'Asia/Shanghai', 'mdy')).toBe('2026-06-28');
  });

  it('orders moments written in any of these forms', () => {
    expect(instantOrder('6/28/2026 1:30 PM', 'mdy')).toBe(Date.UTC(2026, 5, 28, 13, 30));
    expect(instantOrder('6/28/2026 12:10 AM', 'mdy')).toBe(Date.UTC(2026, 5, 28, 0, 10));
    expect(instantOrder('2026-06-28 01:30')).toBe(Date.UTC(2026, 5, 28, 1, 30));
    expect(instantOrder(1782581400000)).toBe(1782581400000);
    expect(instantOrder('2026-06-27T17:30:00.000+0000')).toBe(Date.UTC(2026, 5, 27, 17, 30));
    expect(instantOrder('soon')).toBeNull();
  });
});
