// The report of the examples in a real browser (Debian's chromium, driven by playwright-core): it
// opens with no console error and no request, its Chinese text reads back, every chart is an SVG whose
// bars carry the counts of the data, each subject page shows the JSON's total, and printing gives a
// page per subject at least.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appraiseScheme, compileScheme, type CompiledScheme, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../src/renderReport';

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

  it('prints to A4 with a page at least for the overview and for each subject', async () => {
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(results.length + 1);
  });
});
