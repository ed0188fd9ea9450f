import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuilt } from './testKit';

/**
 * Every CRM source of `kaohe appraise --crm`, run as a process over the adapters' fixtures of
 * Examples H, I and J: each gives, byte for byte, the result line the example's JSON input gives.
 */
const F = 'packages/adapters/fixtures/crm';
const SF = 'examples/crm/salesforce';
const dir = mkdtempSync(join(tmpdir(), 'kaohe-crm-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputs = (...files: string[]): string[] => files.flatMap((f) => ['--input', f]);

/** A profile of the user's own CRM: the 商机/合同/回款 layout under another vendor, its files named otherwise. */
function ownCrm(): string[] {
  const shipped = JSON.parse(readFileSync(join(root, 'packages/adapters/src/crm/profiles/crm-spreadsheet.json'), 'utf8')) as Record<string, unknown>;
  const profile = join(dir, 'our-crm.json');
  writeFileSync(profile, JSON.stringify({ ...shipped, id: 'our-crm', vendor: 'our-crm' }));
  const copies: Record<string, string> = { 商机: 'deals.csv', 阶段变更: 'stage-log.csv', 合同: 'contracts.csv', 回款: 'payments.csv', 投诉: 'complaints.csv' };
  for (const [table, name] of Object.entries(copies)) copyFileSync(join(root, F, 'spreadsheet', `${table}.csv`), join(dir, name));
  const at = (name: string): string => join(dir, name);
  // the records are the one file named by nothing; the others are named by the table they are
  return ['--crm', profile, ...inputs(at('deals.csv'), `history=${at('stage-log.csv')}`, `合同=${at('contracts.csv')}`, `回款=${at('payments.csv')}`, `投诉=${at('complaints.csv')}`)];
}

const SOURCES: ReadonlyArray<readonly [string, () => string[]]> = [
  ['salesforce, REST query results (JSON)', () => ['--crm', 'salesforce', ...inputs(`${SF}/opportunities.json`), '--stage-history', `${SF}/opportunity-field-history.json`]],
  ['salesforce, Data Loader / Bulk API CSV', () => ['--crm', 'salesforce', ...inputs(...['Opportunity', 'OpportunityFieldHistory', 'Payment__c', 'Complaint__c'].map((t) => `${F}/salesforce/data-loader/${t}.csv`))]],
  ['salesforce-report, the report export', () => ['--crm', 'salesforce-report', ...inputs(`${F}/salesforce/report/opportunities.csv`, `${F}/salesforce/report/payments.csv`, `${F}/salesforce/report/complaints.csv`), '--stage-history', `${F}/salesforce/report/opportunity-field-history.csv`]],
  ['hubspot, deals and pipelines (JSON)', () => ['--crm', 'hubspot', ...inputs(`${F}/hubspot/deals.json`), '--pipelines', `${F}/hubspot/pipelines.json`]],
  ['hubspot-export, the deals export', () => ['--crm', 'hubspot-export', ...inputs(`${F}/hubspot/export/hubspot-crm-exports-all-deals.csv`)]],
  ['fxiaoke, object query results', () => ['--crm', 'fxiaoke', ...inputs(...['NewOpportunityObj', 'object_stage_log__c', 'ContractObj', 'PaymentObj', 'object_complaint__c'].map((t) => `${F}/fxiaoke/${t}.json`))]],
  ['crm-spreadsheet, one CSV per sheet', () => ['--crm', 'crm-spreadsheet', ...inputs(...['商机', '阶段变更', '合同', '回款', '投诉'].map((t) => `${F}/spreadsheet/${t}.csv`))]],
  ['crm-spreadsheet, one workbook of five sheets', () => ['--crm', 'crm-spreadsheet', ...inputs('examples/crm/spreadsheet/CRM导出.xlsx')]],
  ['a profile file with a tables section', ownCrm],
];

/** Examples H, I and J: scheme, example, and the figures SCHEMES.md §4 gives. */
const EXAMPLES = [
  ['presales', 'example-h.json', 'PRJ-2026-001', '83.00', 'B', '9680.00'],
  ['implementation', 'example-i.json', 'PRJ-2026-002', '81.00', 'B', '8640.00'],
  ['after-sales', 'example-j.json', 'PRJ-2025-017', '92.00', 'A', '1250.00'],
] as const;

/** The example's JSON input as kaohe reads it; Example I with the final payment the CRM records and its JSON predates. */
function exampleInput(file: string): { path: string; period: string } {
  const input = JSON.parse(readFileSync(join(root, 'examples/subjects', file), 'utf8')) as { period: string; facts: Record<string, unknown> };
  if (file === 'example-i.json') input.facts['finalPaymentCollectedOn'] = '2026-09-23';
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(input));
  return { path, period: input.period };
}

const references = new Map<string, { line: string; period: string }>();
beforeAll(async () => {
  for (const [scheme, file] of EXAMPLES) {
    const { path, period } = exampleInput(file);
    const { code, stdout } = await runBuilt('.', 'appraise', '--preset', `tech-department/${scheme}-project`, '--input', path, '--format', 'jsonl');
    expect(code).toBe(0);
    references.set(scheme, { line: stdout.split('\n')[0] ?? '', period });
  }
}, 60_000);

describe('kaohe appraise --crm: every CRM source gives Examples H, I and J', () => {
  it('the JSON inputs give the figures of SCHEMES.md §4', () => {
    for (const [scheme, , subject, total, grade, final] of EXAMPLES) {
      const result = JSON.parse(references.get(scheme)?.line ?? '{}') as { subject: string; total: string; grade: { id: string }; bonus: { final: string } };
      expect([result.subject, result.total, result.grade.id, result.bonus.final]).toEqual([subject, total, grade, final]);
    }
  });

  it.each(SOURCES)('%s: the result line of each example, byte for byte, and the two other projects listed as not ready', async (_name, args) => {
    for (const [scheme] of EXAMPLES) {
      const reference = references.get(scheme);
      const { code, stdout, stderr } = await runBuilt('.', 'appraise', '--preset', `tech-department/${scheme}-project`, ...args(), '--ratings', `${SF}/ratings-${scheme}.csv`, '--period', reference?.period ?? '', '--format', 'jsonl');
      expect(stderr.match(/not ready/g)?.length, stderr).toBe(2);
      expect(code).toBe(0);
      const [result, ...tail] = stdout.trim().split('\n');
      const summary = tail.pop();
      // The two projects not ready are warning lines before the summary.
      expect(tail.map((l) => (JSON.parse(l) as { type: string; code: string }).code)).toEqual(['crmNotReady', 'crmNotReady']);
      // A CRM run's result adds where each fact came from; the rest is the JSON input's result, byte for byte.
      const { sources, ...rest } = JSON.parse(result ?? '{}') as { sources?: Array<{ record?: unknown; field?: unknown }> };
      expect(JSON.stringify(rest)).toBe(reference?.line);
      expect(sources?.length).toBeGreaterThan(0);
      for (const s of sources ?? []) expect([typeof s.record, typeof s.field]).toEqual(['string', 'string']);
      expect(JSON.parse(summary ?? '{}')).toEqual({ type: 'summary', read: 3, appraised: 1, rejected: 0, errors: 0, blank: 0, warnings: 2 });
    }
  }, 60_000);
});

describe('kaohe appraise --crm: the files of a table source', () => {
  const run = (...args: string[]): ReturnType<typeof runBuilt> => runBuilt('.', 'appraise', '--preset', 'tech-department/implementation-project', '--period', '2026-Q3', ...args);
  const loader = (t: string): string => `${F}/salesforce/data-loader/${t}.csv`;

  it('a file named by no table, beside the records, is refused with the names it may take', async () => {
    const { code, stderr } = await run('--crm', 'salesforce', ...inputs(loader('Opportunity'), `${F}/salesforce/report/payments.csv`, `${F}/salesforce/report/complaints.csv`));
    expect(code).toBe(2);
    expect(stderr).toBe(`kaohe: ${F}/salesforce/report/payments.csv: which table of salesforce is this? Name the file or its sheet after one of Opportunity, OpportunityFieldHistory, Payments__r or Complaints__r, or write --input <table>=${F}/salesforce/report/payments.csv\n`);
  });

  it('two files of one table, a table source without its records, and a JSON file where tables are read are refused', async () => {
    const twice = await run('--crm', 'salesforce', ...inputs(loader('Opportunity'), loader('Payment__c'), `Payments__r=${loader('Complaint__c')}`));
    expect(twice).toMatchObject({ code: 2, stderr: `kaohe: two files give the table Payments__r of salesforce: ${loader('Payment__c')} or ${loader('Complaint__c')}\n` });
    const none = await run('--crm', 'salesforce', ...inputs(loader('Payment__c')), '--stage-history', loader('OpportunityFieldHistory'));
    expect(none).toMatchObject({ code: 2, stderr: 'kaohe: salesforce needs its records (Opportunity) among --input\n' });
    const json = await run('--crm', 'crm-spreadsheet', ...inputs(`${F}/spreadsheet/商机.csv`, `${F}/fxiaoke/PaymentObj.json`));
    expect(json).toMatchObject({ code: 2, stderr: `kaohe: ${F}/fxiaoke/PaymentObj.json: crm-spreadsheet reads its tables from .csv or .xlsx files\n` });
  });

  it('a source of one export file refuses several', async () => {
    const { code, stderr } = await run('--crm', 'hubspot', ...inputs(`${F}/hubspot/deals.json`, `${F}/hubspot/deals.json`));
    expect(code).toBe(2);
    expect(stderr).toBe('kaohe: hubspot reads one --input file; 2 were given\n');
  });
});
