// Profiles kaohe's hot path: `node --cpu-prof --cpu-prof-dir=<dir> bench/profile.mjs [scheme] [count] [--no-explain] [--core <dir>]`,
// then `node bench/summarise-profile.mjs <dir>/<file>.cpuprofile` for the top self times.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { subjectArray } from './generate.mjs';
import { SCHEME_IDS } from './harness.mjs';

// `--core <dir>` profiles another build of the core (a directory with package.json and dist/).
const coreAt = process.argv.indexOf('--core');
const core = await import(coreAt > 0 ? pathToFileURL(resolve(process.argv[coreAt + 1], 'dist/index.js')).href : '@kaohe/core');

const schemeId = process.argv[2] ?? SCHEME_IDS[0];
const count = Number(process.argv[3] ?? 50_000);
const options = process.argv.includes('--no-explain') ? { explain: false } : {};
const compiled = core.compile(getPreset(schemeId).scheme, { schemes: presetSchemes });
const subjects = subjectArray(schemeId, count);
const started = performance.now();
for (const input of subjects) core.appraiseSync(compiled, input, options);
const elapsed = performance.now() - started;
console.log(`${schemeId}${options.explain === false ? ' (explain: false)' : ''}: ${count} subjects, ${((elapsed * 1000) / count).toFixed(2)} µs per subject`);
