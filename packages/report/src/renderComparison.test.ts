import { compileScheme, type CompiledScheme, type SchemeResult } from '@kaohe/core';
import { presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import type { Comparison } from './comparison';
import { compareResults } from './compareResults';
import { escapeHtml } from './escapeHtml';
import { renderComparison } from './renderComparison';
import { appraiseFile, compiledPreset, EXAMPLES, readJson } from './testKit';

async function teamComparison(): Promise<{ comparison: Comparison; schemes: CompiledScheme[] }> {
  const current = compiledPreset('tech-support-center/network-ops-supervisor');
  const proposed = compileScheme(await readJson('examples/schemes/network-ops-supervisor.proposed.json'), { schemes: presetSchemes });
  const before = await appraiseFile(current, 'examples/subjects/network-ops-team.json');
  const after = await appraiseFile(proposed, 'examples/subjects/network-ops-team.json');
  return { comparison: compareResults(before, after, { schemes: [current, proposed] }), schemes: [current, proposed] };
}

/** The counts of a transition matrix table, row by row. */
function matrixCounts(html: string, what: string): number[][] {
  const start = html.indexOf(`data-matrix="${what}"`);
  const tableHtml = html.slice(start, html.indexOf('</table>', start));
  return [...tableHtml.matchAll(/<tr><th>.*?<\/tr>/g)].slice(1).map((row) => [...row[0].matchAll(/data-count="(\d+)"/g)].map((m) => Number(m[1])));
}

describe('renderComparison', () => {
  it('shows both schemes’ identities, the transition matrices and histogram of the data, and each mover with the items behind the move', async () => {
    const { comparison, schemes } = await teamComparison();
    const html = renderComparison(comparison, { locale: 'zh-CN' });
    expect(html).toContain('<html lang="zh-CN">');
    for (const s of schemes) {
      expect(html).toContain(escapeHtml(s.hash));
      expect(html).toContain(escapeHtml(s.scheme.name['zh-CN']));
    }
    expect(matrixCounts(html, 'band')).toEqual(comparison.totals.transitions.band.counts);
    expect(matrixCounts(html, 'outcome')).toEqual(comparison.totals.transitions.outcome.counts);
    const bars = [...html.matchAll(/<rect class="bar" data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(bars).toEqual(comparison.totals.total.histogram.map((b) => b.count));
    expect(bars.reduce((a, b) => a + b, 0)).toBe(24);
    const movers = html.slice(html.indexOf('<table class="movers"'));
    const shown = [...movers.matchAll(/data-subject="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(['N-0000005', 'N-0000007', 'N-0000009', 'N-0000019', 'N-0000020']);
    // N-0000005: 75 → 90, qualified → good, three late reports now cost 15 points less.
    const row = movers.slice(movers.indexOf('data-subject="N-0000005"'), movers.indexOf('</tr>', movers.indexOf('data-subject="N-0000005"')));
    expect(row).toContain('75.00 → 90.00');
    expect(row).toContain('合格 → <b>良好</b>');
    expect(row).toContain('按时提交文档、报告及建议 <span class="muted">N4</span> <span class="num">+15.00</span>');
    expect(html).toContain('<dd class="num" data-key="moved-band">5</dd>');
    // N-0000007 keeps 85.00 and becomes good by the band's new edge alone.
    const edge = movers.slice(movers.indexOf('data-subject="N-0000007"'), movers.indexOf('</tr>', movers.indexOf('data-subject="N-0000007"')));
    expect(edge).toContain('总分不变：分界有变化');
    expect(row).not.toContain('总分不变');
    expect(html).toContain('总分变化分布');
    expect(html).not.toContain('<script');
  });

  it('shows the money and the grades of project schemes, and the items no one’s total carries', async () => {
    const before: SchemeResult[] = [];
    for (const [preset, file, org] of EXAMPLES) before.push(...(await appraiseFile(compiledPreset(preset), `examples/subjects/${file}`, org)));
    const after = before.map((r, i) => ({ ...(before[(i + 1) % before.length] as SchemeResult), subject: r.subject, period: r.period }));
    const comparison = compareResults(before, after);
    const html = renderComparison(comparison);
    const money = comparison.totals.money;
    expect(money).not.toBeNull();
    const values = [...html.matchAll(/<rect class="bar" data-value="([^"]+)"/g)].map((m) => m[1]);
    expect(values).toEqual([money?.before, money?.after]);
    expect(html).toContain('data-matrix="grade"');
    expect(html).toContain('not carried by an item');
    expect(html).toContain('veto met: V1');
  });

  it('escapes every value and labels, and fetches nothing', async () => {
    const { comparison } = await teamComparison();
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const tampered: Comparison = {
      ...comparison,
      before: { ...comparison.before, label: evil, inputs: [evil] },
      subjects: comparison.subjects.map((s) => ({ ...s, name: evil, subject: evil })),
      onlyAfter: [{ subject: evil, name: evil, period: evil, scheme: evil }],
    };
    const html = renderComparison(tampered, { title: evil });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
    expect(() => renderComparison(comparison, { locale: 'fr' as 'en' })).toThrow(RangeError);
  });
});
