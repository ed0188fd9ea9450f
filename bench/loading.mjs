// What loading @kaohe/core costs: the time of `import('@kaohe/core')` inside a process that is
// already running (median of several fresh processes) and where that time goes, and the minified +
// gzip size of what a browser bundle of `compile` + `appraiseSync` (and of `toDecimal` alone)
// carries, with the largest inputs of each bundle. Reads the built package: run `pnpm build` first.
//
//   node bench/loading.mjs [--runs 7] [--before <an earlier build: a directory with package.json and dist/>] [--modules 25]
//                          [--cli-before <an earlier build of the CLI: a directory inside packages/cli with dist/bin.js>] [--bounds]
//
// With --before, the earlier build is measured the same way, the two taking turns, and each figure
// is printed as before → now. --modules lists the core's own modules in the bundle of
// `compile` + `appraiseSync` by minified bytes (bundled from packages/core/src, marked as the build
// marks it, since the built file is one module). --bounds adds the experiments of
// bench/loadingBounds.mjs: what bounds the import time and the bundle size.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pureModuleLevel } from '../packages/core/build/pureModuleLevel.mjs';
import { buildWithZodInlined, inlinedInterop, printBundleBounds } from './loadingBounds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsup'))('esbuild');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(option('--runs', 7));
const modules = Number(option('--modules', 0));

/** Each build measured: a package directory (package.json and dist/), linked as @kaohe/core into a scratch directory. */
const builds = [['now', resolve(root, 'packages/core')]];
if (option('--before') !== undefined) builds.unshift(['before', resolve(option('--before'))]);
// --bounds: also the package with zod inlined (bench/loadingBounds.mjs), timed in turn with the others.
const bounds = process.argv.includes('--bounds');
const inlined = 'zod inlined (experiment)';
if (bounds) {
  const dir = resolve(root, 'packages/core/.bounds-zod-inlined');
  await buildWithZodInlined(esbuild, root, dir);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  builds.push([inlined, dir]);
}
const scratch = new Map(
  builds.map(([label, pkg]) => {
    const dir = mkdtempSync(join(tmpdir(), `kaohe-loading-${label.replace(/\W+/g, '-')}-`));
    mkdirSync(join(dir, 'node_modules', '@kaohe'), { recursive: true });
    symlinkSync(pkg, join(dir, 'node_modules', '@kaohe', 'core'), 'dir');
    return [label, dir];
  }),
);
process.on('exit', () => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Each figure by build, in the order first measured: name → label → text. */
const figures = new Map();
const record = (name, label, text) => figures.set(name, (figures.get(name) ?? new Map()).set(label, text));

// The child settles first (a timer tick, a small import) so that only the package's own loading is timed.
const settle = `await import('node:path');\nawait new Promise((resolve) => setTimeout(resolve, 50));\n`;
const probe = `${settle}const start = performance.now();\nawait import('@kaohe/core');\nprocess.stdout.write(String(performance.now() - start));\n`;
// Where the time goes: zod alone, then the core with zod loaded, counting the zod schemas the core
// builds while it loads through zod's construction hook (`__zod_globalConfig.postProcessor`, an
// internal of zod 4.6: absent elsewhere, and then no count is printed). Run from the package's own
// directory, so that `zod` resolves as the core resolves it and `@kaohe/core` by self-reference.
const split = `${settle}const start = performance.now();
await import('zod');
const zod = performance.now();
let schemas = 0, first = 0, last = 0;
const hook = globalThis.__zod_globalConfig;
if (hook !== undefined) hook.postProcessor = () => { last = performance.now(); if (schemas++ === 0) first = last; };
await import('@kaohe/core');
const end = performance.now();
process.stdout.write(JSON.stringify({ zod: zod - start, core: end - zod, schemas: hook === undefined ? undefined : schemas, building: last - first }));
`;
const times = new Map(builds.map(([name]) => [name, { total: [], zod: [], core: [], building: [], schemas: undefined }]));
const node = (script, cwd) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
for (let i = 0; i < runs; i += 1) {
  for (const [name, pkg] of builds) {
    const t = times.get(name);
    t.total.push(Number(node(probe, scratch.get(name))));
    // The split means nothing for a build with its own copy of zod: it would load zod twice.
    if (name === inlined) continue;
    const parts = JSON.parse(node(split, realpathSync(pkg)));
    t.zod.push(parts.zod);
    t.core.push(parts.core);
    t.building.push(parts.building);
    t.schemas = parts.schemas;
  }
}
const ms = (list) => `${median(list).toFixed(1)} ms`;
for (const [name, t] of times) {
  record(`import('@kaohe/core') in a running process, median of ${runs} processes`, name, `${ms(t.total)} (${t.total.map((v) => v.toFixed(0)).join(', ')})`);
  if (name === inlined) continue;
  record("  of which: import('zod') alone", name, ms(t.zod));
  record('  of which: the core once zod is loaded (its file, decimal.js, date-fns, its schemas)', name, ms(t.core));
  if (t.schemas !== undefined) record('  of which: building the zod schemas the core defines', name, `${ms(t.building)} (${t.schemas} schemas)`);
}

// The command's start-up: the wall time of a whole `kaohe` process (Node's own start included, printed
// apart as `node -e 0`), for a usage error, `--help` and JSON Lines of a 10-row subject CSV, and its
// CPU time (user + system, as the shell's `times` counts it in hundredths: steadier than the wall
// time on a shared machine).
const cliBuilds = [['now', resolve(root, 'packages/cli')]];
if (option('--cli-before') !== undefined) cliBuilds.unshift(['before', resolve(option('--cli-before'))]);
const csv = join(scratch.get('now'), 'subjects.csv');
execFileSync(process.execPath, [join(root, 'bench/subject-csv.mjs'), '10', csv]);
const commands = [
  ['`node -e 0` (Node alone)', null, ['-e', '0']],
  ['`kaohe --nope` (a usage error)', 'bin', ['--nope']],
  ['`kaohe --help`', 'bin', ['--help']],
  ['`kaohe appraise --format jsonl` of a 10-row subject CSV', 'bin', ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1']],
];
/** Runs node with `args` under a shell that prints its children's CPU time: [wall ms, CPU ms]. */
function timed(args) {
  const start = performance.now();
  const { stdout } = spawnSync('/bin/sh', ['-c', '"$0" "$@" >/dev/null 2>&1; times', process.execPath, ...args], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  const [user, system] = [...stdout.trim().split('\n')[1].matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => Number(m) * 60_000 + Number(s) * 1000);
  return [wallMs, user + system];
}
const cli = new Map();
for (let i = 0; i < runs; i += 1) {
  for (const [label, pkg] of cliBuilds) {
    for (const [name, bin, args] of commands) {
      if (bin === null && label === 'before') continue;
      const [wallMs, cpuMs] = timed(bin === null ? args : [join(pkg, 'dist/bin.js'), ...args]);
      for (const [what, value] of [['wall', wallMs], ['CPU', cpuMs]]) {
        const key = `${name}, process ${what} time, median of ${runs}`;
        const byLabel = cli.get(key) ?? new Map();
        cli.set(key, byLabel.set(label, [...(byLabel.get(label) ?? []), value]));
      }
    }
  }
}
for (const [name, byLabel] of cli) for (const [label, list] of byLabel) record(name, label, `${ms(list)} (${list.map((v) => v.toFixed(0)).join(', ')})`);

const packageOf = (input) => {
  const rest = input.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
  return rest === input ? 'kaohe' : rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : rest.split('/')[0];
};

// Split, so that what a program loads only on demand (json-rules-engine, for condition rules) is
// counted apart from what every program that calls these functions carries.
async function bundle(label, names, splitting) {
  const dir = scratch.get(label);
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, `import { ${names.join(', ')} } from '@kaohe/core';\nglobalThis.kaohe = { ${names.join(', ')} };\n`);
  const result = await esbuild.build({ entryPoints: [entry], outdir: join(dir, 'out'), bundle: true, splitting, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
  const outputs = result.metafile.outputs;
  // What the entry loads before it runs: itself and its static imports, transitively; the rest waits for an import().
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined));
  const measure = (paths) => {
    let minified = 0;
    let gzip = 0;
    const byPackage = new Map();
    for (const path of paths) {
      const file = result.outputFiles.find((f) => f.path === resolve(path));
      minified += file.contents.length;
      gzip += gzipSync(file.contents).length;
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
    }
    const top = [...byPackage].filter(([, bytes]) => bytes > 0).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)}`);
    return `${(gzip / 1024).toFixed(1)} KB gzip, ${(minified / 1024).toFixed(1)} KB minified (minified KB by package: ${top.join(', ')})`;
  };
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path));
  const what = `browser bundle of { ${names.join(', ')} }`;
  if (!splitting) return record(`${what}, one file`, label, measure([...eager]));
  record(`${what}, split: loaded up front`, label, measure([...eager]));
  if (lazy.length > 0) record(`${what}, split: loaded when a condition rule first runs`, label, measure(lazy));
}

for (const [label] of builds) {
  if (label === inlined) continue;
  // One file, as esbuild writes it by default (what is imported on demand is inlined), then split.
  await bundle(label, ['compile', 'appraiseSync'], false);
  await bundle(label, ['compile', 'appraiseSync'], true);
  await bundle(label, ['toDecimal'], false);
}

const width = Math.max(...builds.map(([label]) => label.length));
for (const [name, byLabel] of figures) {
  const now = byLabel.get('now');
  if (byLabel.size === 1) console.log(`${name}: ${now}`);
  else console.log(`${name}:\n${[...byLabel].map(([label, text]) => `    ${label.padEnd(width)} ${text}`).join('\n')}`);
}

if (bounds) {
  console.log(`bounds: the zod-inlined package seen from the user's zod: ${inlinedInterop(root, builds.find(([label]) => label === inlined)[1])}`);
  await printBundleBounds(esbuild, root, scratch.get('now'));
}

if (modules > 0) {
  const src = join(root, 'packages/core/src/');
  const entry = join(scratch.get('now'), 'modules.mjs');
  writeFileSync(entry, `import { compile, appraiseSync } from ${JSON.stringify(join(src, 'index.ts'))};\nglobalThis.kaohe = { compile, appraiseSync };\n`);
  const result = await esbuild.build({ entryPoints: [entry], outdir: join(scratch.get('now'), 'modules'), bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent', plugins: [pureModuleLevel(src)] });
  const [, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint !== undefined);
  const own = Object.entries(output.inputs).filter(([input, { bytesInOutput }]) => packageOf(input) === 'kaohe' && bytesInOutput > 0 && input !== entry && !input.endsWith('modules.mjs'));
  const total = own.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  console.log(`the core's own modules in the bundle of { compile, appraiseSync } (from the sources, minified): ${(total / 1024).toFixed(1)} KB in ${own.length} modules; the largest ${modules}:`);
  for (const [input, { bytesInOutput }] of own.sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput).slice(0, modules)) {
    console.log(`  ${(bytesInOutput / 1024).toFixed(1).padStart(5)} KB  ${input.replace(/^.*packages\/core\/src\//, '')}`);
  }
}
