// Size and opening time of the HTML report of a large run: 10,000 generated subjects (network-ops
// supervisors) appraised with the built packages, rendered with every subject page, with none, and
// split per department. With /usr/bin/chromium present, each page is also opened headless and the
// time to its load event measured.
// Usage: pnpm build && node bench/report.mjs [count]
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { renderReport, renderReportSplit } from '../packages/report/dist/index.js';
import { subjectArray } from './generate.mjs';

const count = Number(process.argv[2] ?? 10_000);
const id = 'tech-support-center/network-ops-supervisor';
const compiled = compile(getPreset(id).scheme, { schemes: presetSchemes });
const results = subjectArray(id, count).map((input) => appraiseSync(compiled, input));
const mb = (text) => `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
const dir = await mkdtemp(join(tmpdir(), 'kaohe-report-bench-'));
const pages = {};
for (const [label, make] of [
  ['all pages', () => renderReport(results, { locale: 'zh-CN', schemes: [compiled] })],
  ['all pages, sources in the overview', () => renderReport(results, { locale: 'zh-CN', schemes: [compiled], sources: 'overview' })],
  ['no pages', () => renderReport(results, { locale: 'zh-CN', schemes: [compiled], subjectPages: 'none' })],
  ['split index', () => renderReportSplit(results, { locale: 'zh-CN', schemes: [compiled] }).index],
]) {
  const start = performance.now();
  const html = make();
  const ms = performance.now() - start;
  const file = join(dir, `${label.replace(/\W+/g, '-')}.html`);
  await writeFile(file, html);
  pages[label] = file;
  console.log(`${count} subjects, ${label}: ${mb(html)}, rendered in ${ms.toFixed(0)} ms`);
}
if (existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    for (const [label, file] of Object.entries(pages)) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      console.log(`${label}: opened (load event) in ${(performance.now() - start).toFixed(0)} ms in headless Chromium`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} else {
  console.log('no /usr/bin/chromium: opening times not measured');
}
await rm(dir, { recursive: true, force: true });
