// The end-to-end section of `pnpm bench`: a subject-per-row CSV (bench/subject-csv.mjs) through the
// built CLI as a process, `kaohe appraise --format jsonl` to /dev/null: `--no-lines --jobs 1` against
// bare papaparse + appraiseSync on the same rows (bench/bareCsv.mjs, which builds no lines either),
// the default run (every line) against the bare loop that also builds each result's lines and JSON
// (`--write`: the CLI's output without its reader, checks and stream), --jobs 2 against --jobs 1, the
// time per subject from the smallest to the largest file (whole, and without the process start), and
// the peak RSS (GNU time's, when it is there).
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

/** The median of some numbers. */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures and prints the end-to-end table; returns the verdicts for the targets.
 *
 * Two comparisons, each like for like: `--no-lines --jobs 1` (results without their lines) against
 * bare papaparse + appraiseSync (which builds no lines either), the target's ratio; and the default
 * run (every line) against the bare loop that also builds each result's lines and JSON. The process
 * start (Node, the imports, the scheme compiled, one row appraised) is measured over a one-row file,
 * so that the time per subject is given both whole (wall / N) and without it ((wall − start) / N).
 * @param {{ rows: number[], log: (...parts: string[]) => void, fmt: (x: number, d?: number) => string }} options
 */
export function endToEnd({ rows, log, fmt }) {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-e2e-'));
  const verdicts = [];
  const cli = (csv, jobs, extra = []) => {
    const run = measure([bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', String(jobs), ...extra]);
    if (run.status !== 1 && run.status !== 0) throw new Error(`kaohe appraise --jobs ${jobs} ${extra.join(' ')} failed: ${run.stderr}`);
    return run;
  };
  try {
    const one = join(dir, 'subjects-1.csv');
    execFileSync(process.execPath, [here('./subject-csv.mjs'), '1', one]);
    const start = median([0, 1, 2].map(() => cli(one, 1).seconds));
    const startBare = median([0, 1, 2].map(() => cli(one, 1, ['--no-lines']).seconds));
    log('\n## End to end: subject CSV → JSON Lines through the built CLI\n');
    log(`Process start (a one-row file, median of 3): ${fmt(start, 2)} s, ${fmt(startBare, 2)} s with --no-lines; "net" is (wall − start) / N.\n`);
    log('| rows | load avg | bare papaparse + appraiseSync | CLI --no-lines --jobs 1 | ÷ bare (target ≥ 0.5) | bare + lines + JSON of each result | CLI --jobs 1 | ÷ bare + JSON | CLI --jobs 2 | jobs 2 ÷ jobs 1 (target ≥ 1.6) | µs per subject --no-lines: wall / N, net | µs per subject --jobs 1: wall / N, net | peak RSS --no-lines / jobs 1 / jobs 2 |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const per = { bare: [], bareNet: [], full: [], fullNet: [] };
    let largest = null;
    for (const n of rows) {
      const csv = join(dir, `subjects-${n}.csv`);
      execFileSync(process.execPath, [here('./subject-csv.mjs'), String(n), csv]);
      const load = loadavg()[0];
      const bare = JSON.parse(measure([here('./bareCsv.mjs'), csv], true).stdout.trim());
      const bareJson = JSON.parse(measure([here('./bareCsv.mjs'), csv, '--write'], true).stdout.trim());
      const noLines = cli(csv, 1, ['--no-lines']);
      const jobs1 = cli(csv, 1);
      const jobs2 = cli(csv, 2);
      const ratio = bare.seconds / noLines.seconds;
      const ratioJson = bareJson.seconds / jobs1.seconds;
      const speedup = jobs1.seconds / jobs2.seconds;
      const us = (seconds, less) => ((seconds - less) * 1e6) / n;
      const row = { bare: us(noLines.seconds, 0), bareNet: us(noLines.seconds, startBare), full: us(jobs1.seconds, 0), fullNet: us(jobs1.seconds, start) };
      for (const key of Object.keys(per)) per[key].push(row[key]);
      largest = { n, ratio, ratioJson, speedup, noLines, jobs1, jobs2, load };
      const rss = (run) => (run.peakRssMB === null ? '—' : `${run.peakRssMB} MB`);
      log(
        `| ${n.toLocaleString('en')} | ${fmt(load, 1)} | ${fmt(bare.seconds, 1)} s | ${fmt(noLines.seconds, 1)} s | ${fmt(ratio)}× | ${fmt(bareJson.seconds, 1)} s | ${fmt(jobs1.seconds, 1)} s | ${fmt(ratioJson)}× | ${fmt(jobs2.seconds, 1)} s | ${fmt(speedup)}× | ${fmt(row.bare, 1)}, ${fmt(row.bareNet, 1)} | ${fmt(row.full, 1)}, ${fmt(row.fullNet, 1)} | ${rss(noLines)} / ${rss(jobs1)} / ${rss(jobs2)} |`,
      );
      rmSync(csv, { force: true });
    }
    if (largest !== null) {
      const mark = (ok) => (ok ? 'met' : 'MISSED');
      const spread = (values) => Math.max(...values) / Math.min(...values);
      const peak = Math.max(largest.noLines.peakRssMB ?? 0, largest.jobs1.peakRssMB ?? 0, largest.jobs2.peakRssMB ?? 0);
      const from = `from ${rows[0]?.toLocaleString('en')} to ${largest.n.toLocaleString('en')} rows`;
      verdicts.push(`end to end at ${largest.n.toLocaleString('en')} rows: --no-lines --jobs 1 ≥ 0.5× bare papaparse + appraiseSync ${mark(largest.ratio >= 0.5)} (${fmt(largest.ratio)}×); the default --jobs 1 at ${fmt(largest.ratioJson)}× bare + lines + JSON of each result; --jobs 2 ≥ 1.6× --jobs 1 ${mark(largest.speedup >= 1.6)} (${fmt(largest.speedup)}×, load ${fmt(largest.load, 1)}); peak RSS < 400 MB ${mark(peak > 0 && peak < 400)} (${peak} MB)`);
      const flat = (name, wall, net) => `${name}: wall / N ${mark(spread(wall) <= 1.2)} (max/min ${fmt(spread(wall))}), (wall − start) / N ${mark(spread(net) <= 1.2)} (max/min ${fmt(spread(net))})`;
      verdicts.push(`end to end time per subject flat within 20% ${from}: ${flat('--no-lines', per.bare, per.bareNet)}; ${flat('--jobs 1', per.full, per.fullNet)}`);
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
