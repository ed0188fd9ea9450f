import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './testKit';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kaohe-closed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Subjects enough that their output is far past a pipe's buffer (about 7 KB of JSON each). */
const SUBJECTS = 2000;

function subjects(): string {
  const data = JSON.parse(readFileSync(join(root, 'examples/subjects/example-c.json'), 'utf8')) as unknown;
  const one = (Array.isArray(data) ? data[0] : data) as Record<string, unknown>;
  const path = join(dir, 'many.json');
  writeFileSync(path, JSON.stringify(Array.from({ length: SUBJECTS }, (_, i) => ({ ...one, subject: `E${i}` }))));
  return path;
}

/** Runs `kaohe appraise … --format <format> | head -1`: the reader closes the pipe after the first chunk. */
async function firstChunkOnly(input: string, format: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; first: string }> {
  const child = spawn(process.execPath, [bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', input, '--format', format], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  child.stdout.destroy();
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  return { code, signal, stderr, first: chunk.toString('utf8') };
}

describe('kaohe appraise into a pipe its reader closes (| head -1), as a process', () => {
  const input = subjects();
  for (const format of ['jsonl', 'json', 'table']) {
    it(`--format ${format}: ends quietly with exit code 0, no EPIPE and no stack trace`, { timeout: 120_000 }, async () => {
      const { code, signal, stderr, first } = await firstChunkOnly(input, format);
      expect(first.length).toBeGreaterThan(0);
      expect(signal).toBeNull();
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });
  }
});
