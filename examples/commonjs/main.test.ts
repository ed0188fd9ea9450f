import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { appraiseSync, compile } from '@kaohe/core';
import { presalesEngineer } from '@kaohe/presets';

describe('example: CommonJS', () => {
  it('require() gives the same total and scheme hash as the ESM sources', async () => {
    const main = fileURLToPath(new URL('./main.cjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [main]);
    const fromCjs = JSON.parse(stdout) as { total: string; band: string; hash: string };
    const fromEsm = appraiseSync(compile(presalesEngineer), {
      subject: 'TSC-004',
      period: '2026-Q3',
      facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' },
      ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 },
    });
    expect(fromCjs).toEqual({ total: '90.14', band: 'good', hash: fromEsm.scheme.hash });
  });
});
