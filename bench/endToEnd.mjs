// The end-to-end section of `pnpm bench`: a subject-per-row CSV (bench/subject-csv.mjs) through the
// built CLI as a process, `kaohe appraise --format jsonl` to /dev/null, against bare papaparse +
// appraiseSync on the same rows (bench/bareCsv.mjs; also with each result made into its JSON, which
// reads its lines: the CLI's output without its reader, checks and stream), --jobs 2 against --jobs 1, the time per
// subject from the smallest to the largest file, and the peak RSS (GNU time's, when it is there).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const bin = here('../packages/cli/dist/bin.js');
const TIME = '/usr/bin/time';

/** Runs a node script as a process, its output to /dev/null unless `keep`; wall seconds and peak RSS (GNU time's, `null` without it). */
export function measure(args, keep = false) {
  const hasTime = existsSync(TIME);
  const out = keep ? 'pipe' : openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawnSync(hasTime ? TIME : process.execPath, hasTime ? ['-f', '%M', process.execPath, ...args] : args, { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
  const seconds = (performance.now() - started) / 1000;
  if (!keep) closeSync(out);
  const stderr = child.stderr ?? '';
  const kb = hasTime ? Number(stderr.trim().split('\n').pop()) : NaN;
  return { seconds, peakRssMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null, stdout: child.stdout ?? '', status: child.status, stderr };
}

/**
 * Measures and prints the end-to-end table; returns the verdicts for the targets.
 * @param {{ rows: number[], log: (...parts: string[]) => void, fmt: (x: number, d?: number) => string }} options
 */
export function endToEnd({ rows, log, fmt }) {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-e2e-'));
  const verdicts = [];
  try {
    log('\n## End to end: subject CSV → JSON Lines through the built CLI\n');
    log('| rows | load avg | bare papaparse + appraiseSync | bare + JSON of each result | CLI --jobs 1 | ratio to bare (target ≥ 0.5) | ratio to bare + JSON | CLI --jobs 2 | jobs 2 ÷ jobs 1 (target ≥ 1.6) | µs per subject, jobs 1 | peak RSS jobs 1 / jobs 2 |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const perSubject = [];
    let largest = null;
    for (const n of rows) {
      const csv = join(dir, `subjects-${n}.csv`);
      execFileSync(process.execPath, [here('./subject-csv.mjs'), String(n), csv]);
      const load = loadavg()[0];
      const bare = JSON.parse(measure([here('./bareCsv.mjs'), csv], true).stdout.trim());
      const bareJson = JSON.parse(measure([here('./bareCsv.mjs'), csv, '--write'], true).stdout.trim());
      const cli = (jobs) => {
        const run = measure([bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', String(jobs)]);
        if (run.status !== 1 && run.status !== 0) throw new Error(`kaohe appraise --jobs ${jobs} failed: ${run.stderr}`);
        return run;
      };
      const one = cli(1);
      const two = cli(2);
      const ratio = bare.seconds / one.seconds;
      const ratioJson = bareJson.seconds / one.seconds;
      const speedup = one.seconds / two.seconds;
      const us = (one.seconds * 1e6) / n;
      perSubject.push(us);
      largest = { n, ratio, ratioJson, speedup, one, two, load };
      log(`| ${n.toLocaleString('en')} | ${fmt(load, 1)} | ${fmt(bare.seconds, 1)} s | ${fmt(bareJson.seconds, 1)} s | ${fmt(one.seconds, 1)} s | ${fmt(ratio)}× | ${fmt(ratioJson)}× | ${fmt(two.seconds, 1)} s | ${fmt(speedup)}× | ${fmt(us, 1)} | ${one.peakRssMB ?? '—'} MB / ${two.peakRssMB ?? '—'} MB |`);
      rmSync(csv, { force: true });
    }
    if (largest !== null) {
      const mark = (ok) => (ok ? 'met' : 'MISSED');
      const spread = Math.max(...perSubject) / Math.min(...perSubject);
      const peak = Math.max(largest.one.peakRssMB ?? 0, largest.two.peakRssMB ?? 0);
      verdicts.push(`end to end at ${largest.n.toLocaleString('en')} rows: --jobs 1 ≥ 0.5× bare ${mark(largest.ratio >= 0.5)} (${fmt(largest.ratio)}×; ${fmt(largest.ratioJson)}× bare + JSON of each result); --jobs 2 ≥ 1.6× --jobs 1 ${mark(largest.speedup >= 1.6)} (${fmt(largest.speedup)}×, load ${fmt(largest.load, 1)}); peak RSS < 400 MB ${mark(peak > 0 && peak < 400)} (${peak} MB)`);
      verdicts.push(`end to end time per subject flat within 20% from ${rows[0]?.toLocaleString('en')} to ${largest.n.toLocaleString('en')} rows ${mark(spread <= 1.2)} (max/min ${fmt(spread)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return verdicts;
}

// Run alone: node bench/endToEnd.mjs [10000,100000,1000000]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number);
  const fmt = (x, digits = 2) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(digits));
  for (const v of endToEnd({ rows, log: console.log, fmt })) console.log(`- ${v}`);
}
