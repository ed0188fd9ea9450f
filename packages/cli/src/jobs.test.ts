import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { run, writeSubjectCsv } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRESALES = 'tech-support-center/presales-engineer';

/** A run's every output: code, standard output and error, and the files it wrote. */
async function outputs(jobs: string, args: readonly string[], files: readonly string[]): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await run(...args, '--jobs', jobs);
  return { code, stdout, stderr, ...Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')])) };
}

describe('kaohe appraise --jobs', () => {
  it('writes the same bytes with --jobs 2 as with --jobs 1: a CSV with rejected and blank rows, as jsonl, json and table, with --rejects and --out', { timeout: 240_000 }, async () => {
    const csv = join(dir, 'subjects.csv');
    const counts = await writeSubjectCsv(csv, 1500);
    expect(counts.bad).toBe(2);
    for (const format of ['jsonl', 'json', 'table']) {
      const rejects = join(dir, `rejects-${format}.csv`);
      const out = join(dir, `out-${format}.${format === 'table' ? 'json' : format}`);
      const args = ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', format, '--rejects', rejects, '--out', out];
      const one = await outputs('1', args, [rejects, out]);
      const two = await outputs('2', args, [rejects, out]);
      expect(two, format).toEqual(one);
      expect(one['code']).toBe(1);
      expect(String(one['stdout']).length).toBeGreaterThan(100_000);
    }
  });

  it('writes the same bytes with --jobs 2 as with --jobs 1 for a JSON input with subjects that cannot be appraised', { timeout: 120_000 }, async () => {
    const file = join(dir, 'subjects.json');
    const subjects = subjectArray(PRESALES, 400, 7).map((s, i) => (i % 37 === 3 ? { ...s, facts: {} } : i % 53 === 8 ? { subject: s.subject, facts: s.facts, ratings: s.ratings } : s));
    writeFileSync(file, JSON.stringify(subjects));
    for (const format of ['jsonl', 'json']) {
      const args = ['appraise', '--preset', PRESALES, '--input', file, '--format', format];
      const one = await outputs('1', args, []);
      expect(one['code']).toBe(1);
      expect(String(one['stderr'])).toMatch(/#4: /);
      expect(await outputs('2', args, [])).toEqual(one);
    }
  });

  it('refuses a --jobs that is not a whole number from 1 up', async () => {
    for (const value of ['0', 'two', '-1', '1.5']) {
      const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', 'examples/subjects/example-c.json', `--jobs=${value}`);
      expect({ code, stderr }).toEqual({ code: 2, stderr: `kaohe: --jobs takes a whole number of worker threads from 1 up (1: no worker threads), not "${value}"\n` });
    }
  });
});
