import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Comparison } from '@kaohe/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, run } from '../testKit';

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const PRESET = 'tech-support-center/network-ops-supervisor';
const PROPOSED = 'examples/schemes/network-ops-supervisor.proposed.json';
const TEAM = 'examples/subjects/network-ops-team.json';
const appraising = ['--input', TEAM, '--preset', PRESET, '--against-scheme', PROPOSED];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kaohe-compare-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Who moves, and how: subject, band before and after, total before and after, the items behind it. */
const movers = (c: Comparison) => c.subjects.filter((s) => s.moved).map((s) => [s.subject, s.band.before.id, s.band.after.id, s.total.before, s.total.after, s.items.map((i) => `${i.id} ${i.delta}`)]);

// The proposal moves the good band's edge from 90 to 85 and makes a late report cost 5 points instead of 10.
const EXPECTED_MOVERS = [
  ['N-0000005', 'qualified', 'good', '75.00', '90.00', ['N4 15.00']],
  ['N-0000007', 'qualified', 'good', '85.00', '85.00', []],
  ['N-0000009', 'good', 'excellent', '95.00', '100.00', ['N4 5.00']],
  ['N-0000019', 'qualified', 'good', '85.00', '85.00', []],
  ['N-0000020', 'qualified', 'good', '80.00', '85.00', ['N4 5.00']],
];

describe('kaohe compare, as a process', () => {
  it('compares the team under the preset and the proposed band edge and deduction step: exactly five move', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'compare', ...appraising, '--format', 'json'], { cwd: root });
    const comparison = JSON.parse(stdout) as Comparison;
    expect(movers(comparison)).toEqual(EXPECTED_MOVERS);
    expect(comparison.totals.moved).toEqual({ band: 5, grade: 0, outcome: 5, any: 5 });
    expect(comparison.totals.total).toMatchObject({ before: '2110.00', after: '2170.00', delta: '60.00', up: 8, down: 0, same: 16 });
    expect(comparison.before.schemes.map((s) => s.id)).toEqual([PRESET]);
    expect(comparison.after.schemes.map((s) => [s.id, s.version])).toEqual([[`${PRESET}-proposed`, '2.0.0-draft']]);
    expect(comparison.before.summary).toEqual({ read: 24, appraised: 24, rejected: 0, errors: 0, blank: 0 });

    const out = join(dir, 'compare.html');
    const html = await promisify(execFile)(process.execPath, [bin, 'compare', ...appraising, '--out', out, '--locale', 'zh-CN'], { cwd: root });
    expect(html.stderr).toContain('compare.html');
    const page = await readFile(out, 'utf8');
    expect([...page.slice(page.indexOf('<table class="movers"')).matchAll(/data-subject="([^"]+)"/g)].map((m) => m[1])).toEqual(EXPECTED_MOVERS.map((m) => m[0]));
    expect(page).toContain('方案对比');
  });
});

describe('kaohe compare', () => {
  it('reads two results files as it appraises the inputs', async () => {
    const files: string[] = [];
    for (const scheme of [['--preset', PRESET], ['--scheme', PROPOSED]]) {
      const { code, stdout } = await run('appraise', ...scheme, '--input', TEAM, '--format', 'jsonl');
      expect(code).toBe(0);
      files.push(join(dir, `${files.length}.jsonl`));
      await writeFile(files[files.length - 1] as string, stdout);
    }
    const fromFiles = await run('compare', ...files, '--format', 'json');
    expect(fromFiles.code).toBe(0);
    const read = JSON.parse(fromFiles.stdout) as Comparison;
    const appraised = JSON.parse((await run('compare', ...appraising, '--format', 'json')).stdout) as Comparison;
    expect(read.subjects).toEqual(appraised.subjects);
    expect(read.totals).toEqual(appraised.totals);
    expect(read.before.inputs).toEqual([files[0]]);
    // Results of a preset bring its name; a scheme of one's own is known by its id.
    expect(read.before.schemes[0]?.name?.en).toBe('Network operations supervisor');
    const json = join(dir, 'c.json');
    expect((await run('compare', ...files, '--out', json)).code).toBe(0);
    expect((JSON.parse(await readFile(json, 'utf8')) as Comparison).subjects).toEqual(read.subjects);
  });

  it('says what is wrong with the command line, and what to type', async () => {
    const wrong = async (...argv: string[]): Promise<string> => {
      const { code, stderr } = await run('compare', ...argv);
      expect(code, argv.join(' ')).toBe(2);
      return stderr;
    };
    expect(await wrong('a.jsonl')).toContain('give two results files to compare');
    expect(await wrong('a.jsonl', 'b.jsonl', 'c.jsonl')).toContain('give two results files to compare');
    expect(await wrong()).toContain('give two results files to compare');
    expect(await wrong('a.jsonl', 'b.jsonl', '--input', TEAM)).toContain('not both');
    expect(await wrong('--input', TEAM, '--preset', PRESET)).toContain('--against-preset <id> or --against-scheme <file>');
    expect(await wrong(...appraising, '--against-preset', PRESET)).toContain('give --against-preset or --against-scheme, not both');
    expect(await wrong(...appraising, '--format', 'xml')).toContain('unknown format "xml"; use html or json');
    expect(await wrong(...appraising, '--out', 'c.csv')).toContain('--out c.csv: cannot write a ".csv" file: give a .html or .htm file');
    expect(await wrong(...appraising, '--format', 'json', '--out', 'c.html')).toContain('give a .json file');
    expect(await wrong('--input', TEAM, '--preset', PRESET, '--against-shceme', PROPOSED)).toContain('unknown option --against-shceme; did you mean --against-scheme?');
    expect(await wrong('--input', TEAM, '--preset', PRESET, '--against-scheme')).toContain('--against-scheme needs a value: --against-scheme <file>');
    expect(await wrong(TEAM, TEAM)).toContain(`${TEAM} holds no results`);
    expect(await wrong('a.jsonl', '--locale', 'zh-CN')).toContain('请给出对比前后的两个结果文件');
  });

  it('names a results file it cannot read', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"type":"result","kind":"scorecard"}\n');
    const failed = await run('compare', bad, bad);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('bad.jsonl');
    // A file not found is a mistake of the command line, as for every command.
    const missing = await run('compare', 'nowhere.jsonl', bad);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.jsonl: not found');
  });
});
