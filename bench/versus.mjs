// The core against an earlier build of itself, interleaved in one process on the same subjects:
// appraiseSync before and now (and now with explain: false); every result of the warm-up round is
// then compared byte for byte (JSON.stringify of the whole appraisal, messages rendered). Reads the built package: run
// `pnpm build` first, and keep a copy of the earlier build (a directory with package.json and dist/).
//
//   node --expose-gc bench/versus.mjs <earlier build> [--subjects 20000] [--rounds 3]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as now from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { subjectArray } from './generate.mjs';
import { SCHEME_IDS } from './harness.mjs';
import { interleave } from './timing.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
if (args[0] === undefined || args[0].startsWith('--')) {
  console.error('usage: node --expose-gc bench/versus.mjs <earlier build directory> [--subjects 20000] [--rounds 3]');
  process.exit(2);
}
const before = await import(pathToFileURL(resolve(args[0], 'dist/index.js')).href);
const SUBJECTS = Number(option('subjects', '20000'));
const ROUNDS = Number(option('rounds', '3'));

let identical = true;
for (const id of SCHEME_IDS) {
  const scheme = getPreset(id).scheme;
  const old = before.compile(scheme, { schemes: presetSchemes });
  const compiled = now.compile(scheme, { schemes: presetSchemes });
  const implementations = [
    { name: 'before: appraiseSync', key: 'before', sync: true, run: (input) => before.appraiseSync(old, input) },
    { name: 'now: appraiseSync', key: 'now', sync: true, run: (input) => now.appraiseSync(compiled, input) },
    { name: 'now: appraiseSync explain: false', key: 'bare', sync: true, run: (input) => now.appraiseSync(compiled, input, { explain: false }) },
  ];
  const subjects = subjectArray(id, SUBJECTS);
  const timed = await interleave(implementations, subjects, { rounds: ROUNDS });
  const [b, n, bare] = timed;
  // Compared after the timing, so that rendering every message for the comparison is not timed.
  const differing = n.results.filter((result, index) => JSON.stringify(result) !== JSON.stringify(b.results[index])).length;
  if (differing > 0) identical = false;
  console.log(`${id}: before ${b.usPerSubject.toFixed(1)} µs, now ${n.usPerSubject.toFixed(1)} µs (${(b.usPerSubject / n.usPerSubject).toFixed(2)}× faster), explain: false ${bare.usPerSubject.toFixed(1)} µs (${(b.usPerSubject / bare.usPerSubject).toFixed(2)}×); rounds ${timed.map((t) => t.rounds.map((r) => r.toFixed(1)).join('/')).join(' | ')}; ${SUBJECTS - differing}/${SUBJECTS} results byte-identical`);
}
process.exitCode = identical ? 0 : 1;
