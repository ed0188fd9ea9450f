// The report of the examples in a real browser (Debian's chromium, driven by playwright-core): it
// opens with no console error and no request, its Chinese text reads back, every chart is an SVG whose
// bars carry the counts of the data, each subject page shows the JSON's total, and printing gives
// exactly a front page, a page per scheme's overview and a page per subject. A report of 10,000
// subjects stays under 20 MB, and the time it takes to open is recorded.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appraiseScheme, appraiseSync, compileScheme, type CompiledScheme, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/renderReport';
import { subjectArray } from '../../../bench/generate.mjs';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`report browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium fonts-wqy-microhei)`);

const root = new URL('../../../', import.meta.url);
const examples: Array<[preset: string, file: string, org?: string]> = [
  ['tech-support-center/department-manager', 'example-a.json'],
  ['tech-support-center/network-ops-supervisor', 'example-b.json'],
  ['tech-support-center/presales-engineer', 'example-c.json'],
  ['tech-department/presales-project', 'example-h.json'],
  ['broadband-field-ops/technician', 'example-k.json', 'examples/orgs/broadband-field-ops.json'],
];

describe.skipIf(!present)('the report of the examples in Chromium', () => {
  let dir = '';
  const results: SchemeResult[] = [];
  const schemes: CompiledScheme[] = [];
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let file = '';

  beforeAll(async () => {
    for (const [preset, input, org] of examples) {
      const compiled = compileScheme(getPreset(preset)?.scheme, { schemes: presetSchemes });
      schemes.push(compiled);
      const data: unknown = JSON.parse(await readFile(new URL(`examples/subjects/${input}`, root), 'utf8'));
      const chart = org === undefined ? undefined : (JSON.parse(await readFile(new URL(org, root), 'utf8')) as OrgChartInput);
      for (const subject of Array.isArray(data) ? data : [data]) results.push(await appraiseScheme(compiled, subject, chart === undefined ? {} : { org: chart }));
    }
    dir = await mkdtemp(join(tmpdir(), 'kaohe-report-browser-'));
    file = join(dir, 'report.html');
    await writeFile(file, renderReport(results, { locale: 'zh-CN', schemes, inputs: examples.map(([, f]) => f) }));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('opens with no console error and requests nothing but itself', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  it('reads back its Chinese text', async () => {
    const text = await page.locator('body').innerText();
    expect(text).toContain('考核报告');
    expect(text).toContain('总分分布');
    // Subject pages below the fold are laid out lazily (content-visibility), so their text is read from the DOM.
    const all = await page.locator('body').textContent();
    for (const r of results) if (r.name !== null) expect(all).toContain(r.name);
  });

  it('draws every chart as a non-empty SVG whose bars match the data', async () => {
    const charts = await page.locator('section.overview').evaluateAll((sections) =>
      sections.map((s) => ({
        scheme: s.getAttribute('data-scheme'),
        svgs: [...s.querySelectorAll('svg.chart')].map((svg) => ({
          width: svg.getBoundingClientRect().width,
          counts: [...svg.querySelectorAll('rect.bar[data-count]')].map((b) => ({ count: Number(b.getAttribute('data-count')), height: (b as unknown as { getBBox(): { height: number } }).getBBox().height })),
          values: [...svg.querySelectorAll('rect.bar[data-value]')].map((b) => b.getAttribute('data-value')),
        })),
      })),
    );
    expect(charts.map((c) => c.scheme)).toEqual(examples.map(([preset]) => preset));
    for (const chart of charts) {
      const subjects = results.filter((r) => r.scheme.id === chart.scheme).length;
      const histogram = chart.svgs[0];
      expect(histogram?.width).toBeGreaterThan(0);
      expect(histogram?.counts.reduce((n, b) => n + b.count, 0)).toBe(subjects);
      for (const bar of histogram?.counts ?? []) expect(bar.height > 0).toBe(bar.count > 0);
    }
    const project = charts.find((c) => c.scheme === 'tech-department/presales-project');
    const bonus = results.find((r) => r.scheme.id === 'tech-department/presales-project');
    expect(project?.svgs[1]?.values).toEqual(bonus?.kind === 'scorecard' ? [bonus.bonus?.full, bonus.bonus?.final, bonus.bonus?.pool] : []);
  });

  it('shows on each subject page the total of the JSON', async () => {
    const shown = await page.locator('section.subject').evaluateAll((sections) => sections.map((s) => [s.getAttribute('data-subject'), s.querySelector('.total')?.textContent ?? '']));
    expect(shown).toEqual(results.map((r) => [r.subject, r.kind === 'penaltyRegime' ? r.points : r.total]));
  });

  it('prints to A4 on exactly a front page, a page per scheme’s overview and a page per subject', async () => {
    // The print CSS starts each of these blocks on a page of its own and sets type that fits each on one page:
    // laid out at the width of the A4 page's content box, none is taller than the page.
    await page.emulateMedia({ media: 'print' });
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: A4_CONTENT.width, height: A4_CONTENT.height });
    const blocks = await page.locator('body').evaluate((body) => {
      const front = [...body.children].filter((e) => !e.matches('section, footer'));
      const top = Math.min(...front.map((e) => e.getBoundingClientRect().top));
      const bottom = Math.max(...front.map((e) => e.getBoundingClientRect().bottom));
      return [{ block: 'front', height: bottom - top }, ...[...body.querySelectorAll('section.overview, section.problems, section.subject')].map((e) => ({ block: `${e.className} ${e.getAttribute('data-scheme') ?? e.getAttribute('data-subject') ?? ''}`, height: e.getBoundingClientRect().height }))];
    });
    await page.emulateMedia({ media: null });
    if (viewport !== null) await page.setViewportSize(viewport);
    expect(blocks.filter((b) => b.height > A4_CONTENT.height)).toEqual([]);
    const expected = 1 + examples.length + results.length;
    expect(blocks).toHaveLength(expected);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(expected);
  });
});

/** The content box of an A4 page under the report's `@page` margin of 12 mm, in CSS pixels (96 per inch). */
const A4_CONTENT = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 24) / 25.4) * 96) };

describe.skipIf(!present)('a report of 10,000 subjects in Chromium', () => {
  it('stays under 20 MB and opens; the time to its load event is recorded', async ({ annotate }) => {
    const id = 'tech-support-center/network-ops-supervisor';
    const compiled = compileScheme(getPreset(id)?.scheme, { schemes: presetSchemes });
    const results = subjectArray(id, 10_000).map((input) => appraiseSync(compiled, input));
    // The CLI's choice past a thousand subjects: item clauses cited from the overview only.
    const html = renderReport(results, { locale: 'zh-CN', schemes: [compiled], sources: 'overview' });
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThan(20_000_000);
    const dir = await mkdtemp(join(tmpdir(), 'kaohe-report-large-'));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const file = join(dir, 'large.html');
      await writeFile(file, html);
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      const ms = performance.now() - start;
      expect(await page.locator('section.subject').count()).toBe(results.length);
      // A figure, never asserted: the machine running the suite decides it.
      const figure = `10,000 subjects: ${(bytes / 1e6).toFixed(2)} MB, load event after ${ms.toFixed(0)} ms in headless Chromium`;
      console.info(figure);
      await annotate(figure);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
