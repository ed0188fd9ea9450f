import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('example: custom scheme', () => {
  it('runs against the built packages and prints each subject with its explained lines', async () => {
    const main = fileURLToPath(new URL('./main.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [main, '--en']);
    const totals = stdout.split('\n').filter((line) => line.startsWith('HD-'));
    // HD-101: 116/120 = 0.9667 ≥ 0.95 → 40; 0.93/0.9 → capped 40; 1 reopen allowed → 20.
    // HD-102: 88/98 = 0.8980, 0.0520 below → ⌈1.04⌉ = 2 steps → 20; 40 × 0.81/0.9 = 36; 3 over → 8.
    // HD-103: full marks, failed by the data-leak veto.
    expect(totals).toEqual(['HD-101 李雷 100.00 A', 'HD-102 韩梅梅 64.00 C', 'HD-103 王芳 100.00 fail']);
    expect(stdout).toContain('  veto LEAK Data leak: dataLeak = true → fail');
    expect(stdout).not.toContain('lint ');
  });
});
