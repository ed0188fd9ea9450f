// What a browser bundle of the built package carries (dist/, as a consumer's bundler reads it):
// a program that imports `toDecimal` alone gets decimal.js without zod, schemas or messages, and
// one that compiles and appraises scorecards leaves out the schemas only penalty regimes and org
// charts use; its source map shows the sources as written. esbuild is tsup's, as in bench/loading.mjs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

interface Bundle {
  readonly text: string;
  /** The packages whose code is in the bundle (`kaohe` for the core's own), each once. */
  readonly packages: readonly string[];
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[]; metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> } }>;
}

describe('a browser bundle of the built @kaohe/core', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kaohe-core-shake-'));
  mkdirSync(join(scratch, 'node_modules', '@kaohe'), { recursive: true });
  symlinkSync(packageDir, join(scratch, 'node_modules', '@kaohe', 'core'), 'dir');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const esbuild = createRequire(require.resolve('tsup'))('esbuild') as Esbuild;

  async function bundle(names: readonly string[]): Promise<Bundle> {
    const entry = join(scratch, `${names.join('-')}.mjs`);
    writeFileSync(entry, `import { ${names.join(', ')} } from '@kaohe/core';\nglobalThis.kaohe = { ${names.join(', ')} };\n`);
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([path]) => path));
    const packages = new Set(inputs.map((path) => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? (path === entry || path.endsWith(entry.slice(1)) ? 'entry' : 'kaohe')));
    return { text: result.outputFiles.map((file) => file.text).join('\n'), packages: [...packages].sort() };
  }

  it('of toDecimal alone carries decimal.js, without zod, schemas or message catalogues', async () => {
    const { text, packages } = await bundle(['toDecimal']);
    expect(packages).not.toContain('zod');
    // @date-fns/tz stays: it declares no sideEffects and patches its Date class as it loads.
    expect(packages.filter((name) => name !== 'entry' && name !== '@date-fns/tz')).toEqual(['decimal.js', 'kaohe']);
    expect(text).not.toContain('error.scheme_invalid');
    expect(text).toContain('not a decimal numeral');
  }, 60_000);

  it('of compile and appraiseSync leaves out the penalty-regime and org-chart schemas', async () => {
    const { text, packages } = await bundle(['compile', 'appraiseSync']);
    expect(packages).toContain('zod');
    // A field description of each, unique to its schema.
    expect(text).not.toContain('the most severe sanction reached is the one reported');
    expect(text).not.toContain("The person's name.");
    // What compile does need is still there: the scorecard's own descriptions and the messages.
    expect(text).toContain('The starting total of a `deduction` scheme');
    expect(text).toContain('error.scheme_invalid');
  }, 60_000);

  it('has a source map that shows each source as written, without the marks', () => {
    const map = JSON.parse(readFileSync(join(packageDir, 'dist', 'index.js.map'), 'utf8')) as { sources: string[]; sourcesContent: string[] };
    expect(map.sources.length).toBeGreaterThan(50);
    map.sources.forEach((source, i) => expect(map.sourcesContent[i], source).toBe(readFileSync(resolve(packageDir, 'dist', source), 'utf8')));
  });
});
