// Regenerates the pictures of the HTML report in docs/: the overview and one subject page of a
// report of 200 generated network-ops supervisors (bench/generate.mjs), made with the built kaohe
// command exactly as a user would, and shot in Debian's Chromium (with a CJK font installed).
// Usage: pnpm build && node scripts/report-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { subjectArray } from '../bench/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`${executablePath} is missing: apt-get install chromium fonts-wqy-microhei`);
  process.exit(1);
}
const preset = 'tech-support-center/network-ops-supervisor';
const dir = await mkdtemp(join(tmpdir(), 'kaohe-screenshots-'));
try {
  const input = join(dir, 'network-ops.json');
  const out = join(dir, 'report.html');
  await writeFile(input, JSON.stringify(subjectArray(preset, 200)));
  execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'report', '--preset', preset, '--input', input, '--out', out, '--locale', 'zh-CN'], { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    await page.locator('section.overview').first().screenshot({ path: join(root, 'docs/report-overview.png') });
    await page.locator('section.subject').nth(1).screenshot({ path: join(root, 'docs/report-subject.png') });
  } finally {
    await browser.close();
  }
  console.log('docs/report-overview.png, docs/report-subject.png');
} finally {
  await rm(dir, { recursive: true, force: true });
}
