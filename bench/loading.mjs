// What loading @kaohe/core costs: the time of `import('@kaohe/core')` inside a process that is
// already running (median of several fresh processes), and the minified + gzip size of what a
// browser bundle of `compile` + `appraiseSync` (and of `toDecimal` alone) carries, with the largest
// inputs of each bundle. Reads the built package: run `pnpm build` first.
//
//   node bench/loading.mjs [--runs 7] [--before <an earlier build: a directory with package.json and dist/>]
//
// With --before, the earlier build is measured the same way, the two taking turns.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsup'))('esbuild');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const beforeArg = process.argv.indexOf('--before');
/** Each build measured: a package directory (package.json and dist/), linked as @kaohe/core into a scratch directory. */
const builds = [['now', resolve(root, 'packages/core')]];
if (beforeArg > 0) builds.unshift(['before', resolve(process.argv[beforeArg + 1])]);
const scratch = new Map(
  builds.map(([label, pkg]) => {
    const dir = mkdtempSync(join(tmpdir(), `kaohe-loading-${label}-`));
    mkdirSync(join(dir, 'node_modules', '@kaohe'), { recursive: true });
    symlinkSync(pkg, join(dir, 'node_modules', '@kaohe', 'core'), 'dir');
    return [label, dir];
  }),
);
process.on('exit', () => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The child settles first (a timer tick, a small import) so that only the package's own loading is timed.
const probe = `
await import('node:path');
await new Promise((resolve) => setTimeout(resolve, 50));
const start = performance.now();
await import('@kaohe/core');
process.stdout.write(String(performance.now() - start));
`;
const times = new Map(builds.map(([name]) => [name, []]));
for (let i = 0; i < runs; i += 1) {
  for (const [name] of builds) {
    times.get(name).push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: scratch.get(name), encoding: 'utf8' })));
  }
}
for (const [name, list] of times) {
  console.log(`${name}: import('@kaohe/core') in a running process: median ${median(list).toFixed(1)} ms over ${runs} processes (${list.map((t) => t.toFixed(0)).join(', ')})`);
}

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
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
        const rest = input.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
        const name = rest === input ? 'kaohe' : rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : rest.split('/')[0];
        byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      }
    }
    const top = [...byPackage].filter(([, bytes]) => bytes > 0).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)}`);
    return `${(minified / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip (minified KB by package: ${top.join(', ')})`;
  };
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path));
  console.log(`${label}: browser bundle of { ${names.join(', ')} }${splitting ? ' (split)' : ''}: ${measure([...eager])}${lazy.length > 0 ? `; loaded on demand: ${measure(lazy)}` : ''}`);
}

for (const [label] of builds) {
  // One file, as esbuild writes it by default (what is imported on demand is inlined), then split.
  await bundle(label, ['compile', 'appraiseSync'], false);
  await bundle(label, ['compile', 'appraiseSync'], true);
  await bundle(label, ['toDecimal'], false);
}
