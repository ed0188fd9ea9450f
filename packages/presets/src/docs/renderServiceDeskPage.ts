import { appraiseSync, compile, lint, resolveScorecard, type SchemeSource } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { bilingual, codeBlock, finishPage, GENERATED_NOTICE, table, tsLiteral } from './markdown';
import { lintList, renderScorecardSection } from './renderScorecard';

/** What the IT service desk page shows besides the template: its title, intro and an example of weights. */
export interface ServiceDeskPageSpec {
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly intro: string;
  readonly organisation: string;
  /** Example weights by item id (adding up to 100), marked on the page as an example. */
  readonly exampleWeights: Readonly<Record<string, number>>;
  /** Example achievements (0–100) by item id, to show a total. */
  readonly exampleRatings: Readonly<Record<string, number>>;
}

function fillInSection(spec: ServiceDeskPageSpec, entry: PresetEntry, schemes: SchemeSource): string {
  const template = resolveScorecard(entry.scheme, schemes);
  const filled = {
    ...(entry.scheme as Record<string, unknown>),
    status: 'complete',
    items: (entry.scheme as { items: Array<Record<string, unknown>> }).items.map((item) => ({ ...item, weight: spec.exampleWeights[String(item['id'])] })),
  };
  // The example must compile and appraise, or the page would teach something that fails.
  const compiled = compile(filled, { schemes });
  const errors = lint(filled, { schemes }).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new Error(`the example weights do not lint: ${errors.map((finding) => finding.code).join(', ')}`);
  const result = appraiseSync(compiled, { subject: 'desk-01', period: '2026-Q3', facts: {}, ratings: spec.exampleRatings });
  const rows = template.items.map((item) => [item.id, bilingual(item.name), `${spec.exampleWeights[item.id] ?? '—'}%`, String(spec.exampleRatings[item.id] ?? '—')]);
  const sum = Object.values(spec.exampleWeights).reduce((a, b) => a + b, 0);
  const weights = template.items.map((item) => spec.exampleWeights[item.id] ?? 0);
  const code = `import { appraiseSync, compile } from '@kaohe/core';
import { customerServiceTemplate } from '@kaohe/presets';

const weights = ${tsLiteral(weights)}; // ${template.items.map((item) => item.id).join(', ')}: your own, adding up to 100
const scheme = compile({
  ...customerServiceTemplate,
  status: 'complete',
  items: customerServiceTemplate.items.map((item, i) => ({ ...item, weight: weights[i] })),
});
appraiseSync(scheme, { subject: 'desk-01', period: '2026-Q3', facts: {}, ratings: ${tsLiteral(spec.exampleRatings)} }).total; // '${result.total}'`;
  return [
    '## Filling in the weights',
    '',
    `The source names the categories and no weights, so the template cannot be used as it is: \`compile\` fails with \`missing_weights\` naming every item without one. Set a \`weight\` on each of ${template.items.map((item) => item.id).join(', ')} so that they add up to 100 (the linter reports \`weights_not_100\` otherwise), set \`status: 'complete'\`, and rate each item 0–100 (\`ratings: { W1: 90, … }\`, a number for one rater or an object keyed by rater id). The total is Σ weight × achievement / 100. Change \`period\` too if the desk is not appraised quarterly.`,
    '',
    `An **example** only (not from the source; user satisfaction, the source's focus, weighs most), adding up to ${sum}:`,
    '',
    table(['Item', 'Category', 'Weight', 'Achievement'], rows),
    '',
    `Total: **${result.total}**${result.band === null ? '' : `, band ${result.band.id}`}.`,
    '',
    codeBlock('ts', code),
    '',
  ].join('\n');
}

/**
 * The documentation page of the IT service desk KPI template (seed 003, part 1): the template's
 * categories with their sources, why it does not compile as it is, and how to fill in the weights,
 * with an example that the renderer compiles and appraises. Generated from the preset data.
 */
export function renderServiceDeskPage(spec: ServiceDeskPageSpec, entries: readonly PresetEntry[], schemes: SchemeSource): string {
  const own = entries.filter((entry) => entry.organisation === spec.organisation);
  const template = own.find((entry) => entry.status === 'template');
  if (template === undefined) throw new Error(`no template preset for ${spec.organisation}`);
  const sources = [...new Set(own.flatMap((entry) => entry.sources))];
  const parts = [`# ${bilingual(spec.title)}`, '', GENERATED_NOTICE, '', spec.intro, ''];
  parts.push(`Source document: ${sources.map((s) => `\`${s}\``).join(', ')} (part 1). Quotations are in the document's own words; [Source documents](../sources.md) says where it comes from.`, '');
  parts.push('## Template', '', renderScorecardSection(template, schemes));
  const findings = lintList(template.scheme, schemes);
  if (findings !== '') parts.push('The scheme linter (`lint`) reports on the template:', '', findings, '');
  parts.push(fillInSection(spec, template, schemes));
  return finishPage(parts);
}
