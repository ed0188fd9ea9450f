#!/usr/bin/env node
// Before a release: build, pack every package as it would be published, and check the tarballs
// themselves — publint (strict), @arethetypeswrong/cli (every resolution: node10, node16 from CJS
// and from ESM, bundler), the packed-consumer test, and `npm publish --dry-run`. Exits non-zero,
// naming each failed step, if anything is wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGES, REPO, packAll, pnpm, run } from './packages.mjs';

const bin = (name) => join(REPO, 'node_modules', '.bin', name);
const failures = [];

/** Runs one step, printing its output; a failure is recorded and the other steps still run. */
function step(name, command, args) {
  console.log(`\n── ${name}`);
  const outcome = run(command, args, { cwd: REPO, stdio: 'inherit' });
  if (outcome.status !== 0) failures.push(name);
}

const build = pnpm(['build'], { cwd: REPO });
if (build.status !== 0) {
  console.error(`release:check: the build failed\n${build.stdout}${build.stderr}`);
  process.exit(1);
}
const destination = mkdtempSync(join(tmpdir(), 'kaohe-release-'));
try {
  const tarballs = packAll(destination);
  PACKAGES.forEach((pkg, index) => {
    const tarball = tarballs[index];
    step(`publint ${pkg.name}`, bin('publint'), ['run', tarball, '--strict']);
    step(`attw ${pkg.name}`, bin('attw'), [tarball, '--profile', 'strict', '--no-emoji', '--no-color']);
  });
  step('packed-consumer test', process.execPath, [join(REPO, 'scripts', 'packed-consumer.mjs'), '--tarballs', destination]);
  PACKAGES.forEach((pkg, index) => step(`npm publish --dry-run ${pkg.name}`, 'npm', ['publish', '--dry-run', tarballs[index]]));
} finally {
  rmSync(destination, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nrelease:check: ${failures.length} step(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\nrelease:check: ${PACKAGES.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')} are ready to publish`);
