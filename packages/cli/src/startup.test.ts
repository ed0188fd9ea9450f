import { execFile } from 'node:child_process';
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

const heavy = /\/(core|presets|adapters|report)\/dist\/|\/node_modules\/(zod|decimal\.js|exceljs|papaparse|date-fns)\//;

describe('what the command loads', () => {
  it('answers --help and a usage error without loading the core, the presets, zod or the adapters', async () => {
    for (const args of [['--help'], ['--nope'], ['apprise']]) {
      const { code, modules } = await loaded(...args);
      expect(code).toBe(args[0] === '--help' ? 0 : 2);
      expect(modules.some((url) => url.endsWith('/dist/bin.js'))).toBe(true);
      expect(modules.filter((url) => heavy.test(url))).toEqual([]);
    }
  });

  it('loads the core, the presets and the CSV reader for a CSV appraisal, and neither exceljs nor the report', async () => {
    const { code, modules } = await loaded('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer-late.csv', '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1');
    expect([0, 1]).toContain(code);
    for (const needed of ['/core/dist/', '/presets/dist/', '/adapters/dist/', '/node_modules/papaparse/']) expect(modules.some((url) => url.includes(needed))).toBe(true);
    expect(modules.filter((url) => /\/report\/dist\/|\/node_modules\/(exceljs|@duckdb)\//.test(url))).toEqual([]);
  });
});
