// `pnpm bench`: kaohe (with explanations and with `explain: false`) against json-rules-engine (a),
// hand-written decimal.js (b), hand-written scaled integers (d) and zen-engine (c, one call at a
// time and with many in flight) in one run, as ratios; scaling to 1,000,000 streamed subjects; the cost of compiling presets.
//   node --expose-gc bench/run.mjs [--subjects 100000] [--rounds 3] [--scales 10000,100000,1000000] [--no-scaling]
//     [--e2e-rows 10000,100000,1000000] [--no-e2e]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measureCompilation } from './compileCost.mjs';
import { subjectArray } from './generate.mjs';
import { loadImplementations, SCHEME_IDS } from './harness.mjs';
import { describeMachine } from './machine.mjs';
import { endToEnd } from './endToEnd.mjs';
import { compareResults, interleave } from './timing.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const SUBJECTS = Number(option('subjects', '100000'));
const ROUNDS = Number(option('rounds', '3'));
const SCALES = option('scales', '10000,100000,1000000').split(',').map(Number);
const SCALING = !args.includes('--no-scaling');
const E2E_ROWS = option('e2e-rows', '10000,100000,1000000').split(',').map(Number);
const E2E = !args.includes('--no-e2e');
const TARGETS = { overJre: 20, bareOverJre: 30, overInt: 2, flat: 1.2, rssMB: 300 };

const log = (...parts) => console.log(...parts);
const fmt = (x, digits = 2) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(digits));
const short = (id) => id.split('/')[1];
const mark = (ok) => (ok ? 'met' : 'MISSED');

if (globalThis.gc === undefined) log('(run with node --expose-gc for a collection between turns)');
const machine = describeMachine();
log('# kaohe benchmark');
log(`machine: ${machine.nproc} CPUs, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage}`);
log(`subjects: ${SUBJECTS.toLocaleString('en')} per scheme, ${ROUNDS} timed rounds after a warm-up round, median round reported\n`);

// 1. Throughput against the other implementations, and the equivalence check.
const { byScheme, zenError, dispose } = await loadImplementations();
if (zenError !== null) log(`(c) zen-engine left out: ${zenError}\n`);
const throughput = [];
const checks = [];
for (const id of SCHEME_IDS) {
  const subjects = subjectArray(id, SUBJECTS);
  const started = performance.now();
  const timed = await interleave(byScheme[id], subjects, {
    rounds: ROUNDS,
    onRound: (round) => process.stderr.write(`  ${short(id)}: round ${round} done after ${fmt((performance.now() - started) / 1000, 0)} s\n`),
  });
  const by = Object.fromEntries(timed.map((t) => [t.key, t]));
  throughput.push({ id, by });
  checks.push({ id, report: compareResults(timed, subjects) });
}
dispose();

log('## Evaluation: µs per subject (median round)\n');
log('| scheme | kaohe sync | kaohe sync, lines read | kaohe explain: false | kaohe async | kaohe decimal evaluator (no plan) | (a) json-rules-engine | (b) hand-written decimal.js | (d) hand-written integers | (c) zen-engine, one at a time | (c) zen-engine, in flight |');
log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { id, by } of throughput) {
  log(`| ${short(id)} | ${[by.kaohe, by.kaoheRead, by.kaoheBare, by.kaoheAsync, by.kaoheEval, by.jre, by.hand, by.int, by.zen, by.zenFlight].map((t) => fmt(t?.usPerSubject, 1)).join(' | ')} |`);
}
log('\n## Ratios in this run\n');
log(`| scheme | (a) ÷ kaohe: target ≥ ${TARGETS.overJre} | (a) ÷ explain: false: target ≥ ${TARGETS.bareOverJre} | kaohe ÷ (d): target ≤ ${TARGETS.overInt} | explain: false ÷ (d) | (a) ÷ lines read | lines read ÷ kaohe | evaluator ÷ kaohe | kaohe ÷ (b) | (c) one at a time ÷ kaohe | (c) in flight ÷ kaohe | async ÷ sync |`);
log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const verdicts = [];
for (const { id, by } of throughput) {
  const k = by.kaohe.usPerSubject;
  const bare = by.kaoheBare.usPerSubject;
  const overJre = by.jre.usPerSubject / k;
  const bareOverJre = by.jre.usPerSubject / bare;
  const overInt = k / by.int.usPerSubject;
  const overZen = by.zen === undefined ? undefined : by.zen.usPerSubject / k;
  const overZenFlight = by.zenFlight === undefined ? undefined : by.zenFlight.usPerSubject / k;
  const read = by.kaoheRead.usPerSubject;
  log(`| ${short(id)} | ${fmt(overJre)}× | ${fmt(bareOverJre)}× | ${fmt(overInt)}× | ${fmt(bare / by.int.usPerSubject)}× | ${fmt(by.jre.usPerSubject / read)}× | ${fmt(read / k)}× | ${fmt(by.kaoheEval.usPerSubject / k)}× | ${fmt(k / by.hand.usPerSubject)}× | ${fmt(overZen)}× | ${fmt(overZenFlight)}× | ${fmt(by.kaoheAsync.usPerSubject / k)}× |`);
  const against = (ratio) => (ratio === undefined ? 'not measured' : `${fmt(ratio)}× ${ratio >= 1 ? 'faster: met' : 'slower: MISSED'}`);
  verdicts.push(
    `${short(id)}: ≥ ${TARGETS.overJre}× (a) ${mark(overJre >= TARGETS.overJre)} (${fmt(overJre)}×); explain: false ≥ ${TARGETS.bareOverJre}× (a) ${mark(bareOverJre >= TARGETS.bareOverJre)} (${fmt(bareOverJre)}×); ≤ ${TARGETS.overInt}× (d) ${mark(overInt <= TARGETS.overInt)} (${fmt(overInt)}×); against (c) one at a time ${against(overZen)}; against (c) in flight ${against(overZenFlight)}`,
  );
}
log('\nrounds (µs per subject):');
for (const { id, by } of throughput) for (const t of Object.values(by)) log(`  ${short(id)} ${t.name}: ${t.rounds.map((r) => fmt(r, 1)).join(', ')}`);

// 2. The equivalence check.
log('\n## Check: totals and bands, subject by subject, against kaohe appraiseSync\n');
let allIdentical = true;
for (const { id, report } of checks) {
  for (const r of report) {
    if (r.mismatches > 0) allIdentical = false;
    log(`- ${short(id)} ${r.name}: ${r.compared - r.mismatches}/${r.compared} identical${r.mismatches > 0 ? `, ${r.mismatches} differ, e.g. ${JSON.stringify(r.examples)}` : ''}`);
  }
}
log(`\nCHECK: ${allIdentical ? 'every compared implementation produced identical totals and bands for every subject' : 'MISMATCHES FOUND (see above)'}`);

// 3. Scaling, each run in a child process of its own (its peak RSS is its own).
const scaling = [];
if (SCALING) {
  log('\n## Scaling: appraiseMany over streamed subjects, a child process per run\n');
  log('| scheme | subjects | µs per subject | vs 10,000 | peak RSS |');
  log('|---|---:|---:|---:|---:|');
  const worker = fileURLToPath(new URL('./scaleWorker.mjs', import.meta.url));
  for (const id of SCHEME_IDS) {
    const rows = [];
    for (const n of SCALES) {
      const passes = n <= 100_000 ? 3 : 1;
      const out = execFileSync(process.execPath, [worker, id, String(n), String(passes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const row = JSON.parse(out.trim().split('\n').pop());
      rows.push(row);
      log(`| ${short(id)} | ${n.toLocaleString('en')} | ${fmt(row.usPerSubject, 1)} | ${fmt(row.usPerSubject / rows[0].usPerSubject)}× | ${row.peakRssMB} MB |`);
    }
    scaling.push({ id, rows });
  }
  for (const { id, rows } of scaling) {
    const per = rows.map((r) => r.usPerSubject);
    const spread = Math.max(...per) / Math.min(...per);
    const peak = Math.max(...rows.map((r) => r.peakRssMB));
    verdicts.push(`${short(id)} scaling: flat within 20% ${mark(spread <= TARGETS.flat)} (max/min ${fmt(spread)}); peak RSS < ${TARGETS.rssMB} MB ${mark(peak < TARGETS.rssMB)} (${peak} MB)`);
  }
}

// 4. End to end through the built CLI, as a process.
if (E2E) verdicts.push(...endToEnd({ rows: E2E_ROWS, log, fmt }));

// 5. Compilation, apart.
log('\n## Compiling each preset once (median of 25)\n');
log('| preset | kind | µs per compile |');
log('|---|---|---:|');
for (const row of measureCompilation()) log(`| ${row.id} | ${row.kind} | ${row.error === null ? fmt(row.usPerCompile, 0) : `not compiled: ${row.error}`} |`);

log('\n## Targets\n');
for (const v of verdicts) log(`- ${v}`);
log(`\nCHECK: ${allIdentical ? 'identical results from every compared implementation' : 'MISMATCHES FOUND'}`);
process.exitCode = allIdentical ? 0 : 1;
