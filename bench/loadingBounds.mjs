// What bounds the loading targets (`import('@kaohe/core')` under 80 ms, the browser bundle of
// `compile` + `appraiseSync` under 60 KB gzip), measured on builds made for the purpose and never
// shipped: `node bench/loading.mjs --bounds` prints them beside the package's own figures.
//
// - The package with zod inlined: the same sources bundled with a private copy of zod, so that Node
//   loads one file instead of zod's 95 modules (its 64 locales among them). Its exported schemas
//   would then be another zod's (`instanceof` from the user's zod, and its global registry, would not
//   see them), which is why it is an experiment and not the build.
// - The bundle with zod left out entirely, and with decimal.js, date-fns and json-rules-engine left
//   out too (the core's own code), with and without its message catalogues.
// - zod classic against zod/mini: the constructors and methods the core uses, bundled alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pureModuleLevel } from '../packages/core/build/pureModuleLevel.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Builds the package with zod inlined into `dir` (package.json and dist/index.js), for the import
 * timing of bench/loading.mjs. `dir` lies inside packages/core, so that the other dependencies, which
 * stay imports as in the real build, resolve as they do for it.
 */
export async function buildWithZodInlined(esbuild, root, dir) {
  const core = join(root, 'packages/core');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  cpSync(join(core, 'package.json'), join(dir, 'package.json'));
  const external = ['decimal.js', 'date-fns', '@date-fns/tz', 'json-rules-engine'].flatMap((name) => [name, `${name}/*`]);
  await esbuild.build({ entryPoints: [join(core, 'src/index.ts')], outfile: join(dir, 'dist/index.js'), bundle: true, format: 'esm', platform: 'node', target: 'node20', external, plugins: [pureModuleLevel(join(core, 'src/'))], logLevel: 'silent' });
}

/**
 * What a user of the zod-inlined package would see, checked from the user's own zod (run inside
 * packages/core, so that `zod` is the package's): whether zod 4's shared registry, configuration
 * and trait-based `instanceof` keep the exported schemas usable across the two copies.
 */
export function inlinedInterop(root, dir) {
  const script = `import * as z from 'zod';
import { readFileSync } from 'node:fs';
import * as built from ${JSON.stringify(join(root, 'packages/core/dist/index.js'))};
import * as inlined from ${JSON.stringify(join(dir, 'dist/index.js'))};
const S = inlined.Scorecard;
const scheme = JSON.parse(readFileSync(${JSON.stringify(join(root, 'examples/custom-scheme/helpdesk.scheme.json'))}, 'utf8'));
const extended = S.extend({ note: z.string() });
const checks = {
  'instanceof z.ZodObject': S instanceof z.ZodObject,
  'same JSON Schema as the build': JSON.stringify(z.toJSONSchema(S, { unrepresentable: 'any' })) === JSON.stringify(z.toJSONSchema(built.Scorecard, { unrepresentable: 'any' })),
  '.extend() nested in a z.object() of the user parses a scheme': z.object({ s: extended }).parse({ s: { ...scheme, note: 'n' } }).s.id === scheme.id,
  'constructor is z.ZodObject': S.constructor === z.ZodObject,
};
process.stdout.write(Object.entries(checks).map(([name, ok]) => name + ': ' + ok).join('; '));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(root, 'packages/core'), encoding: 'utf8' });
}

const gzipOf = (result) => {
  const [path] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint !== undefined);
  const file = result.outputFiles.find((f) => f.path === resolve(path));
  return `${kb(gzipSync(file.contents).length)} gzip, ${kb(file.contents.length)} minified`;
};

/** The catalogues replaced by empty ones: what the core's code weighs without its messages. */
const emptyCatalogues = {
  name: 'empty-catalogues',
  setup(build) {
    build.onLoad({ filter: /locales\/(en|zh-CN)\.ts$/ }, ({ path }) => ({ contents: path.endsWith('en.ts') ? 'export const en = {};' : 'export const zhCN = {};', loader: 'ts' }));
  },
};

/** Prints the bundle floors: what `compile` + `appraiseSync` carry up front with parts left out. */
export async function printBundleBounds(esbuild, root, scratch) {
  const src = join(root, 'packages/core/src/');
  const entry = join(scratch, 'bounds.mjs');
  writeFileSync(entry, `import { compile, appraiseSync } from ${JSON.stringify(join(src, 'index.ts'))};\nglobalThis.kaohe = { compile, appraiseSync };\n`);
  const bundle = async (external, plugins) =>
    gzipOf(await esbuild.build({ entryPoints: [entry], outdir: join(scratch, 'bounds'), bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent', external: external.flatMap((name) => [name, `${name}/*`]), plugins: [...plugins, pureModuleLevel(src)] }));
  const rest = ['decimal.js', 'date-fns', '@date-fns/tz', 'json-rules-engine'];
  console.log('bounds: the bundle of { compile, appraiseSync } from the sources, split, loaded up front:');
  console.log(`    as built                                   ${await bundle([], [])}`);
  console.log(`    zod left out entirely                      ${await bundle(['zod'], [])}`);
  console.log(`    the core's own code (every package out)    ${await bundle(['zod', ...rest], [])}`);
  console.log(`    the same with empty message catalogues     ${await bundle(['zod', ...rest], [emptyCatalogues])}`);

  // The zod the core uses, written once for each flavour: the same schema kinds, checks and metadata.
  const classic = `import * as z from 'zod';
const s = z.strictObject({ a: z.array(z.string().min(1).max(5).trim().regex(/x/)).min(1).describe('d'), b: z.number().int().nonnegative().optional().default(1).meta({ description: 'x' }), c: z.union([z.literal('a'), z.null(), z.boolean()]), d: z.enum(['x']), e: z.record(z.string(), z.unknown()), f: z.lazy(() => z.tuple([z.number()])), g: z.discriminatedUnion('k', [z.object({ k: z.literal(1) }), z.looseObject({ k: z.literal(2) })]).nullable().refine((v) => v !== null) });
globalThis.out = [s.parse, z.safeParse(s, {})];`;
  const mini = `import * as z from 'zod/mini';
const s = z.strictObject({ a: z.array(z.string().check(z.minLength(1), z.maxLength(5), z.trim(), z.regex(/x/))).check(z.minLength(1)).register(z.globalRegistry, { description: 'd' }), b: z._default(z.optional(z.number().check(z.int(), z.nonnegative())), 1).register(z.globalRegistry, { description: 'x' }), c: z.union([z.literal('a'), z.null(), z.boolean()]), d: z.enum(['x']), e: z.record(z.string(), z.unknown()), f: z.lazy(() => z.tuple([z.number()])), g: z.nullable(z.discriminatedUnion('k', [z.object({ k: z.literal(1) }), z.looseObject({ k: z.literal(2) })])).check(z.refine((v) => v !== null)) });
globalThis.out = [s.parse, z.safeParse(s, {})];`;
  const flavour = async (name, contents) =>
    gzipOf(await esbuild.build({ stdin: { contents, resolveDir: join(root, 'packages/core'), sourcefile: `${name}.mjs` }, outdir: join(scratch, 'flavours'), bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' }));
  console.log("bounds: the core's zod constructors and methods bundled alone:");
  console.log(`    zod (classic)                              ${await flavour('classic', classic)}`);
  console.log(`    zod/mini                                   ${await flavour('mini', mini)}`);
}
