import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { main } from './main';

/** The repository's root, where the tests' relative paths (examples/…) start. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Runs the `kaohe` command in-process from the repository's root, capturing what it writes. For tests.
 *
 * @example
 * const { code, stdout } = await run('presets', '--format', 'json');
 */
export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: root,
  });
  return { code, stdout, stderr };
}

/** The built `kaohe`, which the process tests run (the examples' READMEs run it so). */
export const builtBin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/**
 * Runs the built `kaohe` as a process in a folder of the repository (its root by default), capturing what it writes. For tests.
 *
 * @example
 * const { code, stdout } = await runBuilt('examples/crm/salesforce', 'appraise', '--preset', 'tech-department/presales-project', '--input', 'x.json');
 * @throws Error when the CLI has not been built.
 */
export async function runBuilt(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(builtBin)) throw new Error(`${builtBin} is missing: build the CLI first`);
  return promisify(execFile)(process.execPath, [builtBin, ...argv], { cwd: join(root, cwd), maxBuffer: 64 << 20 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}
