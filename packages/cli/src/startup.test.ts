import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './testKit';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
// A loader hook that writes each module's URL to stderr as it is loaded.
const hook = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\\\n"); return next(url, context); }'));`)}`;

/** The modules `kaohe …` loads, as URLs, and its exit code. */
async function loaded(...args: string[]): Promise<{ code: number; modules: string[] }> {
  const outcome = await promisify(execFile)(process.execPath, ['--import', hook, bin, ...args], { cwd: root }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => error,
  );
  const modules = outcome.stderr.split('\n').flatMap((line) => (line.startsWith('LOADED ') ? [line.slice(7)] : []));
  return { code: outcome.code, modules };
}

// zod's class name, in every file that holds zod: the command bundles it with the core.
const holdsZod = (url: string): boolean => readFileSync(fileURLToPath(url), 'utf8').includes('"ZodType"');

describe('what the command loads', () => {
  it('answers --help and a usage error without loading zod, the core or any package', async () => {
    for (const args of [['--help'], ['--nope'], ['apprise']]) {
      const { code, modules } = await loaded(...args);
      expect(code).toBe(args[0] === '--help' ? 0 : 2);
      const files = modules.filter((url) => url.startsWith('file:'));
      expect(files.some((url) => url.endsWith('/dist/bin.js'))).toBe(true);
      expect(files.filter((url) => url.includes('/node_modules/') || holdsZod(url))).toEqual([]);
    }
  });

  it('appraises a CSV from its own files, bundled, and leaves exceljs, unzipper and DuckDB unloaded', async () => {
    const { code, modules } = await loaded('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer-late.csv', '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1');
    expect([0, 1]).toContain(code);
    const files = modules.filter((url) => url.startsWith('file:'));
    expect(files.some(holdsZod)).toBe(true);
    expect(files.filter((url) => !url.includes('/packages/cli/dist/'))).toEqual([]);
  });
});
