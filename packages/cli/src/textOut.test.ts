import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { fileOut } from './textOut';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

it('waits for the file to drain as often as it must without piling up listeners', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-textout-'));
  dirs.push(dir);
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => void warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    const out = fileOut(join(dir, 'out.txt'));
    // Each chunk is past the stream's 16 KiB mark, so every write waits for a drain.
    const chunk = `${'x'.repeat(64 * 1024 - 1)}\n`;
    for (let i = 0; i < 40; i++) await out.write(chunk);
    await out.close();
    // A warning is emitted on the next tick after the listener that crosses the limit.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect((await readFile(join(dir, 'out.txt'), 'utf8')).length).toBe(40 * 64 * 1024);
  } finally {
    process.off('warning', onWarning);
  }
});
