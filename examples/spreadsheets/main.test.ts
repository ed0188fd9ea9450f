import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('example: spreadsheets', () => {
  it('appraises the workbook and the GBK CSV files, lists the rejected rows, and writes the results workbook', async () => {
    const main = fileURLToPath(new URL('./main.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [main, '--en']);
    const lines = stdout.trim().split('\n');
    // E1001 is Example B of the specification (90.00), E2001 Example C (90.14).
    expect(lines.filter((l) => /^E\d+ /.test(l))).toEqual([
      'E1001 90.00 good',
      'E1002 90.00 good',
      'E2001 90.14 good',
      'E2002 79.54 qualified',
      'E2003 73.21 qualified',
    ]);
    expect(lines.filter((l) => l.startsWith('rejected'))).toEqual([
      'rejected presales-engineer-late!D4 立项项目数: "五" is not a number (write for example 12, 1,234, 12.5 or 85%).',
      'rejected presales-engineer-late!J5 重点项目分析评分: 12 is above the largest allowed value, 10.',
    ]);
    expect(lines.at(-1)).toBe('workbook network-ops-supervisor:2 presales-engineer:3');
  });
});
