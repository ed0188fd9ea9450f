import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyFiles } from './sourceFlags';
import { root, run } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SF = 'examples/crm/salesforce';
const ZD = 'examples/tickets/zendesk';
const IMPLEMENTATION = 'tech-department/implementation-project';
const TECHNICIAN = 'broadband-field-ops/technician';
const crmRun = [`--preset`, IMPLEMENTATION, '--crm', 'salesforce', '--stage-history', `${SF}/opportunity-field-history.json`, '--ratings', `${SF}/ratings-implementation.csv`, '--period', '2026-Q3'];
const ticketRun = ['--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', `${ZD}/export-2026-10.json`, '--facts', `${ZD}/breaches-2026-10.json`, '--period', '2026-10'];

/** A file in the test's folder, written from a value (JSON) or text. */
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

type Line = Record<string, unknown> & { type: string };
const jsonl = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
const opportunities = (): Array<{ records: Array<Record<string, unknown>> }> => JSON.parse(readFileSync(join(root, SF, 'opportunities.json'), 'utf8')) as Array<{ records: Array<Record<string, unknown>> }>;

describe('kaohe appraise --crm / --tickets: naming the source', () => {
  it('an unknown source lists the known ones; a source of the other kind names its flag', async () => {
    const unknown = await run('appraise', '--preset', IMPLEMENTATION, '--crm', 'dynamics', '--input', `${SF}/opportunities.json`, '--period', '2026-Q3');
    expect(unknown).toMatchObject({ code: 2, stderr: 'kaohe: --crm dynamics: no such source; use salesforce, salesforce-report, hubspot, hubspot-export, fxiaoke or crm-spreadsheet, or a profile file (.json)\n' });
    const other = await run('appraise', '--preset', TECHNICIAN, '--crm', 'zendesk', '--input', `${ZD}/export-2026-10.json`, '--period', '2026-10');
    expect(other).toMatchObject({ code: 2, stderr: 'kaohe: --crm zendesk: zendesk is read with --tickets\n' });
  });

  it('a file beside the export that the source does not read, and a run without --period, are refused', async () => {
    const pipelines = await run('appraise', ...crmRun, '--input', `${SF}/opportunities.json`, '--pipelines', `${SF}/opportunities.json`);
    expect(pipelines).toMatchObject({ code: 2, stderr: 'kaohe: --pipelines is read for hubspot only\n' });
    const noPeriod = await run('appraise', '--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', `${ZD}/export-2026-10.json`);
    expect(noPeriod).toMatchObject({ code: 2, stderr: 'kaohe: --tickets needs --period <p>: the period appraised, such as 2026-09\n' });
  });

  it('takes a profile file, validated: one for another regime or with a bad field is refused, naming it', async () => {
    const shipped = JSON.parse(readFileSync(join(root, 'packages/adapters/src/tickets/profiles/zendesk-broadband-field-ops-technician.json'), 'utf8')) as Record<string, unknown>;
    const own = file('my-zendesk.json', { ...shipped, id: 'my-zendesk', classes: { from: { customField: 360000000001 }, values: { repair: ['报修'], installation: ['报装'] } } });
    const ok = await run('appraise', ...ticketRun.map((a) => (a === 'zendesk' ? own : a)), '--format', 'jsonl');
    expect(ok.code).toBe(0);
    expect(jsonl(ok.stdout)[0]).toMatchObject({ subject: 'T-001', points: '1.50' });
    const vendor = await run('appraise', ...ticketRun.map((a) => (a === 'zendesk' ? file('vendor.json', { ...shipped, regime: 'outsourced-maintenance/vendor' }) : a)));
    expect(vendor.code).toBe(1);
    expect(vendor.stderr).toContain('vendor.json: the ticket profile is for outsourced-maintenance/vendor, not broadband-field-ops/technician');
    const bad = await run('appraise', ...ticketRun.map((a) => (a === 'zendesk' ? file('bad.json', { ...shipped, timeZone: 'Mars/Olympus' }) : a)));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('The ticket profile is not valid: timeZone: unknown time zone.');
  });
});

describe('every output of appraise', () => {
  it('HubSpot deals with the pipelines response give Example I, written to the results workbook and as a table', async () => {
    const out = join(dir, 'hubspot.xlsx');
    const hubspot = ['appraise', '--preset', IMPLEMENTATION, '--crm', 'hubspot', '--input', 'packages/adapters/fixtures/crm/hubspot/deals.json', '--pipelines', 'packages/adapters/fixtures/crm/hubspot/pipelines.json', '--ratings', `${SF}/ratings-implementation.csv`, '--period', '2026-Q3'];
    const { code, stdout } = await run(...hubspot, '--format', 'table', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/PRJ-2026-002 .* 81\.00 +B .* 8640\.00/);
    const { readResultsWorkbook } = await import('@kaohe/adapters');
    const [sheet] = await readResultsWorkbook(out);
    expect(sheet?.rows.map((r) => [r.subject, r.period, r.total, r.grade, r.bonus?.final])).toEqual([['PRJ-2026-002', '2026-Q3', '81.00', 'B', '8640.00']]);
  }, 60_000);
});

describe('Example K from a Jira Service Management export', () => {
  it('its epoch milliseconds are read, and with August and September: dismissal', async () => {
    const args = ticketRun.map((a) => (a === 'zendesk' ? 'jira' : a.endsWith('export-2026-10.json') ? 'packages/adapters/fixtures/tickets/jira/example-k-2026-10.json' : a));
    const october = await run('appraise', ...args, '--format', 'jsonl');
    expect(jsonl(october.stdout)[0]).toMatchObject({ subject: 'T-001', points: '1.50', fine: { total: '150.00' }, outcome: 'none' });
    const { code, stdout } = await run('appraise', ...args, '--history', `${ZD}/results-2026-08.jsonl`, `${ZD}/results-2026-09.jsonl`, '--format', 'jsonl');
    expect(code).toBe(0);
    expect(jsonl(stdout)[0]).toMatchObject({ outcome: 'dismissal' });
  });

  it('an export with a prototype key is refused', async () => {
    const bad = file('proto.json', '{"issues": [], "__proto__": {"x": 1}}');
    const { code, stderr } = await run('appraise', ...ticketRun.map((a) => (a === 'zendesk' ? 'jira' : a.endsWith('export-2026-10.json') ? bad : a)));
    expect(code).toBe(1);
    expect(stderr).toContain('proto.json');
    expect(stderr).toContain('__proto__');
  });
});

describe('records and tickets that cannot be used', () => {
  it('a CRM record lacking a fact the scheme needs is a rejected line with its id and the fact', async () => {
    const pages = opportunities();
    for (const page of pages) for (const r of page.records) if (r['ProjectCode__c'] === 'PRJ-2026-002') delete r['Budget__c'];
    const { code, stdout, stderr } = await run('appraise', ...crmRun, '--input', file('no-budget.json', pages), '--format', 'jsonl');
    expect(code).toBe(1);
    const lines = jsonl(stdout);
    expect(lines.filter((l) => l.type === 'rejected')).toEqual([
      { type: 'rejected', sheet: 'Opportunity', row: 2, record: '006J8000004HfQ2IAK', column: 'budget', value: '', reason: 'Record 006J8000004HfQ2IAK lacks "budget", which the scheme needs (Budget__c).' },
    ]);
    // the two projects not yet accepted, and the one left out missing from the raters' sheet's join, are warning lines
    expect(lines.filter((l) => l.type === 'warning').map((l) => [l['code'], l['subject']])).toEqual([['crmNotReady', 'PRJ-2026-001'], ['crmNotReady', 'PRJ-2025-017'], ['joinSubjectUnused', 'PRJ-2026-002']]);
    expect(lines.at(-1)).toEqual({ type: 'summary', read: 3, appraised: 0, rejected: 1, errors: 0, blank: 0, warnings: 3 });
    expect(stderr).toContain('no-budget.json: 3 record(s) read: 0 used, 1 left out');
  });

  it('each ticket left out is listed with its id and why, in every output; what was assumed is a warning', async () => {
    const rejects = join(dir, 'rejects.csv');
    const { code, stdout, stderr } = await run('appraise', '--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', 'packages/adapters/fixtures/tickets/zendesk/edge-cases.json', '--period', '2026-10', '--rejects', rejects);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { results: unknown[]; rejected: Array<{ record: string; cells: Array<{ code: string }> }>; warnings: Array<{ record: string; code: string; message: string }> };
    expect(out.rejected).toBeUndefined();
    expect(readFileSync(rejects, 'utf8').split('\r\n').slice(1, -1).map((l) => l.split(',')[2])).toEqual(['custom_fields[360000000001]', 'contactedAt', 'assignee_id', 'custom_fields[360000000002]']);
    expect(stderr).toContain('Ticket 2009 names no person to hold it against (assignee_id): it is left out.');
    const reported = out.warnings.map((w) => [w.record, w.code]);
    expect(reported).toEqual(expect.arrayContaining([['2003', 'ticketReopened'], ['2004', 'ticketZoneAssumed'], ['2001', 'ticketStepsOutOfOrder'], ['2002', 'ticketMissingStep']]));
    // the service desk's own SLA verdicts, where they differ from kaohe's, after T-002 was appraised
    expect(out.warnings.filter((w) => w.code === 'ticketVerdictDisagrees').map((w) => w.message)).toEqual([
      'Ticket 2007: the service desk says reply_time breached, kaohe finds contactedAt met by rule F2; kaohe\'s verdict is applied.',
      'Ticket 2008: the service desk says reply_time met, kaohe finds contactedAt late by rule F2; kaohe\'s verdict is applied.',
    ]);
    const json = JSON.parse((await run('appraise', '--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', 'packages/adapters/fixtures/tickets/zendesk/edge-cases.json', '--period', '2026-10')).stdout) as typeof out;
    expect(json.rejected.map((r) => [r.record, r.cells[0]?.code])).toEqual([['2005', 'ticketUnmappedClass'], ['2006', 'ticketStepBeforeStart'], ['2009', 'ticketNoSubject'], ['2010', 'ticketBadTimestamp']]);
  });

  it('a ticket left out, or warned about, is placed by its position in the export (the tickets are 2001 to 2010)', async () => {
    const { stdout } = await run('appraise', '--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', 'packages/adapters/fixtures/tickets/zendesk/edge-cases.json', '--period', '2026-10', '--format', 'jsonl');
    const lines = jsonl(stdout);
    expect(lines.filter((l) => l.type === 'rejected').map((l) => [l['record'], l['row']])).toEqual([['2005', 5], ['2006', 6], ['2009', 9], ['2010', 10]]);
    for (const w of lines.filter((l) => l.type === 'warning')) expect(w['row']).toBe(Number(w['record']) - 2000);
  });

  it('JSON Lines carry every warning of the run, as `warning` lines before the summary that counts them; JSON lists the same', async () => {
    const args = ['appraise', '--preset', TECHNICIAN, '--tickets', 'zendesk', '--input', 'packages/adapters/fixtures/tickets/zendesk/edge-cases.json', '--period', '2026-10', '--locale', 'zh-CN'];
    const lines = jsonl((await run(...args, '--format', 'jsonl')).stdout);
    const warnings = lines.filter((l) => l.type === 'warning');
    const json = JSON.parse((await run(...args)).stdout) as { warnings: Array<{ code: string; record?: string; subject?: string; message: string }> };
    expect(warnings.map((w) => [w['code'], w['record'], w['subject'], w['message']])).toEqual(json.warnings.map((w) => [w.code, w.record, w.subject, w.message]));
    expect(warnings).toHaveLength(16);
    // kaohe's own SLA verdict against the service desk's, for the subject the ticket is held against, in the run's locale
    expect(warnings.filter((w) => w['code'] === 'ticketVerdictDisagrees').map((w) => [w['record'], w['subject']])).toEqual([['2007', 'T-002'], ['2008', 'T-002']]);
    expect(warnings.every((w) => /[\u4e00-\u9fff]/.test(String(w['message'])))).toBe(true);
    expect(lines.findIndex((l) => l.type === 'warning')).toBeGreaterThan(lines.findLastIndex((l) => l.type === 'result' || l.type === 'rejected'));
    expect(lines.at(-1)).toEqual({ type: 'summary', read: 10, appraised: 1, rejected: 4, errors: 0, blank: 0, warnings: 16 });
  });

  it('a month missing from --history is a warning line naming the subject', async () => {
    const result = (subject: string, month: string): string => `${JSON.stringify({ type: 'result', subject, period: month, scheme: { id: TECHNICIAN }, points: '0.50' })}\n`;
    const history = file('gap.jsonl', result('T-001', '2026-08') + result('T-001', '2026-09') + result('T-009', '2026-08'));
    const lines = jsonl((await run('appraise', ...ticketRun, '--history', history, '--format', 'jsonl')).stdout);
    expect(lines.filter((l) => l.type === 'warning' && l['code'] === 'historySubjectGap')).toEqual([
      { type: 'warning', code: 'historySubjectGap', message: 'T-009 has results for 2026-08 but none for 2026-09: 2026-09 counts as empty for it', file: history, subject: 'T-009' },
    ]);
  });
});

describe('where each fact of a result came from', () => {
  it('a CRM run\'s result lists each fact with the record, its position in the export and the field read', async () => {
    const { stdout } = await run('appraise', ...crmRun, '--input', `${SF}/opportunities.json`, '--format', 'jsonl');
    const [result] = jsonl(stdout);
    const sources = result?.['sources'] as Array<Record<string, unknown>>;
    expect(sources.find((s) => s['fact'] === 'contractValue')).toEqual({ fact: 'contractValue', source: 'salesforce', file: `${SF}/opportunities.json`, row: 2, record: '006J8000004HfQ2IAK', object: 'Opportunity', field: 'Amount', value: '1500000' });
    // a stage change is a row of the stage history, named by its id: no position in the export is claimed for it
    expect(sources.filter((s) => s['fact'] === 'actualDays').map((s) => [s['object'], s['field'], s['row']])).toEqual([['OpportunityFieldHistory', 'CreatedDate', undefined], ['Opportunity', 'AcceptedOn__c', 2]]);
    // every fact the CRM gave has its source; the ratings came from the raters' sheet
    const facts = (await run('appraise', ...crmRun, '--input', `${SF}/opportunities.json`)).stdout;
    const json = JSON.parse(facts) as { results: Array<{ sources: unknown }> };
    expect(json.results[0]?.sources).toEqual(sources);
  });

  it('a service desk run\'s result lists each field of each order with its ticket and position; a JSON input\'s has none', async () => {
    const [result] = jsonl((await run('appraise', ...ticketRun, '--format', 'jsonl')).stdout);
    const sources = result?.['sources'] as Array<Record<string, unknown>>;
    expect(sources.filter((s) => s['fact'] === 'orders[2].onSiteAt')).toEqual([{ fact: 'orders[2].onSiteAt', source: 'zendesk', file: `${ZD}/export-2026-10.json`, row: 3, record: '1003', field: 'custom_fields[360000000002]' }]);
    expect(new Set(sources.map((s) => s['record']))).toEqual(new Set(['1001', '1002', '1003']));
    const plain = jsonl((await run('appraise', '--preset', TECHNICIAN, '--input', 'examples/subjects/example-k.json', '--format', 'jsonl')).stdout);
    expect(plain[0]).not.toHaveProperty('sources');
  });
});

describe('sources joined by subject', () => {
  it('a fact two sources give differently is an error naming both sources and both values', async () => {
    const facts = file('facts.json', [{ subject: 'PRJ-2026-002', facts: { contractValue: '1,600,000.00', budget: '100,000' } }]);
    const { code, stdout } = await run('appraise', ...crmRun, '--input', `${SF}/opportunities.json`, '--facts', facts, '--format', 'jsonl');
    expect(code).toBe(1);
    const errors = jsonl(stdout).filter((l) => l.type === 'error');
    expect(errors).toEqual([
      {
        type: 'error',
        file: `${SF}/opportunities.json`,
        subject: 'PRJ-2026-002',
        field: '',
        code: 'joinConflict',
        message: `Subject PRJ-2026-002: facts.contractValue is "1500000" in salesforce ${SF}/opportunities.json but "1,600,000.00" in ${facts}; correct one of them: the subject is not appraised.`,
      },
    ]);
  });

  it('a subject of the raters\' sheet that the CRM does not have is listed', async () => {
    const ratings = file('ratings.csv', '工号,工程质量(自评),工程质量(销售代表),工程质量(上级考核)\nPRJ-2026-002,28,26,27\nPRJ-2026-099,20,20,20\n');
    const { code, stdout } = await run('appraise', ...crmRun.map((a) => (a.endsWith('ratings-implementation.csv') ? ratings : a)), '--input', `${SF}/opportunities.json`);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { results: Array<{ subject: string; total: string }>; warnings: Array<{ code: string; message: string }> };
    expect(out.results.map((r) => [r.subject, r.total])).toEqual([['PRJ-2026-002', '81.00']]);
    expect(out.warnings.filter((w) => w.code === 'joinSubjectUnused').map((w) => w.message)).toEqual([`Subject PRJ-2026-099 is only in ${ratings}, not in salesforce ${SF}/opportunities.json: it is not appraised.`]);
  });

  it('reads the raters\' sheet with --mapping when its headers are the department\'s own', async () => {
    const decimal = (to: string, header: string) => ({ to, headers: [header], type: 'decimal', required: true });
    const mapping = file('raters.mapping.json', {
      schemaVersion: 1,
      id: 'raters',
      tables: [{ id: 'raters', mode: 'perSubject', columns: [{ to: 'subject', headers: ['项目编号'], type: 'text', required: true }, decimal('ratings.quality.self', '自评'), decimal('ratings.quality.salesRep', '销售评'), decimal('ratings.quality.superior', '上级评')] }],
    });
    const ratings = file('raters.csv', '项目编号,自评,销售评,上级评\nPRJ-2026-002,28,26,27\n');
    const args = crmRun.map((a) => (a.endsWith('ratings-implementation.csv') ? ratings : a));
    expect((await run('appraise', ...args, '--input', `${SF}/opportunities.json`)).code).toBe(1);
    const noSheet = await run('appraise', ...crmRun.slice(0, 6), '--period', '2026-Q3', '--input', `${SF}/opportunities.json`, '--mapping', mapping);
    expect(noSheet).toMatchObject({ code: 2, stderr: 'kaohe: --mapping is for .xlsx and .csv inputs\n' });
    const { code, stdout } = await run('appraise', ...args, '--input', `${SF}/opportunities.json`, '--mapping', mapping);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { results: Array<{ total: string }> }).results.map((r) => r.total)).toEqual(['81.00']);
  });

  it('--history with a plain JSON input, and --history repeated', async () => {
    const { code, stdout } = await run('appraise', '--preset', TECHNICIAN, '--input', 'examples/subjects/example-k.json', '--period', '2026-10', '--history', `${ZD}/results-2026-08.jsonl`, '--history', `${ZD}/results-2026-09.jsonl`, '--format', 'jsonl');
    expect(code).toBe(0);
    // T-001-H carries the same months in its own facts; T-001 has them from the results only
    expect(jsonl(stdout).filter((l) => l.type === 'result').map((l) => [l['subject'], l['outcome']])).toEqual([['T-001', 'dismissal'], ['T-001-H', 'dismissal']]);
  });
});

describe('--history: kaohe\'s own earlier results', () => {
  it('reads the JSON of --format json as the JSON Lines', async () => {
    const september = await run('appraise', '--preset', TECHNICIAN, '--input', `${ZD}/orders-2026-09.json`);
    const json = file('results-2026-09.json', september.stdout);
    const { code, stdout } = await run('appraise', ...ticketRun, '--history', `${ZD}/results-2026-08.jsonl`, json, '--format', 'jsonl');
    expect(code).toBe(0);
    expect(jsonl(stdout)[0]).toMatchObject({ outcome: 'dismissal', sanctions: [{ id: 'dismissal', value: '3.00' }] });
  });

  it('refuses results of another scheme naming the file, of the period itself, or a subject given twice', async () => {
    const other = await run('appraise', '--preset', 'tech-department/presales-project', '--input', 'examples/subjects/example-h.json', '--format', 'jsonl');
    const presales = file('presales.jsonl', other.stdout);
    const refused = await run('appraise', ...ticketRun, '--history', presales);
    expect(refused).toMatchObject({ code: 1, stderr: `kaohe: ${presales}: holds results of tech-department/presales-project, not of broadband-field-ops/technician: --history reads earlier results of the scheme appraised\n` });
    const october = file('october.jsonl', (await run('appraise', '--preset', TECHNICIAN, '--input', 'examples/subjects/example-k.json', '--format', 'jsonl')).stdout);
    expect((await run('appraise', ...ticketRun, '--history', october)).stderr).toBe(`kaohe: ${october}: the result of T-001 is for 2026-10, not for a period before 2026-10\n`);
    const twice = await run('appraise', ...ticketRun, '--history', `${ZD}/results-2026-09.jsonl`, `${ZD}/results-2026-09.jsonl`);
    expect(twice.stderr).toBe(`kaohe: T-001 has two results for 2026-09 (${ZD}/results-2026-09.jsonl)\n`);
    const notResults = await run('appraise', ...ticketRun, '--history', `${ZD}/breaches-2026-10.json`);
    expect(notResults.stderr).toContain('breaches-2026-10.json: holds no result of kaohe appraise');
  });

  it('lists a subject missing from a month the files cover after its first', async () => {
    const lines = (subject: string, month: string, points: string): string => `${JSON.stringify({ type: 'result', subject, period: month, scheme: { id: TECHNICIAN }, points })}\n`;
    const history = file('gappy.jsonl', lines('T-001', '2026-08', '0.50') + lines('T-001', '2026-09', '1.00') + lines('T-009', '2026-08', '0.50') + lines('T-010', '2026-09', '0.50'));
    const { code, stdout } = await run('appraise', ...ticketRun, '--history', history);
    expect(code).toBe(0);
    const warnings = (JSON.parse(stdout) as { warnings: Array<{ code: string; record: string; message: string }> }).warnings.filter((w) => w.code === 'historySubjectGap');
    // T-010 began in September: no gap
    expect(warnings.map((w) => w.message)).toEqual(['T-009 has results for 2026-08 but none for 2026-09: 2026-09 counts as empty for it']);
  });

  it('names every file after --history up to the next flag', () => {
    expect(historyFiles(['appraise', '--history', 'a.jsonl', 'b.json', '--period', '2026-10', '--history=c.xlsx'])).toEqual(['a.jsonl', 'b.json', 'c.xlsx']);
  });
});
