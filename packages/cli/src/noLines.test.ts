import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appraiseScheme, appraiseSync, compile, compileScheme, type OrgChartInput } from '@kaohe/core';
import { readResultsWorkbook } from '@kaohe/adapters';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { afterAll, describe, expect, it } from 'vitest';
import { subjectArray } from '../../../bench/generate.mjs';
import { builtBin, root, run, writeSubjectCsv } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-no-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRESALES = 'tech-support-center/presales-engineer';

/** A result (or a whole output) with every `lines` emptied in place: what `--no-lines` should print. */
function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'lines' ? [] : withoutLines(v)]));
}

const linesOf = (text: string): string[] => text.split('\n').filter((l) => l !== '');
/** JSON Lines with every result's lines emptied, byte for byte as a run without lines prints them. */
const jsonlWithoutLines = (text: string): string => linesOf(text).map((l) => `${JSON.stringify(withoutLines(JSON.parse(l)))}\n`).join('');

/** The built `kaohe` as a process, its output whole (the files here are small). */
async function runProcess(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [builtBin, ...argv], { cwd: root, maxBuffer: 256 << 20 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** What a bulk run must keep of a result: its figures. */
function figures(line: string): unknown {
  const r = JSON.parse(line) as { type: string; subject?: string; total?: string; band?: unknown; outcome?: string; items?: { id: string; points: string }[] };
  if (r.type !== 'result') return r;
  return { subject: r.subject, total: r.total, band: r.band, outcome: r.outcome, items: r.items?.map((i) => [i.id, i.points]) };
}

describe('kaohe appraise --no-lines', () => {
  const csv = join(dir, 'subjects.csv');

  it('prints the default output with every lines emptied, in jsonl, json and table, to --out .jsonl/.json/.xlsx and --rejects, and in a shard', { timeout: 240_000 }, async () => {
    const counts = await writeSubjectCsv(csv, 1200);
    expect(counts.bad).toBeGreaterThan(0);
    for (const [format, ext] of [
      ['jsonl', 'jsonl'],
      ['json', 'json'],
      ['table', 'xlsx'],
    ] as const) {
      const files = (name: string) => ({ out: join(dir, `${name}-${format}.${ext}`), rejects: join(dir, `${name}-${format}.csv`) });
      const args = (f: { out: string; rejects: string }) => ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', format, '--jobs', '1', '--out', f.out, '--rejects', f.rejects];
      const [full, bare] = [files('full'), files('bare')];
      const withLines = await run(...args(full));
      const without = await run(...args(bare), '--no-lines');
      expect({ code: without.code, stderr: without.stderr }).toEqual({ code: withLines.code, stderr: withLines.stderr });
      expect(withLines.code).toBe(1);
      expect(readFileSync(bare.rejects, 'utf8')).toBe(readFileSync(full.rejects, 'utf8'));
      if (format === 'jsonl') {
        expect(withLines.stdout).toMatch(/"lines":\[\{/);
        expect(without.stdout).not.toMatch(/"lines":\[\{/);
        expect(without.stdout).toBe(jsonlWithoutLines(withLines.stdout));
        expect(readFileSync(bare.out, 'utf8')).toBe(without.stdout);
      } else if (format === 'json') {
        expect(without.stdout).toBe(`${JSON.stringify(withoutLines(JSON.parse(withLines.stdout)), null, 2)}\n`);
        expect(readFileSync(bare.out, 'utf8')).toBe(without.stdout);
      } else {
        // A table without --explain shows no lines: the same bytes.
        expect(without.stdout).toBe(withLines.stdout);
        const [sheetFull] = await readResultsWorkbook(readFileSync(full.out));
        const [sheetBare] = await readResultsWorkbook(readFileSync(bare.out));
        expect(sheetBare?.rows.length).toBe(counts.good);
        expect(sheetBare?.rows.map((r) => [r.subject, r.total, r.outcome])).toEqual(sheetFull?.rows.map((r) => [r.subject, r.total, r.outcome]));
      }
    }
    const shard = ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1', '--shard', '2/3'];
    const shardFull = await run(...shard);
    const shardBare = await run(...shard, '--no-lines');
    expect(shardBare.stdout).toBe(jsonlWithoutLines(shardFull.stdout));
    expect(linesOf(shardBare.stdout).at(-1)).toMatch(/"shard":"2\/3"/);
  });

  it('writes the same bytes with --jobs 2 as with --jobs 1', { timeout: 120_000 }, async () => {
    for (const format of ['jsonl', 'json']) {
      const args = ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', format, '--no-lines'];
      const one = await run(...args, '--jobs', '1');
      const two = await run(...args, '--jobs', '2');
      expect(two).toEqual(one);
      expect(one.stdout).toMatch(format === 'json' ? /"lines": \[\]/ : /"lines":\[\]/);
    }
  });

  it('refuses --explain with --no-lines in table output, in both locales', async () => {
    const table = ['appraise', '--preset', PRESALES, '--input', 'examples/subjects/example-c.json', '--format', 'table', '--explain', '--no-lines'];
    expect(await run(...table)).toEqual({ code: 2, stdout: '', stderr: 'kaohe: --explain shows the lines and --no-lines leaves them out: give one of them\n' });
    expect(await run(...table, '--locale', 'zh-CN')).toEqual({ code: 2, stdout: '', stderr: 'kaohe: --explain 显示说明，--no-lines 不输出说明：请只给出其一\n' });
  });

  it('gives a penalty regime its figures without lines: appraiseRegime’s explain: false, the default run with every lines emptied', async () => {
    const regime = ['appraise', '--preset', 'broadband-field-ops/technician', '--input', 'examples/subjects/example-k.json', '--org', 'examples/orgs/broadband-field-ops.json'];
    for (const format of ['jsonl', 'json']) {
      const full = await run(...regime, '--format', format);
      const bare = await run(...regime, '--format', format, '--no-lines');
      expect({ code: bare.code, stderr: bare.stderr }).toEqual({ code: full.code, stderr: full.stderr });
      expect(full.stdout).toMatch(/"lines": ?\[\s*\{/);
      expect(bare.stdout).not.toMatch(/"lines": ?\[\s*\{/);
      expect(bare.stdout).toBe(format === 'jsonl' ? jsonlWithoutLines(full.stdout) : `${JSON.stringify(withoutLines(JSON.parse(full.stdout)), null, 2)}\n`);
    }
    const inputs = JSON.parse(readFileSync(join(root, 'examples/subjects/example-k.json'), 'utf8')) as unknown[];
    const org = JSON.parse(readFileSync(join(root, 'examples/orgs/broadband-field-ops.json'), 'utf8')) as OrgChartInput;
    const compiled = compileScheme(getPreset('broadband-field-ops/technician')?.scheme, { schemes: presetSchemes });
    const expected = await Promise.all(inputs.map(async (input) => `{"type":"result",${JSON.stringify(await appraiseScheme(compiled, input, { org, explain: false })).slice(1)}`));
    expect(linesOf((await run(...regime, '--format', 'jsonl', '--no-lines')).stdout).slice(0, -1)).toEqual(expected);
  });
});

describe('kaohe appraise --no-lines, built, as a process', () => {
  it('prints each result as JSON.stringify(appraiseSync(compiled, input, { explain: false })), with --jobs 1 and 2', { timeout: 120_000 }, async () => {
    // More subjects than a batch, so that --jobs 2 runs on worker threads; some cannot be appraised.
    const inputs = subjectArray(PRESALES, 700, 11).map((s, i) => (i % 97 === 5 ? { ...s, facts: {} } : s));
    const file = join(dir, 'subjects.json');
    writeFileSync(file, JSON.stringify(inputs));
    const compiled = compile(getPreset(PRESALES)?.scheme, { schemes: presetSchemes });
    const expected: string[] = [];
    for (const input of inputs) {
      try {
        expected.push(`{"type":"result",${JSON.stringify(appraiseSync(compiled, input, { explain: false })).slice(1)}`);
      } catch {
        expected.push('error');
      }
    }
    expect(expected.filter((l) => l === 'error').length).toBe(8);
    for (const jobs of ['1', '2']) {
      const { code, stdout } = await runProcess('appraise', '--preset', PRESALES, '--input', file, '--format', 'jsonl', '--no-lines', '--jobs', jobs);
      expect(code).toBe(1);
      const lines = linesOf(stdout);
      expect(lines.slice(0, -1).map((l) => (l.startsWith('{"type":"error"') ? 'error' : l))).toEqual(expected);
      expect(JSON.parse(lines.at(-1) ?? '{}')).toEqual({ type: 'summary', read: 700, appraised: 692, rejected: 0, errors: 8, blank: 0, warnings: 0 });
    }
  });

  it('gives a subject CSV the figures and counts of the default run, with --jobs 1 and 2, and read = appraised + rejected + blank', { timeout: 240_000 }, async () => {
    const csv = join(dir, 'process.csv');
    const counts = await writeSubjectCsv(csv, 3000);
    const args = ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl'];
    const full = await runProcess(...args, '--jobs', '1');
    const fullFigures = linesOf(full.stdout).map(figures);
    for (const jobs of ['1', '2']) {
      const bare = await runProcess(...args, '--no-lines', '--jobs', jobs);
      expect({ code: bare.code, stderr: bare.stderr }).toEqual({ code: full.code, stderr: full.stderr });
      const lines = linesOf(bare.stdout);
      expect(lines.map(figures)).toEqual(fullFigures);
      expect(lines.filter((l) => l.startsWith('{"type":"result"')).every((l) => !/"lines":\[\{/.test(l))).toBe(true);
      const summary = JSON.parse(lines.at(-1) ?? '{}') as Record<string, number>;
      expect(summary).toEqual({ type: 'summary', read: 3000, appraised: counts.good, rejected: counts.bad, errors: 0, blank: counts.blank, warnings: 0 });
      expect(summary['read']).toBe((summary['appraised'] ?? 0) + (summary['rejected'] ?? 0) + (summary['blank'] ?? 0));
    }
  });
});
