import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, writeSubjectCsv } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRESALES = 'tech-support-center/presales-engineer';
const ROWS = 2100;

const linesOf = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const summaryOf = (text: string): Record<string, unknown> => JSON.parse(linesOf(text).at(-1) ?? '{}') as Record<string, unknown>;

describe('kaohe appraise --shard and kaohe merge', () => {
  const csv = join(dir, 'subjects.csv');
  const shardFile = (i: number): string => join(dir, `shard-${i}.jsonl`);
  let whole = '';

  it('keeps each subject in one shard, counts the rest as left to other shards, and the shards add up to the whole run', { timeout: 240_000 }, async () => {
    await writeSubjectCsv(csv, ROWS);
    const all = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1');
    whole = all.stdout;
    const lines = new Set(linesOf(whole));
    const seen = new Set<string>();
    for (const i of [1, 2, 3]) {
      const shard = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1', '--shard', `${i}/3`, '--out', shardFile(i));
      expect(readFileSync(shardFile(i), 'utf8')).toBe(shard.stdout);
      const s = summaryOf(shard.stdout) as Record<string, number>;
      expect(s['shard']).toBe(`${i}/3`);
      expect(s['read']).toBe(ROWS);
      expect((s['appraised'] ?? 0) + (s['errors'] ?? 0) + (s['rejected'] ?? 0) + (s['blank'] ?? 0) + (s['otherShards'] ?? 0)).toBe(ROWS);
      expect(s['appraised']).toBeGreaterThan(600);
      expect(shard.code).toBe((s['rejected'] ?? 0) > 0 ? 1 : 0);
      for (const line of linesOf(shard.stdout).slice(0, -1)) {
        // Every line of a shard is the whole run's line, byte for byte, and in no other shard.
        expect(lines.has(line), line.slice(0, 80)).toBe(true);
        expect(seen.has(line)).toBe(false);
        seen.add(line);
      }
    }
    expect(seen.size).toBe(lines.size - 1);
  });

  it('merges the shards into the whole run: the same lines and the same summary', { timeout: 120_000 }, async () => {
    const merged = await run('merge', shardFile(1), shardFile(2), shardFile(3));
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(summaryOf(merged.stdout)).toEqual(summaryOf(whole));
    expect(linesOf(merged.stdout).sort()).toEqual(linesOf(whole).sort());
    const out = join(dir, 'all.xlsx');
    expect((await run('merge', shardFile(3), shardFile(1), shardFile(2), '--out', out)).code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a subject in two files and a file without its summary, writing nothing; says which shards are missing', async () => {
    const out = join(dir, 'twice.jsonl');
    const twice = await run('merge', shardFile(1), shardFile(2), shardFile(1), '--out', out);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^kaohe: subject E\d+ \(2026-Q3\) is in both .*shard-1\.jsonl and .*shard-1\.jsonl: shards of one input never share a subject/);
    expect(existsSync(out)).toBe(false);
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, linesOf(readFileSync(shardFile(2), 'utf8')).slice(0, -1).join('\n'));
    expect((await run('merge', shardFile(1), cut)).stderr).toBe(`kaohe: ${cut} has no summary line: the run that wrote it did not finish\n`);
    const part = await run('merge', shardFile(1), shardFile(3));
    const second = summaryOf(readFileSync(shardFile(2), 'utf8')) as Record<string, number>;
    expect(part.stderr).toBe(`kaohe: shards 2/3 are not among the files: ${String(ROWS - (second['otherShards'] ?? 0))} subjects and rows are left to them\n`);
    const s = summaryOf(part.stdout) as Record<string, number>;
    expect((s['appraised'] ?? 0) + (s['errors'] ?? 0) + (s['rejected'] ?? 0) + (s['blank'] ?? 0) + (s['otherShards'] ?? 0)).toBe(ROWS);
  });

  it('refuses a --shard that is not i/n', async () => {
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', 'examples/subjects/example-c.json', '--shard', '4/3');
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'kaohe: --shard takes i/n, the i-th of n shards from 1/n to n/n (say 2/4), not "4/3"\n' });
  });
});

describe('a read error mid-file', () => {
  it('writes nothing to the standard output when the run is refused before its first subject', async () => {
    const csv = join(dir, 'headers.csv');
    writeFileSync(csv, 'who,what\nE1,2\n');
    for (const format of ['json', 'jsonl']) {
      const refused = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', format);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^kaohe: /);
      expect(refused.stdout).toBe('');
    }
  });

  it('leaves a whole JSON document saying where the run stopped, a JSON Lines error line, and no workbook or spool folder', { timeout: 120_000 }, async () => {
    const csv = join(dir, 'broken.csv');
    await writeSubjectCsv(csv, 3000);
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}E99999,${'x'.repeat(1_100_000)},1,95%,8,9,8,9\nE100000,10,1,95%,8,9,8,9\n`);
    const spool = join(dir, 'tmp');
    rmSync(spool, { recursive: true, force: true });
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = spool;
    try {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(spool);
      // A workbook and JSON on one thread, JSON Lines on two.
      for (const jobs of ['1', '2']) {
        const out = join(dir, `broken-${jobs}.xlsx`);
        const jsonl = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--jobs', jobs, '--format', 'jsonl');
        const last = JSON.parse(linesOf(jsonl.stdout).at(-1) ?? '{}') as Record<string, unknown>;
        expect(last).toMatchObject({ type: 'error', code: 'cellTooLarge', subject: null });
        expect(jsonl.stdout).not.toContain('"type":"summary"');
        if (jobs === '2') continue;
        const json = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--jobs', jobs, '--out', out);
        expect(json.code).toBe(1);
        expect(json.stderr).toMatch(/B3002 of sheet "broken" holds more than 32767 characters/);
        const document = JSON.parse(json.stdout) as { results: unknown[]; failed: { code: string } };
        expect(document.results.length).toBeGreaterThan(500);
        expect(document.failed.code).toBe('cellTooLarge');
        expect(existsSync(out)).toBe(false);
        expect(readdirSync(spool)).toEqual([]);
      }
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
    }
  });
});
