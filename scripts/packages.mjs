// The published packages and how to pack them, shared by packed-consumer.mjs and release-check.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The pnpm the README names, so that `workspace:^` ranges are rewritten as a release would. */
const PNPM = ['--yes', 'pnpm@12.21.0'];

/** Every published package, in dependency order, with the tarball `pnpm pack` names it. */
export const PACKAGES = ['core', 'presets', 'adapters', 'report', 'cli'].map((folder) => {
  const dir = join(REPO, 'packages', folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const tarball = `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
  return { name: manifest.name, version: manifest.version, dir, tarball };
});

/** Runs a command to completion, capturing its output as text. */
export function run(command, args, options = {}) {
  const outcome = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (outcome.error) throw outcome.error;
  return { status: outcome.status ?? 1, stdout: outcome.stdout ?? '', stderr: outcome.stderr ?? '' };
}

export function pnpm(args, options = {}) {
  return run('npx', [...PNPM, ...args], options);
}

/**
 * Packs every package into `destination` with pnpm (which rewrites `workspace:^` to the version
 * range npm understands) and returns the tarballs' paths.
 *
 * @throws {Error} naming the package whose pack failed, with pnpm's output.
 */
export function packAll(destination) {
  return PACKAGES.map((pkg) => {
    const outcome = pnpm(['pack', '--pack-destination', destination], { cwd: pkg.dir });
    const tarball = join(destination, pkg.tarball);
    if (outcome.status !== 0 || !existsSync(tarball)) {
      throw new Error(`pnpm pack of ${pkg.name} failed\n${outcome.stdout}${outcome.stderr}`);
    }
    return tarball;
  });
}
