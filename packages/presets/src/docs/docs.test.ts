import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presets, presetSchemes } from '../catalogue';
import { opsDepartment, techSupportCenter } from '../organisations';
import { renderOrganisationPage } from './renderOrganisationPage';

/**
 * The organisation pages in docs/presets/ are generated from the preset data. This test fails when
 * they are out of step; `UPDATE_DOCS=1` (the `docs:presets` script) writes them instead.
 */
const docsDir = fileURLToPath(new URL('../../../../docs/presets/', import.meta.url));
const pages = [
  ['tech-support-center.md', techSupportCenter],
  ['ops-department.md', opsDepartment],
] as const;

describe('docs/presets', () => {
  it.each(pages)('%s matches the preset data', (file, chart) => {
    const rendered = renderOrganisationPage(chart, presets, presetSchemes);
    const path = `${docsDir}${file}`;
    if (process.env['UPDATE_DOCS'] === '1') {
      mkdirSync(docsDir, { recursive: true });
      writeFileSync(path, rendered);
    }
    expect(existsSync(path), `${file} is missing: run pnpm docs:presets`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${file} is out of date: run pnpm docs:presets`).toBe(rendered);
  });

  it('quotes every clause and names every item of the organisation’s presets', () => {
    const page = renderOrganisationPage(techSupportCenter, presets, presetSchemes);
    for (const id of ['M1', 'M7', 'V1', 'N6', 'P5', 'I6', 'A6', 'D4']) expect(page).toContain(`| ${id} |`);
    expect(page).toContain('“部门安全事故0起,发生一起,考核不合格”');
    expect(page).toContain('[70, 80]');
    const ops = renderOrganisationPage(opsDepartment, presets, presetSchemes);
    expect(ops).toContain('`missing_weights`');
    expect(ops).toContain('DPT-YW-05');
  });
});
