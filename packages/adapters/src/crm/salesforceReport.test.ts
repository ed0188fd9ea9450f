import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCrmProfile } from './crmProfile.js';
import { CRM_PROFILES, crmProfile } from './crmProfiles.js';
import { IMPLEMENTATION, itAppraisesExamplesLikeTheirJson, itHandlesTheEdgeCases, PRESALES, readForPreset } from './crmTestKit.js';
import { crmTableRows, readCrmTables, type CrmTableSources } from './readCrmTables.js';
import type { CrmRecord } from './crmRecord.js';
import type { CrmProfile } from './crmProfile.js';

const file = (name: string): string => fileURLToPath(new URL(`../../fixtures/crm/salesforce/report/${name}`, import.meta.url));
const FILES = { records: 'opportunities.csv', history: 'opportunity-field-history.csv', Payments: 'payments.csv', Complaints: 'complaints.csv' };

/** The report files, each read from disk or rewritten first (another locale's dates). */
function sources(rewrite?: (csv: string) => string): CrmTableSources {
  const source = (name: string) => (rewrite === undefined ? file(name) : new TextEncoder().encode(rewrite(readFileSync(file(name), 'utf8'))));
  return { records: source(FILES.records), history: source(FILES.history), related: { Payments: source(FILES.Payments), Complaints: source(FILES.Complaints) } };
}

/** The same export as a zh_CN user downloads it: 2026/6/28 1:30 for 6/28/2026 1:30 AM. */
function zhCN(csv: string): string {
  return csv.replace(/(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}) ([AP]M))?/g, (_all, m: string, d: string, y: string, h?: string, mi?: string, ampm?: string) => {
    const time = h === undefined ? '' : ` ${String((Number(h) % 12) + (ampm === 'PM' ? 12 : 0))}:${mi ?? ''}`;
    return `${y}/${m}/${d}${time}`;
  });
}

const profile = crmProfile('salesforce-report');
const records: CrmRecord[] = await readCrmTables(sources(), profile);

describe('a Salesforce report export (labels as headers, en_US dates) through the shipped profile', () => {
  itAppraisesExamplesLikeTheirJson((schemeId) => readForPreset(records, profile, schemeId));

  it('reads amounts written "1,500,000.00" and percentages with %, saying what was written', () => {
    const i = readForPreset(records, profile, IMPLEMENTATION).projects[0];
    expect(i?.facts['contractValue']).toBe('1500000');
    expect(i?.provenance['contractValue']?.[0]).toEqual({ source: 'salesforce', object: 'Opportunity', recordId: '006J8000004HfQ2IAK', field: 'Amount', value: '1,500,000.00' });
    expect(i?.facts['leaderShare']).toBe('0.5');
    expect(i?.facts['finalPaymentCollectedOn']).toBe('2026-09-23');
  });

  it('takes the day of a change as the export writes it, in the user’s time zone', () => {
    const h = readForPreset(records, profile, PRESALES).projects[0];
    // 6/28/2026 1:30 AM in Beijing: 06-01 to 06-28, the re-entered stage 2 counted from its first entry
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.[1]).toEqual({ source: 'salesforce', object: 'OpportunityFieldHistory', recordId: '006J8000004HfQ1IAK', field: 'Edit Date', value: '6/28/2026 1:30 AM → 6 施工准备' });
  });

  it('reads the zh_CN export (2026/9/28) when the profile says its dates are year first', async () => {
    const zh: CrmProfile = parseCrmProfile({ ...CRM_PROFILES['salesforce-report'], dates: 'ymd' });
    const zhRecords = await readCrmTables(sources(zhCN), zh);
    const i = readForPreset(zhRecords, zh, IMPLEMENTATION).projects[0];
    expect(i?.facts['acceptedOn']).toBe('2026-09-10');
    expect(i?.facts['actualDays']).toBe(66);
    // the en_US profile refuses to guess at a year-first date it was not told of
    expect(readForPreset(zhRecords, profile, IMPLEMENTATION).issues.map((x) => x.fact)).toContain('acceptedOn');
  });

  describe('edge cases', async () => {
    const tables = {
      records: await crmTableRows(file(FILES.records)),
      history: await crmTableRows(file(FILES.history)),
      related: { Payments: await crmTableRows(file(FILES.Payments)), Complaints: await crmTableRows(file(FILES.Complaints)) },
    };
    const opportunityI = ['Opportunity ID', '006J8000004HfQ2IAK'] as const;
    itHandlesTheEdgeCases(tables, profile, {
      acceptedOn: { match: opportunityI, column: 'Accepted On' },
      amount: { match: opportunityI, column: 'Amount' },
      // a multi-currency org's report has the Opportunity Currency column
      currency: { match: opportunityI, column: 'Opportunity Currency', recordId: '006J8000004HfQ2IAK' },
    });
  });
});
