// Profiles kaohe's hot path: `node --cpu-prof --cpu-prof-dir=<dir> bench/profile.mjs [scheme] [count] [--no-explain]`,
// then `node bench/summarise-profile.mjs <dir>/<file>.cpuprofile` for the top self times.
import { appraiseSync } from '@kaohe/core';
import { subjectArray } from './generate.mjs';
import { compilePreset, SCHEME_IDS } from './harness.mjs';

const schemeId = process.argv[2] ?? SCHEME_IDS[0];
const count = Number(process.argv[3] ?? 50_000);
const options = process.argv.includes('--no-explain') ? { explain: false } : {};
const compiled = compilePreset(schemeId);
const subjects = subjectArray(schemeId, count);
const started = performance.now();
for (const input of subjects) appraiseSync(compiled, input, options);
const elapsed = performance.now() - started;
console.log(`${schemeId}${options.explain === false ? ' (explain: false)' : ''}: ${count} subjects, ${((elapsed * 1000) / count).toFixed(2)} µs per subject`);
