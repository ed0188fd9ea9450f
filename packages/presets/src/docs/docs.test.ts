import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presets, presetSchemes } from '../catalogue';
import { SEED } from '../sources';
import { opsDepartment, techSupportCenter } from '../organisations';
import { presetPages } from './pages';
import { renderOrganisationPage } from './renderOrganisationPage';

/**
 * The pages in docs/presets/ are generated from the preset data. This test fails when they are out
 * of step; `UPDATE_DOCS=1` (the `docs:presets` script) writes them instead.
 */
const docsDir = fileURLToPath(new URL('../../../../docs/presets/', import.meta.url));
const readme = fileURLToPath(new URL('../../../../docs/README.md', import.meta.url));
const rendered = new Map(presetPages.map((page) => [page.file, page.render()]));
const page = (file: string): string => rendered.get(file) ?? '';

describe('docs/presets', () => {
  it.each(presetPages.map((p) => [p.file]))('%s matches the preset data', (file) => {
    const text = page(file);
    const path = `${docsDir}${file}`;
    if (process.env['UPDATE_DOCS'] === '1') {
      mkdirSync(docsDir, { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `${file} is missing: run pnpm docs:presets`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${file} is out of date: run pnpm docs:presets`).toBe(text);
  });

  it('has a page for every organisation of the catalogue, and no stray page', () => {
    const organisations = new Set(presets.map((entry) => entry.organisation));
    expect(new Set(presetPages.map((p) => p.organisation))).toEqual(organisations);
    const files = readdirSync(docsDir).filter((file) => file.endsWith('.md'));
    expect(files.sort()).toEqual(presetPages.map((p) => p.file).sort());
  });

  it('names every preset id on its organisation’s page and quotes every clause it cites', () => {
    for (const entry of presets) {
      const text = page(presetPages.find((p) => p.organisation === entry.organisation)?.file ?? '');
      expect(text, entry.id).toContain(`\`${entry.id}\``);
      for (const clause of clausesOf(entry.scheme)) expect(text, `${entry.id}: ${clause}`).toContain(`“${clause}”`);
    }
  });

  it('says where every source document comes from and which presets implement it, linked from the docs and the presets README', () => {
    const sources = readFileSync(fileURLToPath(new URL('../../../../docs/sources.md', import.meta.url)), 'utf8');
    for (const file of Object.values(SEED)) expect(sources, file).toContain(`**File:** \`${file}\``);
    for (const entry of presets) {
      const section = sources.slice(sources.indexOf(`\`${entry.sources[0] ?? ''}\``));
      const [organisation, position = ''] = entry.id.replace(/\.literal$/, '').split('/');
      expect(section.slice(0, section.indexOf('\n## ') < 0 ? undefined : section.indexOf('\n## ')), entry.id).toMatch(new RegExp(`\`${organisation}/(\\*|${position})\``));
    }
    expect(readFileSync(readme, 'utf8')).toContain('(sources.md)');
    expect(readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')).toContain('docs/sources.md');
    const pages = [...rendered.values()].join('\n');
    expect(pages).not.toContain('SCHEMES.md');
    expect(pages).toContain('[Source documents](../sources.md)');
  });

  it('links every page from docs/README.md', () => {
    const text = readFileSync(readme, 'utf8');
    for (const p of presetPages) expect(text, p.file).toContain(`(presets/${p.file})`);
  });

  it('quotes every clause and names every item of the organisation’s presets', () => {
    const tsc = renderOrganisationPage(techSupportCenter, presets, presetSchemes);
    for (const id of ['M1', 'M7', 'V1', 'N6', 'P5', 'I6', 'A6', 'D4']) expect(tsc).toContain(`| ${id} |`);
    expect(tsc).toContain('“部门安全事故0起,发生一起,考核不合格”');
    expect(tsc).toContain('[70, 80]');
    const ops = renderOrganisationPage(opsDepartment, presets, presetSchemes);
    expect(ops).toContain('`missing_weights`');
    expect(ops).toContain('DPT-YW-05');
  });

  it('documents the project schemes: A/B pair, project teams, raters, grades, bonus, sanction and the literal divisors', () => {
    const text = page('tech-department.md');
    expect(text).toContain('**A/B pair (AB角色)**');
    expect(text).toContain('Project manager (工程经理) on `PRJ-2026-001`');
    for (const id of ['schedule', 'quality', 'cost', 'internalAcceptance', 'timeliness', 'documentation']) expect(text).toContain(`| ${id} |`);
    expect(text).toContain('| B | B (80% of the full bonus) (B(全额工程奖金的80%)) | [80, 90) | × 0.8 (80%) |');
    expect(text).toContain('| `mission-critical` | 1.3 |');
    expect(text).toContain('collected 2026-09-24 → paid 2026-12-25 to 2026-12-31');
    expect(text).toContain('full / `serviceQuarters`');
    expect(text).toContain('3 consecutive D grades');
    expect(text).toContain('`divisor_mismatch` (warning)');
    expect(text).toContain('no tier covers [0.05, 0.06)');
  });

  it('documents the penalty regime: points, fines, thresholds, collective payers and both attendance readings', () => {
    const text = page('broadband-field-ops.md');
    for (const id of ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'conduct', 'phoneOff']) expect(text).toContain(`| ${id} |`);
    expect(text).toContain('| F6 | Customer complaint verified as the employee\'s fault (经核实为员工错误导致的客户投诉) |');
    expect(text).toContain('100.00 (1 × 100)');
    expect(text).toContain('the calendar month and the 2 before it');
    expect(text).toContain('| `station-head` | station head (站长) | the nearest holder of the role up the person\'s reporting line | 200.00 |');
    expect(text).toContain('| chosen | unique | [1, 3] → criticised at the monthly meeting (例会批评); (3, +∞) → reported to the employer (通报所属公司) |');
    expect(text).toContain('| literal | first | (−∞, 3] → criticised at the monthly meeting (例会批评); [3, +∞) → reported to the employer (通报所属公司) |');
    expect(text).toContain('`threshold_overlap` (warning)');
  });

  it('documents the vendor: deadlines, SLA defaults, report due dates, calendars, fee mapping and duty desk', () => {
    const text = page('outsourced-maintenance.md');
    expect(text).toContain('| `critical` | critical (重大故障) | 30 minutes | 4 hours |');
    expect(text).toContain('`2026-Q3` → 2026-10-03');
    expect(text).toContain('`2026-W40` → 2026-10-05');
    expect(text).toContain('A part removed on 2026-09-30 is due by 2026-10-10.');
    expect(text).toContain('mean 88.67 → 28500.00 CNY, paid in 2026-10');
    expect(text).toContain('`outsourced-maintenance/duty-desk`');
    expect(text).not.toContain('A deadline rule.');
  });

  it('documents the service-desk template and an example of weights that compiles', () => {
    const text = page('it-service-desk.md');
    expect(text).toContain('**Template.** Strict validation (`compile`) fails with `missing_weights`');
    expect(text).toContain('Total: **86.00**');
  });
});

/** Every `clause` of a cited source in a scheme, where the scheme holds one. */
function clausesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => clausesOf(v, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['clause'] === 'string' && typeof record['source'] === 'string') out.push(record['clause']);
    Object.values(record).forEach((v) => clausesOf(v, out));
  }
  return out;
}
