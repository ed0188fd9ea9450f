// The report of the examples in a real browser (Debian's chromium, driven by playwright-core): it
// opens with no console error and no request, its Chinese text reads back, every chart is an SVG whose
// bars carry the counts of the data, each subject page shows the JSON's total, and printing gives a
// page per subject at least.
import { readFile } from 'node:fs/promises';
import { appraiseScheme, compileScheme, type CompiledScheme, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { expect, it } from 'vitest';
import { renderReport } from '../src/renderReport';
import { describeInChromium } from './openInChromium';

const root = new URL('../../../', import.meta.url);
const examples: Array<[preset: string, file: string, org?: string]> = [
  ['tech-support-center/department-manager', 'example-a.json'],
  ['tech-support-center/network-ops-supervisor', 'example-b.json'],
  ['tech-support-center/presales-engineer', 'example-c.json'],
  ['tech-department/presales-project', 'example-h.json'],
  ['broadband-field-ops/technician', 'example-k.json', 'examples/orgs/broadband-field-ops.json'],
];

const results: SchemeResult[] = [];

describeInChromium(
  'the report of the examples in Chromium',
  'report.html',
  async () => {
    const schemes: CompiledScheme[] = [];
    for (const [preset, input, org] of examples) {
      const compiled = compileScheme(getPreset(preset)?.scheme, { schemes: presetSchemes });
      schemes.push(compiled);
      const data: unknown = JSON.parse(await readFile(new URL(`examples/subjects/${input}`, root), 'utf8'));
      const chart = org === undefined ? undefined : (JSON.parse(await readFile(new URL(org, root), 'utf8')) as OrgChartInput);
      for (const subject of Array.isArray(data) ? data : [data]) results.push(await appraiseScheme(compiled, subject, chart === undefined ? {} : { org: chart }));
    }
    return renderReport(results, { locale: 'zh-CN', schemes, inputs: examples.map(([, f]) => f) });
  },
  (opened) => {
    it('reads back its Chinese text', async () => {
      const text = await opened().page.locator('body').innerText();
      expect(text).toContain('考核报告');
      expect(text).toContain('总分分布');
      // Subject pages below the fold are laid out lazily (content-visibility), so their text is read from the DOM.
      const all = await opened().page.locator('body').textContent();
      for (const r of results) if (r.name !== null) expect(all).toContain(r.name);
    });

    it('draws every chart as a non-empty SVG whose bars match the data', async () => {
      const charts = await opened().page.locator('section.overview').evaluateAll((sections) =>
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
      const shown = await opened().page.locator('section.subject').evaluateAll((sections) => sections.map((s) => [s.getAttribute('data-subject'), s.querySelector('.total')?.textContent ?? '']));
      expect(shown).toEqual(results.map((r) => [r.subject, r.kind === 'penaltyRegime' ? r.points : r.total]));
    });

    it('prints to A4 with a page at least for the overview and for each subject', async () => {
      const pdf = (await opened().page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(results.length + 1);
    });
  },
);
