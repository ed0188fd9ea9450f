// The built package as a consumer gets it (dist/, not the sources the other tests alias): its
// ESM and CommonJS builds agree on KaoheError, and its .d.ts gives a real Decimal type under
// module nodenext with skipLibCheck off. scripts/packed-consumer.mjs checks the same from tarballs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const esmEntry = join(packageDir, 'dist', 'index.js');
const cjsEntry = join(packageDir, 'dist', 'index.cjs');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

type Core = typeof import('../src/index');

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('the built @kaohe/core', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kaohe-core-dist-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('recognises a KaoheError of its CommonJS build in its ESM build and the other way round', async () => {
    const esm = (await import(esmEntry)) as Core;
    const cjs = createRequire(import.meta.url)(cjsEntry) as Core;
    expect(esm.KaoheError).not.toBe(cjs.KaoheError);
    const fromCjs = thrown(() => cjs.compile({} as never));
    const fromEsm = thrown(() => esm.compile({} as never));
    expect(fromCjs instanceof esm.KaoheError).toBe(true);
    expect(fromEsm instanceof cjs.KaoheError).toBe(true);
    expect(esm.isKaoheError(fromCjs) && cjs.isKaoheError(fromEsm)).toBe(true);
  });

  it('types Decimal under module nodenext, in ESM and CommonJS files, with skipLibCheck off', () => {
    mkdirSync(join(scratch, 'node_modules', '@kaohe'), { recursive: true });
    symlinkSync(packageDir, join(scratch, 'node_modules', '@kaohe', 'core'), 'dir');
    const source = [
      "import { toDecimal, type Decimal } from '@kaohe/core';",
      "export const half: Decimal = toDecimal('0.5').plus(1);",
      "export const wrong: number = toDecimal('1');",
      '',
    ].join('\n');
    writeFileSync(join(scratch, 'use.mts'), source);
    writeFileSync(join(scratch, 'use.cts'), source);
    const options = { module: 'nodenext', strict: true, skipLibCheck: false, noEmit: true, types: [] };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.mts', 'use.cts'] }));
    const outcome = spawnSync(process.execPath, [tsc, '-p', scratch, '--pretty', 'false'], { cwd: scratch, encoding: 'utf8' });
    // Exactly the deliberate error, in both files: with a broken Decimal, tsc reports errors inside
    // dist/index.d.ts instead, or (Decimal being any) nothing at all.
    expect(outcome.stdout.trim().split('\n')).toEqual([
      "use.cts(3,14): error TS2322: Type 'Decimal' is not assignable to type 'number'.",
      "use.mts(3,14): error TS2322: Type 'Decimal' is not assignable to type 'number'.",
    ]);
    // Checking every dependency's .d.ts (zod's are large) takes a few CPU seconds.
  }, 180_000);
});
