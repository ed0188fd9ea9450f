import { fileURLToPath } from 'node:url';
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
