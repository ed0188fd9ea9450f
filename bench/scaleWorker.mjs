// One scaling run in a process of its own, so that its peak RSS is its own:
//   node bench/scaleWorker.mjs <scheme id> <subjects> [passes]
// Subjects are generated one at a time and results streamed through appraiseMany; nothing is
// kept but a running count. Prints one JSON line: µs per subject (generation not counted) and
// the process's peak RSS.
import { appraiseMany } from '@kaohe/core';
import { subjects } from './generate.mjs';
import { compilePreset } from './harness.mjs';
import { median } from './timing.mjs';

const [schemeId, countText, passesText = '1'] = process.argv.slice(2);
const count = Number(countText);
const compiled = compilePreset(schemeId);

/** Streams `n` subjects, timing their generation so that it can be taken out. */
function timedSubjects(n, seed, clock) {
  const source = subjects(schemeId, n, seed);
  return {
    [Symbol.iterator]() {
      return {
        next() {
          const started = performance.now();
          const step = source.next();
          clock.generation += performance.now() - started;
          return step;
        },
      };
    },
  };
}

async function pass(n, seed) {
  const clock = { generation: 0 };
  let seen = 0;
  let excellent = 0;
  const started = performance.now();
  for await (const result of appraiseMany(compiled, timedSubjects(n, seed, clock))) {
    seen += 1;
    if (result.outcome === 'excellent') excellent += 1;
  }
  const elapsed = performance.now() - started - clock.generation;
  if (seen !== n) throw new Error(`streamed ${seen} of ${n}`);
  return { usPerSubject: (elapsed * 1000) / n, excellent };
}

await pass(5_000, 1); // warm-up, on other subjects
const runs = [];
for (let p = 0; p < Number(passesText); p += 1) runs.push(await pass(count, undefined));
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    scheme: schemeId,
    subjects: count,
    usPerSubject: median(runs.map((r) => r.usPerSubject)),
    passes: runs.map((r) => Number(r.usPerSubject.toFixed(2))),
    peakRssMB: Math.round(usage.maxRSS / 1024),
  }),
);
