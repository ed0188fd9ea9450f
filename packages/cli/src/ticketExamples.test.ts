import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt } from './testKit';

/**
 * examples/tickets/<source>: the vendor, A2 and after-sales project presets from each service
 * desk's export, run with the built `kaohe` in the example's folder as its README does; the
 * figures are worked out by hand in the READMEs.
 */
type Line = Record<string, unknown> & { type: string };
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
const points = (line: Line | undefined): Record<string, string> => Object.fromEntries(((line?.['items'] ?? []) as Array<{ id: string; points: string }>).map((i) => [i.id, i.points]));

// the service desks' exports are JSON, the work-order sheets CSV
const RUNS = (ext: string) => ({
  vendor: ['--preset', 'outsourced-maintenance/vendor', '--input', `vendor-2026-10.${ext}`, '--facts', '../facts/vendor-2026-10.json', '--period', '2026-10'],
  supervisor: ['--preset', 'tech-support-center/after-sales-supervisor', '--input', `after-sales-supervisor-2026-Q4.${ext}`, '--facts', '../facts/after-sales-supervisor-2026-Q4.json', '--period', '2026-Q4'],
  project: ['--preset', 'tech-department/after-sales-project', '--input', `after-sales-project-2026-Q3.${ext}`, '--facts', '../facts/after-sales-project-2026-Q3.json', '--ratings', '../facts/ratings-after-sales-project-2026-Q3.csv', '--period', '2026-Q3'],
});

describe.each(['zendesk', 'jira', 'servicenow', 'sheet'])('example: tickets/%s — the vendor, A2 and the after-sales project', (source) => {
  const runs = RUNS(source === 'sheet' ? 'csv' : 'json');
  const kaohe = (run: keyof typeof runs) => runBuilt(join('examples/tickets', source), 'appraise', '--tickets', source, ...runs[run], '--format', 'jsonl');

  it('outsourced-maintenance/vendor: a response 1 s late (−2), a restore 1 s late and one not restored (−5 each): 88.00', async () => {
    const { code, stdout, stderr } = await kaohe('vendor');
    expect(code, stderr).toBe(0);
    const [result, ...rest] = lines(stdout);
    expect(result).toMatchObject({ type: 'result', subject: 'vendor-A', total: '88.00' });
    expect([points(result)['V1'], points(result)['V2']]).toEqual(['-2.00', '-10.00']);
    // the steps not yet taken are warnings naming their tickets
    expect(rest.filter((l) => l.type === 'warning').map((l) => l['code'])).toEqual(['ticketMissingStep', 'ticketMissingStep', 'ticketMissingStep']);
    expect(rest.at(-1)).toMatchObject({ type: 'summary', read: 3, appraised: 1, rejected: 0 });
  }, 60_000);

  it('tech-support-center/after-sales-supervisor: 1 of 3 on time at the quarter\'s end, A2 10.00, total 80.00', async () => {
    const { code, stdout, stderr } = await kaohe('supervisor');
    expect(code, stderr).toBe(0);
    const [result] = lines(stdout);
    expect(result).toMatchObject({ subject: 'M-01', total: '80.00' });
    expect(points(result)['A2']).toBe('10.00');
  }, 60_000);

  it('tech-department/after-sales-project: timeliness 26.67 (2 of 3) and 40.00; Example J\'s 92.00 A 1,250.00', async () => {
    const { code, stdout, stderr } = await kaohe('project');
    expect(code, stderr).toBe(0);
    const results = lines(stdout).filter((l) => l.type === 'result') as Array<Line & { total: string; grade: { id: string }; bonus: { final: string } }>;
    expect(results.map((r) => [r['subject'], points(r)['timeliness'], r.total, r.grade.id, r.bonus.final])).toEqual([
      ['XM-2026-07', '26.67', '78.67', 'C', '750.00'],
      ['XM-2026-08', '40.00', '92.00', 'A', '1250.00'],
    ]);
  }, 60_000);
});
