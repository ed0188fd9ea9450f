import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HANG_MS, runFuzz, type Tally } from './runFuzz';
import { INVARIANTS } from './verdict';

const USAGE = `pnpm fuzz [--seed N] [--count N] [--schemes N] [--inputs N] [--files N] [--repro-chars N]

Runs the fuzzer against the built packages and prints, per family, the cases, how many were
accepted, refused by error code, escapes, NaN, broken invariants and hangs over ${HANG_MS / 1000} s, with the
smallest case of each failure category. Exit code 1 when anything failed.
  --seed      the seed (default 2026); the same seed and counts give the same cases
  --count     cases of schemes and of inputs (default 100000)
  --schemes   scheme cases (default: --count)
  --inputs    input cases (default: --count)
  --files     file cases (default: --count / 50: each reads a file, and one that never settles waits 5 s)
  --repro-chars  longest repro printed (default 1500)
  --trace FILE   write each case to FILE before running it: after a run that never ends, FILE holds
                 the case that does not return (a loop the 5 s watchdog cannot interrupt)`;

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pnpm fuzz runs inside the kaohe repository');
    dir = parent;
  }
  return dir;
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} takes a whole number ≥ 0, not ${value}`);
  return n;
}

function printTally(family: string, tally: Tally, reproChars: number): void {
  const failures = Object.entries(tally.failures).sort((a, b) => b[1].count - a[1].count);
  const escapes = failures.filter(([category]) => category.startsWith('escape')).reduce((n, [, f]) => n + f.count, 0);
  const nan = tally.failures[INVARIANTS.nan]?.count ?? 0;
  const refused = Object.entries(tally.refused).sort((a, b) => b[1] - a[1]);
  const refusedTotal = refused.reduce((n, [, c]) => n + c, 0);
  const failed = failures.reduce((n, [, f]) => n + f.count, 0);
  console.log(`\n== ${family}`);
  console.log(`cases ${tally.cases}  accepted ${tally.accepted}  refused ${refusedTotal}  failed ${failed}  escapes ${escapes}  NaN ${nan}  hangs>${HANG_MS / 1000}s ${tally.hangs.count}  slowest ${Math.round(tally.slowestMs)} ms`);
  console.log(`refused by code: ${refused.map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
  if (family === 'files') console.log(`silent (no input, no report entry, no error): ${tally.silent.count}${tally.silent.count > 0 ? `  e.g. ${tally.silent.repro.slice(0, reproChars)}` : ''}`);
  for (const [category, failure] of failures) {
    console.log(`- ${failure.count} × ${category}\n    ${failure.detail.slice(0, 400)}\n    repro: ${failure.repro.slice(0, reproChars)}${failure.repro.length > reproChars ? ` … (${failure.repro.length} chars)` : ''}`);
  }
  if (tally.hangs.count > 0) console.log(`- ${tally.hangs.count} × over ${HANG_MS / 1000} s (smallest: ${tally.hangs.detail})\n    repro: ${tally.hangs.repro.slice(0, reproChars)}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      count: { type: 'string' },
      schemes: { type: 'string' },
      inputs: { type: 'string' },
      files: { type: 'string' },
      'repro-chars': { type: 'string' },
      trace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const seed = count(values.seed, 2026, 'seed');
  const total = count(values.count, 100_000, 'count');
  const options = {
    seed,
    schemes: count(values.schemes, total, 'schemes'),
    inputs: count(values.inputs, total, 'inputs'),
    files: count(values.files, Math.ceil(total / 50), 'files'),
    repoRoot: repoRoot(),
  };
  const reproChars = count(values['repro-chars'], 1500, 'repro-chars');
  console.log(`kaohe fuzz: seed ${seed}, ${options.schemes} schemes, ${options.inputs} inputs, ${options.files} files`);
  const start = Date.now();
  const trace = values.trace;
  const tallies = await runFuzz({
    ...options,
    ...(trace === undefined ? {} : { beforeCase: (family: string, repro: () => string) => writeFileSync(trace, `${family}\n${repro()}\n`) }),
    onFamily: (family, tally) => printTally(family, tally, reproChars),
    onProgress: (family, cases) => {
      if (cases % (family === 'files' ? 500 : 5000) === 0) process.stderr.write(`  ${family} ${cases} (${Math.round((Date.now() - start) / 1000)} s)\n`);
    },
  });
  console.log(`\n${Math.round((Date.now() - start) / 1000)} s`);
  const failed = Object.values(tallies).some((t) => Object.keys(t.failures).length > 0 || t.hangs.count > 0);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
