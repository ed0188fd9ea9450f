import { readFile } from 'node:fs/promises';
import { appraiseScheme, compileScheme, type Appraisal, type CompiledScheme, type OrgChartInput, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';
import { histogram } from './histogram';
import { readResultsJson, readResultsJsonl } from './readResultsJsonl';
import { renderReport } from './renderReport';
import { renderReportSplit } from './renderReportSplit';

const root = new URL('../../../', import.meta.url);

async function appraiseExample(preset: string, file: string, org?: string): Promise<{ compiled: CompiledScheme; results: SchemeResult[] }> {
  const entry = getPreset(preset);
  if (entry === undefined) throw new Error(`no preset ${preset}`);
  const compiled = compileScheme(entry.scheme, { schemes: presetSchemes });
  const data: unknown = JSON.parse(await readFile(new URL(`examples/subjects/${file}`, root), 'utf8'));
  const orgChart = org === undefined ? undefined : (JSON.parse(await readFile(new URL(org, root), 'utf8')) as OrgChartInput);
  const inputs = Array.isArray(data) ? data : [data];
  const results: SchemeResult[] = [];
  for (const input of inputs) results.push(await appraiseScheme(compiled, input, orgChart === undefined ? {} : { org: orgChart }));
  return { compiled, results };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `data-count` of every histogram bar of a page, in order. */
const barCounts = (html: string): number[] => [...html.matchAll(/<rect class="bar" data-count="(\d+)"/g)].map((m) => Number(m[1]));

describe('renderReport', () => {
  it('gives each subject a page whose total is the result’s, and histogram bars that add up to the subjects', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/department-manager', 'example-a.json');
    const html = renderReport(results, { schemes: [compiled], locale: 'zh-CN' });
    for (const result of results as Appraisal[]) {
      const page = html.slice(html.indexOf(`data-subject="${escapeHtml(result.subject)}"`));
      expect(page.match(/data-total="([^"]*)"/)?.[1]).toBe(result.total);
    }
    expect(barCounts(html).reduce((a, b) => a + b, 0)).toBe(results.length);
    expect(html.match(/<section class="subject"/g)).toHaveLength(results.length);
    expect(html).toContain('概览');
  });

  it('draws the band edges of the scheme on the histogram', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const html = renderReport(results, { schemes: [compiled] });
    const edges = [...html.matchAll(/<line class="edge" data-value="([^"]+)"/g)].map((m) => m[1]);
    const bands = compiled.kind === 'compiledScorecard' ? compiled.scheme.bands.flatMap((b) => (b.min === undefined ? [] : [String(b.min)])) : [];
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(bands).toContain(edge);
  });

  it('shows every explanation line with its arithmetic and source clause', async () => {
    const { results } = await appraiseExample('tech-support-center/network-ops-supervisor', 'example-b.json');
    const html = renderReport(results);
    for (const item of (results[0] as Appraisal).items) {
      for (const line of item.lines) {
        expect(html).toContain(escapeHtml(line.arithmetic));
        // Under the item's heading a line leaves out the `id name:` its message starts with,
        // and the arithmetic it ends with, which the arithmetic column shows.
        const message = line.message.en.replace(`${item.id} ${item.name.en}: `, '');
        const shown = message.endsWith(line.arithmetic) ? message.slice(0, -line.arithmetic.length).replace(/\s*:\s*$/, '') : message;
        // A line has a row of its own, or shares its item's when it is the item's only one (after the item's name in bold).
        expect(html).toMatch(new RegExp(`(?:<tr><td>|</b> )${escapeRegExp(escapeHtml(shown))}<td>${escapeRegExp(escapeHtml(line.arithmetic))}<td>(?:${escapeRegExp(line.amount)}|${escapeRegExp(item.points)})(?:<|$)`));
      }
      if ('clause' in item.provenance && item.provenance.clause !== undefined) expect(html).toContain(escapeHtml(item.provenance.clause));
    }
  });

  it('shows a project’s bonus from full to final to pool and its lines', async () => {
    const { results } = await appraiseExample('tech-department/presales-project', 'example-h.json');
    const html = renderReport(results, { locale: 'zh-CN' });
    const bonus = (results[0] as Appraisal).bonus;
    expect(bonus).toMatchObject({ full: '12100.00', final: '9680.00', pool: '2420.00' });
    const values = [...html.matchAll(/<rect class="bar" data-value="([^"]+)"/g)].map((m) => m[1]);
    expect(values).toEqual([bonus?.full, bonus?.final, bonus?.pool]);
    for (const line of bonus?.lines ?? []) expect(html).toContain(escapeHtml(line.arithmetic));
  });

  it('shows a regime’s points and fines per person', async () => {
    const { results } = await appraiseExample('broadband-field-ops/technician', 'example-k.json', 'examples/orgs/broadband-field-ops.json');
    const html = renderReport(results, { locale: 'zh-CN' });
    expect(barCounts(html).reduce((a, b) => a + b, 0)).toBe(results.length);
    for (const r of results) if (r.kind === 'penaltyRegime') expect(html).toContain(`data-total="${r.points}"`);
  });

  it('escapes subject names, messages and rejected values, and carries no script or external reference', async () => {
    const { results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const tampered = results.map((r) => ({ ...r, subject: evil, name: evil, period: evil })) as SchemeResult[];
    const html = renderReport(tampered, { inputs: [evil], rejected: [{ sheet: evil, row: 2, column: 'B', value: evil, reason: evil }], errors: [{ code: 'input_invalid', message: evil, subject: evil }] });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('lists the counts and the rejected rows, and leaves subject pages out when asked', async () => {
    const { results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const html = renderReport(results, { subjectPages: 'none', summary: { read: 9, appraised: results.length, rejected: 1, errors: 0 }, rejected: [{ sheet: 'S1', row: 7, column: 'C', value: 'abc', reason: 'not a number' }], inputs: ['c.xlsx'] });
    expect(html).not.toContain('<section class="subject"');
    expect(html).toContain('not a number');
    expect(html).toContain('<dd class="num">9</dd>');
    expect(html).toContain('c.xlsx');
  });

  it('splits subject pages into one file per department with an index linking them', async () => {
    const a = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const b = await appraiseExample('ops-department/customer-service-rep', 'example-g.json');
    const { index, files } = renderReportSplit([...a.results, ...b.results], { schemes: [a.compiled, b.compiled] });
    expect(files.map((f) => f.group).sort()).toEqual(['ops-department', 'tech-support-center']);
    expect(index).not.toContain('<section class="subject"');
    for (const f of files) expect(index).toContain(`href="${f.fileName}"`);
    const pages = files.reduce((n, f) => n + (f.html.match(/<section class="subject"/g)?.length ?? 0), 0);
    expect(pages).toBe(a.results.length + b.results.length);
  });

  it('reads back the JSONL lines of a run and renders them alike', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const jsonl = [
      ...results.map((r) => JSON.stringify({ type: 'result', ...r })),
      JSON.stringify({ type: 'rejected', sheet: 'S', row: 3, column: 'D', value: 'x', reason: 'bad' }),
      JSON.stringify({ type: 'error', file: 'f.json', subject: 'Z', field: 'facts.a', code: 'input_invalid', message: 'bad fact' }),
      JSON.stringify({ type: 'summary', read: results.length + 2, appraised: results.length, rejected: 1, errors: 1 }),
      '',
    ].join('\n');
    const data = readResultsJsonl(jsonl);
    expect(data.results).toHaveLength(results.length);
    expect(data.summary).toEqual({ read: results.length + 2, appraised: results.length, rejected: 1, errors: 1 });
    const html = renderReport(data.results, { ...data, schemes: [compiled] });
    expect(html).toContain('bad fact');
    expect(barCounts(html).reduce((x, y) => x + y, 0)).toBe(results.length);
  });
});

describe('readResultsJsonl', () => {
  it('reads the warning lines of a run and shows them, escaped, beside the rejected rows', async () => {
    const { results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const warning = { type: 'warning', code: 'crmNotReady', message: 'record <b>006</b>: not ready', file: 'opps.json', sheet: 'Opportunity', row: 3, record: '006', subject: 'PRJ-1' };
    const jsonl = [JSON.stringify({ type: 'result', ...results[0] }), JSON.stringify(warning), JSON.stringify({ type: 'summary', read: 2, appraised: 1, rejected: 0, errors: 0, blank: 0, warnings: 1 })].join('\n');
    const data = readResultsJsonl(jsonl);
    expect(data.warnings).toEqual([{ code: 'crmNotReady', message: 'record <b>006</b>: not ready', file: 'opps.json', sheet: 'Opportunity', row: 3, record: '006', subject: 'PRJ-1' }]);
    const html = renderReport(data.results, data);
    expect(html).toContain('<h2>Warnings</h2>');
    expect(html).toContain('record &lt;b&gt;006&lt;/b&gt;: not ready');
    expect(html).not.toContain('<b>006</b>');
    expect(() => readResultsJsonl(JSON.stringify({ type: 'warning', message: 'no code' }))).toThrow(/line 1/);
  });

  it('names the line that is not usable', () => {
    expect(() => readResultsJsonl('{"type":"summary","read":1,"appraised":1,"rejected":0,"errors":0}\n{"type":"nope"}')).toThrow(/line 2/);
    expect(() => readResultsJsonl('{"type":"result","kind":"scorecard","subject":"a"}')).toThrow(expect.objectContaining({ code: 'input_invalid' }));
    expect(() => readResultsJsonl('{not json')).toThrow(/line 1/);
  });
});

describe('histogram', () => {
  it('puts every value in one bin of a round width, [low, high)', () => {
    const bins = histogram(['72.50', '88.00', '91.25', '90', '100.00']);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(bins[0]?.low).toBe('72');
    const ninety = bins.find((b) => b.low === '90');
    expect(ninety?.count).toBe(2);
    expect(histogram(['5', '5'])).toEqual([{ low: '5', high: '6', count: 2 }]);
    expect(histogram([])).toEqual([]);
  });
});

describe('readResultsJson', () => {
  it('reads the JSON of kaohe appraise, its failed subjects and each bad cell of a rejected row', async () => {
    const { results } = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const data = readResultsJson({
      results,
      errors: [{ file: 'c.json', index: 1, subject: 'X', code: 'input_invalid', path: 'facts.a', message: 'bad' }],
      rejected: [{ file: 'c.csv', sheet: 'c', row: 4, subject: null, cells: [{ column: 'B', header: 'h', value: 'v1', code: 'c', message: 'm1' }, { column: 'C', header: 'h', value: 'v2', code: 'c', message: 'm2' }] }],
    });
    expect(data.results).toEqual(results);
    expect(data.errors).toEqual([{ file: 'c.json', subject: 'X', field: 'facts.a', code: 'input_invalid', message: 'bad' }]);
    expect(data.rejected.map((r) => [r.column, r.value, r.reason])).toEqual([['B', 'v1', 'm1'], ['C', 'v2', 'm2']]);
    expect(() => readResultsJson({ results: [{ kind: 'scorecard' }] })).toThrow(/results\[0\]/);
    expect(() => readResultsJson([1])).toThrow(expect.objectContaining({ code: 'input_invalid' }));
  });
});

describe('subject pages and shares', () => {
  it('give each item its points, and its max and weight where it has them; name the outcome by its band; list bands in the scheme’s order', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/network-ops-supervisor', 'example-b.json');
    const html = renderReport(results, { schemes: [compiled] });
    const page = html.slice(html.indexOf('<section class="subject"'));
    const result = results[0] as Appraisal;
    // The item's points close its row: its heading's, or the row it shares with its only line.
    for (const item of result.items) expect(page).toMatch(new RegExp(`${escapeRegExp(escapeHtml(item.name.en))} ${escapeRegExp(item.id)}(?:<th>|</b> (?:(?!<tr).)*<td>)${escapeRegExp(item.points)}(?:<|$)`));
    expect(page).not.toContain(' · Max ');
    expect(page).toContain(`Outcome ${escapeHtml(result.band?.name.en)}`);
    const points = await appraiseExample('tech-support-center/presales-engineer', 'example-c.json');
    const withMax = renderReport(points.results);
    const capped = (points.results[0] as Appraisal).items.filter((i) => i.max !== null);
    expect(capped.length).toBeGreaterThan(0);
    for (const item of capped) expect(withMax).toContain(`${escapeHtml(item.id)} · Max ${item.max}`);
    const bands = compiled.kind === 'compiledScorecard' ? compiled.scheme.bands : [];
    expect(bands.length).toBeGreaterThan(2);
    // One subject in each band, met in the reverse of the scheme's order.
    const each = [...bands].reverse().map((b, i) => ({ ...result, subject: `s${i}`, band: { id: b.id, name: b.name }, outcome: b.id })) as SchemeResult[];
    const shares = renderReport(each, { schemes: [compiled], subjectPages: 'none' });
    const table = shares.slice(shares.indexOf('Share of each band'), shares.indexOf('Share of each outcome'));
    const at = bands.map((b) => table.indexOf(`<td>${escapeHtml(b.name.en)}</td>`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('sources: overview', () => {
  it('cites each item’s clause once in the overview and not on the subject pages', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/department-manager', 'example-a.json');
    const html = renderReport(results, { schemes: [compiled], sources: 'overview' });
    const pages = html.slice(html.indexOf('<section class="subject"'));
    const overview = html.slice(0, html.indexOf('<section class="subject"'));
    for (const item of (results[0] as Appraisal).items) {
      if (!('clause' in item.provenance) || item.provenance.clause === undefined) continue;
      const clause = escapeHtml(item.provenance.clause);
      expect(overview.split(clause).length - 1).toBeGreaterThanOrEqual(1);
      expect(pages).not.toContain(`<th><span class="prov">${escapeHtml(item.provenance.source)} · ${clause}</span></th>`);
    }
    const cited = renderReport(results, { schemes: [compiled] });
    expect(cited.slice(cited.indexOf('<section class="subject"')).length).toBeGreaterThan(pages.length);
  });
});

describe('source clauses', () => {
  it('prints each clause once per scheme, numbered, and the subject pages refer to it by number', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/department-manager', 'example-a.json');
    const html = renderReport(results, { schemes: [compiled] });
    const pages = html.slice(html.indexOf('<section class="subject"'));
    const overview = html.slice(0, html.indexOf('<section class="subject"'));
    const numbers = new Map([...overview.matchAll(/<tr><td>\[(\d+)\]<\/td><td>.*?<\/td><td><span class="prov">(.*?)<\/span><\/td><\/tr>/g)].map((m) => [m[2], m[1]]));
    for (const item of (results[0] as Appraisal).items) {
      if (!('clause' in item.provenance) || item.provenance.clause === undefined) continue;
      const cited = `${escapeHtml(item.provenance.source)} · ${escapeHtml(item.provenance.clause)}`;
      expect(html.split(cited).length - 1).toBe(1);
      const number = numbers.get(cited);
      expect(number).toBeDefined();
      // Every page refers to the item's clause in the row of the item (its heading's, or the one it shares with its only line).
      const refs = pages.match(new RegExp(`${escapeRegExp(escapeHtml(item.name.en))} ${escapeRegExp(item.id)}(?: · [^<]*)?(?:(?!<tr).)*<td>\\[${number}\\]`, 'g'));
      expect(refs).toHaveLength(results.length);
    }
  });
});

describe('outcomes', () => {
  it('names a veto’s failure and a regime’s outcome in the reader’s language, never by its code', async () => {
    const { compiled, results } = await appraiseExample('tech-support-center/network-ops-supervisor', 'example-b.json');
    const failed = { ...(results[0] as Appraisal), outcome: 'fail' } as SchemeResult;
    const html = renderReport([failed], { schemes: [compiled], locale: 'zh-CN' });
    expect(html).toContain('结论 考核不合格');
    expect(html.slice(html.indexOf('各结论占比'))).toContain('<td>考核不合格</td>');
    expect(html).not.toMatch(/>fail</);
    const regime = await appraiseExample('broadband-field-ops/technician', 'example-k.json', 'examples/orgs/broadband-field-ops.json');
    const people = renderReport(regime.results, { locale: 'zh-CN' });
    for (const r of regime.results) {
      if (r.kind !== 'penaltyRegime') continue;
      const page = people.slice(people.indexOf(`data-subject="${escapeHtml(r.subject)}"`));
      const shown = r.sanctions.find((s) => s.id === r.outcome)?.name['zh-CN'] ?? '—';
      expect(page).toContain(`结论 ${escapeHtml(shown)}`);
    }
    expect(people).not.toMatch(/结论 none/);
  });
});
