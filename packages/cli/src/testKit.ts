import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
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

/** Every this many rows of {@link writeSubjectCsv}, one has a bad cell, and one is blank. */
export const BAD_EVERY = 997;
export const BLANK_EVERY = 1009;

/**
 * Writes a subject-per-row CSV of `rows` rows for tech-support-center/presales-engineer (subjects
 * E0, E1, …), with a bad cell every {@link BAD_EVERY} rows and a blank row every {@link BLANK_EVERY},
 * and returns how many of each it wrote. For tests.
 */
export async function writeSubjectCsv(path: string, rows: number): Promise<{ good: number; bad: number; blank: number }> {
  const out = createWriteStream(path);
  const counts = { good: 0, bad: 0, blank: 0 };
  let text = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\n';
  for (let i = 0; i < rows; i++) {
    if (i % BLANK_EVERY === 500) {
      text += ',,,,,,,\n';
      counts.blank++;
    } else if (i % BAD_EVERY === 7) {
      text += `E${i},many,${i % 6},95%,8,9,8,9\n`;
      counts.bad++;
    } else {
      text += `E${i},${10 + (i % 5)},${i % 6},${90 + (i % 10)}%,${5 + (i % 5)},${6 + (i % 4)},${7 + (i % 3)},${8 + (i % 2)}\n`;
      counts.good++;
    }
    if (text.length > 1 << 16) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(text);
  await once(out, 'close');
  return counts;
}
