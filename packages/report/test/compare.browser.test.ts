// The comparison of the example team under the preset and the proposed scheme, in a real browser
// (Debian's chromium, driven by playwright-core): it opens with no console error and no request, its
// Chinese text reads back, its histogram's bars and its matrices' cells carry the counts of the
// comparison, the movers are the comparison's, and printing puts the movers on a page of their own.
import { compileScheme } from '@kaohe/core';
import { presetSchemes } from '@kaohe/presets';
import { expect, it } from 'vitest';
import type { Comparison } from '../src/comparison';
import { compareResults } from '../src/compareResults';
import { renderComparison } from '../src/renderComparison';
import { appraiseFile, compiledPreset, readJson } from '../src/testKit';
import { describeInChromium } from './openInChromium';

let comparison: Comparison;

describeInChromium(
  'the comparison of the example team in Chromium',
  'compare.html',
  async () => {
    const current = compiledPreset('tech-support-center/network-ops-supervisor');
    const proposed = compileScheme(await readJson('examples/schemes/network-ops-supervisor.proposed.json'), { schemes: presetSchemes });
    const team = 'examples/subjects/network-ops-team.json';
    comparison = compareResults(await appraiseFile(current, team), await appraiseFile(proposed, team), { schemes: [current, proposed] });
    return renderComparison(comparison, { locale: 'zh-CN' });
  },
  (opened) => {
    it('reads back its Chinese text', async () => {
      const text = await opened().page.locator('body').innerText();
      for (const words of ['方案对比', '对比双方', '网络运维主管考核（修订稿）', '等级：行为原方案，列为新方案', '总分变化分布', '等级、档次或结论发生变化的考核对象', '按时提交文档、报告及建议', '总分不变：分界有变化']) expect(text).toContain(words);
    });

    it('draws the histogram of the change of total with bars of the comparison’s counts, and matrices of its transitions', async () => {
      const bars = await opened().page.locator('svg.chart rect.bar').evaluateAll((rects) => rects.map((b) => ({ count: Number(b.getAttribute('data-count')), height: (b as unknown as { getBBox(): { height: number } }).getBBox().height })));
      expect(bars.map((b) => b.count)).toEqual(comparison.totals.total.histogram.map((b) => b.count));
      expect(bars.reduce((n, b) => n + b.count, 0)).toBe(24);
      for (const bar of bars) expect(bar.height > 0).toBe(bar.count > 0);
      expect(await opened().page.locator('svg.chart').first().evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(0);
      const matrices = await opened().page.locator('table.matrix').evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((td) => Number(td.textContent)))));
      expect(matrices).toEqual([comparison.totals.transitions.band.counts, comparison.totals.transitions.outcome.counts]);
    });

    it('lists the comparison’s movers', async () => {
      const shown = await opened().page.locator('table.movers [data-subject]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-subject')));
      expect(shown).toEqual(comparison.subjects.filter((s) => s.moved).map((s) => s.subject));
      expect(shown).toHaveLength(5);
    });

    it('prints to A4 with the movers on a page after the overview', async () => {
      const pdf = (await opened().page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    });
  },
);
