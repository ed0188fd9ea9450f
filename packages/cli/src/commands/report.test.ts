import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kaohe-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: root });
  return { code, stdout, stderr };
}

const totals = (html: string): string[] => [...html.matchAll(/data-total="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('kaohe report', () => {
  it('appraises the inputs and writes a report whose subject totals are the JSON’s', async () => {
    const json = await run('appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/subjects/example-b.json', '--format', 'json');
    const results = (JSON.parse(json.stdout) as { results: Array<{ total: string }> }).results;
    const out = join(dir, 'b.html');
    const { code, stderr } = await run('report', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/subjects/example-b.json', '--out', out, '--locale', 'zh-CN');
    expect(code).toBe(0);
    expect(stderr).toContain('b.html');
    const html = await readFile(out, 'utf8');
    expect(totals(html)).toEqual(results.map((r) => r.total));
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('reads the JSONL of a source run, warning lines included, and lists its warnings', async () => {
    const jsonl = await run('appraise', '--preset', 'broadband-field-ops/technician', '--tickets', 'zendesk', '--input', 'packages/adapters/fixtures/tickets/zendesk/edge-cases.json', '--period', '2026-10', '--format', 'jsonl');
    const input = join(dir, 'tickets.jsonl');
    await writeFile(input, jsonl.stdout);
    const out = join(dir, 'tickets.html');
    // The export leaves tickets out (rejected lines), so the report is written and the run exits failed, as `kaohe appraise` does.
    expect((await run('report', '--input', input, '--out', out)).code).toBe(1);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<h2>Warnings</h2>');
    expect(html).toContain('Ticket 2008: the service desk says reply_time met, kaohe finds contactedAt late by rule F2; kaohe&#39;s verdict is applied.');
  });

  it('reads results back from JSONL and from the JSON of kaohe appraise, drawing the preset’s band edges', async () => {
    const json = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json', '--format', 'json');
    const results = (JSON.parse(json.stdout) as { results: Array<Record<string, unknown>> }).results;
    const jsonl = join(dir, 'c.jsonl');
    await writeFile(jsonl, `${results.map((r) => JSON.stringify({ type: 'result', ...r })).join('\n')}\n${JSON.stringify({ type: 'summary', read: results.length, appraised: results.length, rejected: 0, errors: 0 })}\n`);
    const fromJsonl = await run('report', '--input', jsonl);
    expect(fromJsonl.code).toBe(0);
    expect(totals(fromJsonl.stdout)).toEqual(results.map((r) => r.total));
    expect(fromJsonl.stdout).toMatch(/<line class="edge"/);
    const resultsJson = join(dir, 'c.results.json');
    await writeFile(resultsJson, json.stdout);
    const fromJson = await run('report', '--input', resultsJson);
    expect(fromJson.stdout).toBe(fromJsonl.stdout.replace(jsonl, resultsJson));
  });

  it('lists the rows a spreadsheet could not use', async () => {
    const json = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer-late.csv', '--period', '2026-Q3', '--format', 'json');
    const cells = (JSON.parse(json.stdout) as { rejected: Array<{ row: number; cells: Array<{ column: string; value: string }> }> }).rejected.flatMap((r) => r.cells.map((c) => ({ row: r.row, ...c })));
    expect(cells).toHaveLength(2);
    const { code, stdout } = await run('report', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer-late.csv', '--period', '2026-Q3');
    // As kaohe appraise does, a run with rejected rows exits 1, the report written all the same.
    expect(code).toBe(1);
    expect(stdout).toContain('<section class="subject"');
    const rejected = stdout.slice(stdout.indexOf('Rejected rows'));
    for (const c of cells) expect(rejected).toContain(`<td>${c.row}</td><td>${c.column}</td>`);
  });

  it('exits 1 when some input failed, whether it appraises the inputs or reads the results, and still writes the report', async () => {
    const input = join(dir, 'two.json');
    await writeFile(input, JSON.stringify([{ subject: 'A', period: '2026-Q3', facts: {} }, { subject: 'B', period: '2026-Q3', facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' }, ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 } }]));
    const appraise = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', input, '--format', 'jsonl');
    expect(appraise.code).toBe(1);
    const out = join(dir, 'two.html');
    const fromInputs = await run('report', '--preset', 'tech-support-center/presales-engineer', '--input', input, '--out', out);
    expect(fromInputs.code).toBe(appraise.code);
    expect(fromInputs.stderr).toContain('two.json #1');
    const html = await readFile(out, 'utf8');
    expect(totals(html)).toHaveLength(1);
    expect(html).toContain('two.json #1');
    const jsonl = join(dir, 'two.jsonl');
    await writeFile(jsonl, appraise.stdout);
    const fromResults = await run('report', '--input', jsonl);
    expect(fromResults.code).toBe(1);
    expect(totals(fromResults.stdout)).toHaveLength(1);
    const clean = await run('report', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json');
    expect(clean.code).toBe(0);
  });

  it('splits subject pages per department beside --out, and refuses what it cannot do', async () => {
    const out = join(dir, 'split', 'report.html');
    await mkdir(join(dir, 'split'));
    const { code } = await run('report', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json', '--out', out, '--pages', 'split');
    expect(code).toBe(0);
    expect((await readdir(join(dir, 'split'))).sort()).toEqual(['report-tech-support-center.html', 'report.html']);
    expect(await readFile(out, 'utf8')).toContain('href="report-tech-support-center.html"');
    expect((await run('report', '--input', 'examples/subjects/example-c.json', '--pages', 'split')).code).toBe(2);
    expect((await run('report', '--input', 'x.jsonl', '--pages', 'some')).stderr).toContain('--pages');
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"type":"result","kind":"scorecard"}\n');
    const failed = await run('report', '--input', bad);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('bad.jsonl');
  });
});
