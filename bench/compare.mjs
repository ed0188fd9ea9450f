// Size and time of `kaohe compare` on a large population: [count] generated network-ops supervisors
// (10,000 unless given) under the preset and under examples/schemes/network-ops-supervisor.proposed.json.
// Measures the whole command as a process (appraising the inputs twice, HTML and JSON), the parts in
// process (compareResults, renderComparison), and, with /usr/bin/chromium present, the time the page
// takes to reach its load event headless.
// Usage: pnpm build && node bench/compare.mjs [count]
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { compareResults, renderComparison } from '../packages/report/dist/index.js';
import { subjectArray } from './generate.mjs';

const count = Number(process.argv[2] ?? 10_000);
const id = 'tech-support-center/network-ops-supervisor';
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const proposedFile = join(root, 'examples/schemes/network-ops-supervisor.proposed.json');
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const dir = await mkdtemp(join(tmpdir(), 'kaohe-compare-bench-'));
const inputs = subjectArray(id, count);
const team = join(dir, 'team.json');
await writeFile(team, JSON.stringify(inputs));

const timed = async (label, run) => {
  const start = performance.now();
  const value = await run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return value;
};

// For scale: one appraisal of the same inputs, which compare does once per scheme.
await timed(`kaohe appraise, ${count} subjects, --format jsonl (for scale)`, () => promisify(execFile)(process.execPath, [bin, 'appraise', '--input', team, '--preset', id, '--format', 'jsonl'], { maxBuffer: 1 << 30 }));
const html = join(dir, 'compare.html');
const json = join(dir, 'compare.json');
const args = ['compare', '--input', team, '--preset', id, '--against-scheme', proposedFile];
await timed(`kaohe compare, ${count} subjects, --out compare.html (a process: reads and appraises the inputs twice)`, () => promisify(execFile)(process.execPath, [bin, ...args, '--out', html], { maxBuffer: 1 << 30 }));
await timed(`kaohe compare, ${count} subjects, --out compare.json`, () => promisify(execFile)(process.execPath, [bin, ...args, '--out', json], { maxBuffer: 1 << 30 }));
console.log(`compare.html: ${mb((await stat(html)).size)}; compare.json: ${mb((await stat(json)).size)}`);
const comparison = JSON.parse(await readFile(json, 'utf8'));
console.log(`movers: ${comparison.totals.moved.any} of ${comparison.totals.matched}; change of total in sum ${comparison.totals.total.delta}`);

const current = compile(getPreset(id).scheme, { schemes: presetSchemes });
const proposed = compile(JSON.parse(await readFile(proposedFile, 'utf8')), { schemes: presetSchemes });
const before = inputs.map((input) => appraiseSync(current, input));
const after = inputs.map((input) => appraiseSync(proposed, input));
const inProcess = await timed('compareResults in process', () => compareResults(before, after, { schemes: [current, proposed] }));
await timed('renderComparison in process', () => renderComparison(inProcess, { locale: 'zh-CN' }));

if (existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await timed('compare.html opened (load event) in headless Chromium', () => page.goto(pathToFileURL(html).href, { waitUntil: 'load', timeout: 120_000 }));
  } finally {
    await browser.close();
  }
} else {
  console.log('no /usr/bin/chromium: opening time not measured');
}
await rm(dir, { recursive: true, force: true });
