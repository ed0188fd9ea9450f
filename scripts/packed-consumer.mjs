#!/usr/bin/env node
// The packed-consumer test: the packages as npm would ship them, installed with npm into an empty
// project and used the ways a consumer would — ESM, CommonJS, TypeScript under nodenext, node16 and
// bundler resolution with skipLibCheck off, and the `kaohe` binary. Checks that only work against
// the sources (vitest aliases, the repository's own tsconfig) cannot see a broken .d.ts, a file
// missing from a tarball or a dual-package hazard; this can.
//
//   node scripts/packed-consumer.mjs                  build, pack, install, check
//   node scripts/packed-consumer.mjs --built          pack what is built already (CI, right after the tests' build)
//   node scripts/packed-consumer.mjs --tarballs DIR   check tarballs packed already (see release-check.mjs)
//   node scripts/packed-consumer.mjs --keep           keep the temporary project for inspection
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGES, REPO, packAll, pnpm, run } from './packages.mjs';

const FIXTURES = join(REPO, 'scripts', 'consumer');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

/** The errors wrong.ts must produce, once per file it is checked as. */
const EXPECTED_ERRORS = [
  "(4,14): error TS2322: Type 'Decimal' is not assignable to type 'number'.",
  "(5,39): error TS2339: Property 'plusPercent' does not exist on type 'Decimal'.",
];

const { values } = parseArgs({
  options: {
    tarballs: { type: 'string' },
    built: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const root = mkdtempSync(join(tmpdir(), 'kaohe-consumer-'));
const failures = [];

function check(name, body) {
  try {
    body();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL ${name}\n${indent(error instanceof Error ? error.message : String(error))}`);
  }
}

function indent(text) {
  return text.trimEnd().split('\n').map((line) => `     ${line}`).join('\n');
}

/** Runs a command in the consumer project; throws with its output when it fails. */
function inConsumer(command, args, options = {}) {
  const outcome = run(command, args, { cwd: root, ...options });
  if (outcome.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${outcome.status}\n${outcome.stdout}${outcome.stderr}`);
  }
  return outcome.stdout;
}

function tsconfig(compilerOptions, files) {
  return JSON.stringify(
    { compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, types: ['node'], ...compilerOptions }, files },
    null,
    2,
  );
}

try {
  let tarballDir = values.tarballs;
  if (tarballDir === undefined) {
    if (!values.built) {
      console.log('building…');
      const build = pnpm(['build'], { cwd: REPO });
      if (build.status !== 0) throw new Error(`the build failed\n${build.stdout}${build.stderr}`);
    }
    tarballDir = join(root, 'tarballs');
    mkdirSync(tarballDir);
    packAll(tarballDir);
  }
  const tarballs = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, join(tarballDir, pkg.tarball)]));

  for (const pkg of PACKAGES) {
    check(`${pkg.name}: tarball carries LICENSE, README.md, CHANGELOG.md and no workspace: ranges`, () => {
      const listing = run('tar', ['-tzf', tarballs[pkg.name]]).stdout.split('\n');
      const missing = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].filter((file) => !listing.includes(`package/${file}`));
      if (missing.length > 0) throw new Error(`missing from ${pkg.tarball}: ${missing.join(', ')}`);
      const manifest = run('tar', ['-xzOf', tarballs[pkg.name], 'package/package.json']).stdout;
      if (manifest.includes('workspace:')) throw new Error(`${pkg.tarball}'s package.json still has a workspace: range`);
      const license = run('tar', ['-xzOf', tarballs[pkg.name], 'package/LICENSE']).stdout;
      if (license !== readFileSync(join(REPO, 'LICENSE'), 'utf8')) throw new Error(`${pkg.tarball}'s LICENSE differs from the repository's`);
    });
  }

  const project = join(root, 'app');
  mkdirSync(project);
  const nodeTypes = JSON.parse(readFileSync(join(REPO, 'node_modules', '@types', 'node', 'package.json'), 'utf8')).version;
  const dependencies = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, `file:${tarballs[pkg.name]}`]));
  // The packages depend on each other by range (^0.1.0): overrides make npm take the local tarballs
  // for those too, never a package of the same name from the registry.
  const overrides = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, `$${pkg.name}`]));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'kaohe-consumer', private: true, dependencies, devDependencies: { '@types/node': nodeTypes }, overrides }, null, 2),
  );
  for (const file of ['esm.mjs', 'cjs.cjs', 'readme-example.json', 'usage.ts', 'wrong.ts']) copyFileSync(join(FIXTURES, file), join(project, file));
  for (const base of ['usage', 'wrong']) {
    copyFileSync(join(FIXTURES, `${base}.ts`), join(project, `${base}.mts`));
    copyFileSync(join(FIXTURES, `${base}.ts`), join(project, `${base}.cts`));
  }
  copyFileSync(join(REPO, 'examples', 'subjects', 'example-b.json'), join(project, 'example-b.json'));
  const nodeFiles = ['usage.mts', 'usage.cts', 'wrong.mts', 'wrong.cts'];
  writeFileSync(join(project, 'tsconfig.nodenext.json'), tsconfig({ module: 'nodenext', moduleResolution: 'nodenext' }, nodeFiles));
  writeFileSync(join(project, 'tsconfig.node16.json'), tsconfig({ module: 'node16', moduleResolution: 'node16' }, nodeFiles));
  writeFileSync(
    join(project, 'tsconfig.bundler.json'),
    tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, ['usage.ts', 'wrong.ts']),
  );

  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
  if (installed.status !== 0) throw new Error(`npm install of the tarballs failed\n${installed.stdout}${installed.stderr}`);
  console.log(`ok   npm install of ${PACKAGES.length} tarballs into an empty project`);

  const node = (args) => inConsumer(process.execPath, args, { cwd: project });
  check('ESM: import works, and a KaoheError is instanceof across the ESM and CommonJS builds', () => node(['esm.mjs']));
  check('CommonJS: require works', () => node(['cjs.cjs']));

  for (const [config, wrongFiles] of [
    ['tsconfig.nodenext.json', ['wrong.mts', 'wrong.cts']],
    ['tsconfig.node16.json', ['wrong.mts', 'wrong.cts']],
    ['tsconfig.bundler.json', ['wrong.ts']],
  ]) {
    check(`TypeScript (${config}, skipLibCheck false): the .d.ts files check and Decimal is a real type`, () => {
      const outcome = run(process.execPath, [TSC, '-p', config, '--pretty', 'false'], { cwd: project });
      const reported = `${outcome.stdout}${outcome.stderr}`.split('\n').filter((line) => line.trim() !== '');
      const expected = wrongFiles.flatMap((file) => EXPECTED_ERRORS.map((error) => `${file}${error}`));
      const missing = expected.filter((line) => !reported.includes(line));
      const unexpected = reported.filter((line) => !expected.includes(line));
      if (missing.length > 0 || unexpected.length > 0) {
        throw new Error(
          [
            ...(missing.length > 0 ? ['expected errors tsc did not report:', ...missing] : []),
            ...(unexpected.length > 0 ? ['unexpected tsc output:', ...unexpected] : []),
          ].join('\n'),
        );
      }
    });
  }

  const kaohe = (args) => inConsumer('npx', ['--no-install', 'kaohe', ...args], { cwd: project });
  check('kaohe presets lists the presets', () => {
    const listed = JSON.parse(kaohe(['presets', '--format', 'json']));
    const ids = listed.presets.map((entry) => entry.id);
    if (!ids.includes('tech-support-center/network-ops-supervisor')) throw new Error(`no network-ops-supervisor in ${ids.join(', ')}`);
  });
  check('kaohe appraise gives Example B its total and band', () => {
    const output = kaohe(['appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'example-b.json', '--format', 'json']);
    const [result] = JSON.parse(output).results;
    if (result?.subject !== 'TSC-002' || result.total !== '90.00' || result.band?.id !== 'good') {
      throw new Error(`expected TSC-002 at 90.00 (good), got ${JSON.stringify({ subject: result?.subject, total: result?.total, band: result?.band?.id })}`);
    }
  });
} catch (error) {
  failures.push('setup');
  console.log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (values.keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`packed-consumer: ${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('packed-consumer: every check passed');
