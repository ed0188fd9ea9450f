import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_EVERY, BLANK_EVERY, root, writeSubjectCsv } from './testKit';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kaohe-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Enough subjects that the output could not be held as one string: the JSON output of 100,000
 * subjects is about 700 MB, past V8's limit of 2^29 - 24 characters, where `kaohe appraise`
 * used to fail with "Invalid string length" (at about 77,000 subjects).
 */
const ROWS = 100_000;
describe('kaohe appraise over a large file, as a process', () => {
  // Generous: this is no timing test, only a bound for a slow, shared machine.
  it(`streams ${ROWS.toLocaleString('en')} subjects to JSON Lines: every subject's line, and read = appraised + errors + rejected + blank`, { timeout: 300_000 }, async () => {
    expect(existsSync(bin)).toBe(true);
    const csv = join(dir, 'presales.csv');
    const counts = await writeSubjectCsv(csv, ROWS);
    const child = spawn(process.execPath, [bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', csv, '--period', '2026-Q3', '--format', 'jsonl'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const seen = new Uint8Array(ROWS);
    const types = { result: 0, rejected: 0, error: 0, summary: 0, other: 0 };
    let summary: Record<string, number> | null = null;
    let last = '';
    // Read line by line: the output (about 530 MB) is never held whole here either.
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      last = line;
      const type = /^\{"type":"(\w+)"/.exec(line)?.[1];
      if (type === 'result') {
        const subject = /"subject":"E(\d+)"/.exec(line)?.[1];
        expect(subject).toBeDefined();
        const at = Number(subject);
        seen[at] = (seen[at] ?? 0) + 1;
        types.result++;
      } else if (type === 'summary') {
        summary = JSON.parse(line) as Record<string, number>;
        types.summary++;
      } else if (type === 'rejected' || type === 'error') types[type]++;
      else types.other++;
    }
    const [code] = (await once(child, 'close')) as [number];
    // The bad rows make the run fail (exit 1), but every good subject is appraised.
    expect(code, stderr).toBe(1);
    expect(last.startsWith('{"type":"summary"')).toBe(true);
    expect(types).toEqual({ result: counts.good, rejected: counts.bad, error: 0, summary: 1, other: 0 });
    for (let i = 0; i < ROWS; i++) {
      const expected = i % BLANK_EVERY === 500 || i % BAD_EVERY === 7 ? 0 : 1;
      if (seen[i] !== expected) expect.fail(`subject E${i}: ${String(seen[i])} result line(s), expected ${String(expected)}`);
    }
    expect(summary).toEqual({ type: 'summary', read: ROWS, appraised: counts.good, rejected: counts.bad, errors: 0, blank: counts.blank, warnings: 0 });
    const s = summary as unknown as Record<string, number>;
    expect(s.read).toBe((s.appraised ?? 0) + (s.errors ?? 0) + (s.rejected ?? 0) + (s.blank ?? 0));
  });
});
