import { compile, formatInterval, isKaoheError, lookupScheme, OrgChart, resolveScorecard, toInterval, type OrgChartInput, type ResolvedScorecard, type Role, type SchemeSource } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { describePredicateText, describeRule, signed } from './describeRule';
import { bilingual, quote, table } from './markdown';
import { renderProvenance } from './renderProvenance';

const MODEL_TEXT = {
  points: 'items with points; the total is their sum',
  deduction: 'a base with deduction and bonus items',
  weighted: 'weighted key responsibilities; the total is Σ weight × achievement (0–100) / 100',
} as const;

function roleSection(role: Role, roles: ReadonlyMap<string, Role>): string {
  const parts = [`### ${bilingual(role.name)}`, ''];
  const facts = [
    `id \`${role.id}\``,
    ...(role.code === undefined ? [] : [`code ${role.code}`]),
    `headcount (定员人数) ${role.headcount ?? '— (blank in the source)'}`,
    `reports to ${reportsTo(role, roles)}`,
    ...(role.scorecard === undefined ? [] : [`scorecard \`${role.scorecard}\``]),
  ];
  parts.push(`${facts.join(' · ')}`, '');
  if (role.undescribedReports !== undefined && role.undescribedReports.length > 0) {
    parts.push(`Also over, not described in the source: ${role.undescribedReports.map(bilingual).join(', ')}.`, '');
  }
  const lists = [
    ['Responsibilities (职责)', role.responsibilities],
    ['Work items (工作内容)', role.workItems],
    ['Qualifications (任职条件)', role.qualifications],
  ] as const;
  for (const [title, list] of lists) {
    if (list.length === 0) continue;
    parts.push(`${title}:`, '', ...list.map((text) => `- ${text.en ?? ''} — ${text['zh-CN']}`), '');
  }
  return parts.join('\n');
}

function reportsTo(role: Role, roles: ReadonlyMap<string, Role>): string {
  if (role.reportsTo != null) {
    const boss = roles.get(role.reportsTo);
    return boss === undefined ? `\`${role.reportsTo}\`` : `${bilingual(boss.name)}`;
  }
  return role.reportsToExternal === undefined ? '—' : bilingual(role.reportsToExternal);
}

function itemsTable(scheme: ResolvedScorecard): string {
  const weighted = scheme.model === 'weighted';
  const rows = scheme.items.map((item) => {
    const size = weighted ? (item.weight === undefined ? '**no weight**' : `${signed(item.weight)}%`) : item.points === undefined ? '— (no points of its own)' : signed(item.points);
    const standard = item.description === undefined ? '' : ` Standard (绩效标准): ${item.description.en.replace(/[.。]$/, '')} — ${item.description['zh-CN']}`;
    const rule = `${describeRule(item.rule, item.points)}${standard}`;
    return [item.id, bilingual(item.name), size, rule, renderProvenance(item.provenance)];
  });
  return table(['ID', 'Item', weighted ? 'Weight' : 'Points', 'Rule', 'Source'], rows);
}

function bandsTable(scheme: ResolvedScorecard): string {
  const rows = scheme.bands.map((band) => [band.id, bilingual(band.name), formatInterval(toInterval(band)), renderProvenance(band.provenance)]);
  const policy = scheme.bandPolicy === 'first' ? 'read top-down: the first band that contains the total wins' : 'each total falls in at most one band';
  return `Bands (${policy}):\n\n${table(['Band', 'Name', 'Total', 'Source'], rows)}`;
}

function readingsList(readings: ResolvedScorecard['readings']): string {
  return readings
    .map((reading) => {
      const literal = reading.literal === undefined ? '' : ` The literal text: ${bilingual(reading.literal)}.`;
      return `- **${reading.id}**: ${bilingual(reading.chosen)}.${literal} ${renderProvenance(reading.provenance)}`;
    })
    .join('\n');
}

function draftNote(entry: PresetEntry, schemes: SchemeSource): string {
  try {
    compile(entry.scheme, { schemes });
    return '';
  } catch (error) {
    return isKaoheError(error) ? `**Draft.** Strict validation (\`compile\`) fails with \`${error.code}\`: ${error.message}\n\n` : '';
  }
}

function schemeSection(entry: PresetEntry, schemes: SchemeSource): string {
  const raw = entry.scheme as { extends?: string };
  const scheme = resolveScorecard(entry.scheme, schemes);
  const facts = [
    `\`${entry.id}\``,
    `SCHEMES.md §${entry.section}`,
    `status ${entry.status}`,
    `period: ${scheme.period}`,
    `model: ${MODEL_TEXT[scheme.model]}`,
    ...(scheme.base === undefined ? [] : [`base ${signed(scheme.base)}`]),
    ...(scheme.declaredTotal === undefined ? [] : [`declared total ${signed(scheme.declaredTotal)}`]),
    ...(scheme.totalFloor === undefined ? [] : [`total floored at ${signed(scheme.totalFloor)} (扣完为止)`]),
  ];
  const parts = [`### ${entry.section} ${bilingual(scheme.name)}`, '', facts.join(' · '), ''];
  if (scheme.description !== undefined) parts.push(`${bilingual(scheme.description)}.`, '');
  if (entry.status === 'draft') parts.push(draftNote(entry, schemes));
  let ownReadings = scheme.readings;
  if (raw.extends !== undefined) {
    const parent = raw.extends;
    const parentReadings = new Set(resolveScorecard(lookupScheme(schemes, parent), schemes).readings.map((r) => r.id));
    ownReadings = scheme.readings.filter((reading) => !parentReadings.has(reading.id));
    parts.push(`Inherits (\`extends\`) the items, vetoes, bands and inputs of \`${parent}\`: ${scheme.items.map((item) => item.id).join(', ')}.`, '');
  } else {
    parts.push(itemsTable(scheme), '');
    if (scheme.vetoes.length > 0) {
      const rows = scheme.vetoes.map((veto) => [veto.id, bilingual(veto.name), `${veto.outcome === 'fail' ? 'rated 不合格 (fail)' : 'bonus 0'} when ${describePredicateText(veto.when)}, whatever the score`, renderProvenance(veto.provenance)]);
      parts.push('Vetoes (一票否决):', '', table(['ID', 'Veto', 'Rule', 'Source'], rows), '');
    }
    parts.push(bandsTable(scheme), '');
    if (scheme.inputs.length > 0) {
      const rows = scheme.inputs.map((input) => [`\`${input.name}\``, input.type, input.description?.['zh-CN'] ?? '', input.description?.en ?? '']);
      parts.push('Inputs (facts):', '', table(['Fact', 'Type', '中文', 'English'], rows), '');
    }
  }
  if (scheme.review !== undefined) {
    const levels = scheme.review.levels.map((level, index) => `${index + 1}. ${bilingual(level.name)} — \`${level.id}\`${level.role === undefined ? '' : `, role \`${level.role}\``}, ${level.mayAdjust ? 'confirms or adjusts items with a reason' : 'confirms only'}`);
    parts.push('Review chain (the result keeps every level):', '', ...levels, '');
  }
  if (ownReadings.length > 0) parts.push('Readings chosen:', '', readingsList(ownReadings), '');
  return parts.join('\n');
}

function literalSection(entry: PresetEntry, chosen: PresetEntry | undefined, schemes: SchemeSource): string {
  const scheme = resolveScorecard(entry.scheme, schemes);
  const raw = entry.scheme as Record<string, unknown>;
  const base = (chosen?.scheme ?? {}) as Record<string, unknown>;
  const changed = Object.keys(raw).filter((key) => !['id', 'name', 'description'].includes(key) && JSON.stringify(raw[key]) !== JSON.stringify(base[key]));
  const inherits = typeof raw['extends'] === 'string' ? ` It extends \`${raw['extends']}\` and inherits its bands.` : '';
  const parts = [`### \`${entry.id}\``, '', `The literal reading of \`${chosen?.id ?? '?'}\`; differs in: ${changed.join(', ')}.${inherits}`, ''];
  if (scheme.description !== undefined) parts.push(`${bilingual(scheme.description)}`, '');
  if (raw['bands'] !== undefined) parts.push(bandsTable(scheme), '');
  return parts.join('\n');
}

/**
 * The documentation page of an organisation, in English with the Chinese terms: its roles, and for
 * each of its presets the items with points or weights, the rules in words, the sources quoted and
 * the readings chosen beside the literal text. Generated from the preset data, so that the page
 * cannot drift from it.
 */
export function renderOrganisationPage(chartInput: OrgChartInput, entries: readonly PresetEntry[], schemes: SchemeSource): string {
  const chart = OrgChart.parse(chartInput);
  const roles = new Map(chart.roles.map((role) => [role.id, role]));
  const own = entries.filter((entry) => entry.organisation === chart.id);
  const chosen = own.filter((entry) => entry.literal !== true);
  const literal = own.filter((entry) => entry.literal === true);
  const sources = [...new Set(own.flatMap((entry) => entry.sources))];
  const parts = [
    `# ${bilingual(chart.name)}`,
    '',
    '<!-- Generated from the preset data of @kaohe/presets (packages/presets/src/docs). Do not edit: run `pnpm docs:presets`. -->',
    '',
  ];
  if (chart.description !== undefined) parts.push(`${bilingual(chart.description)}.`, '');
  parts.push(`Source document${sources.length === 1 ? '' : 's'}: ${sources.map((s) => `\`${s}\``).join(', ')}. Quotations are in the document's own words; the scheme specification (SCHEMES.md) restates them in English.`, '');
  if (chart.functions.length > 0) parts.push('Functions (部门工作职能):', '', ...chart.functions.map((text) => `- ${text.en ?? ''} — ${text['zh-CN']}`), '');
  parts.push('## Roles', '');
  const roleRows = chart.roles.map((role) => [bilingual(role.name), `\`${role.id}\``, role.code ?? '—', role.headcount == null ? '—' : String(role.headcount), reportsTo(role, roles), role.scorecard === undefined ? '—' : `\`${role.scorecard}\``]);
  parts.push(table(['Role', 'ID', 'Code', 'Headcount', 'Reports to', 'Scorecard'], roleRows), '');
  for (const role of chart.roles) parts.push(roleSection(role, roles));
  parts.push('## Scorecards', '');
  for (const entry of chosen) parts.push(schemeSection(entry, schemes));
  if (literal.length > 0) {
    parts.push('## Literal readings', '', 'Kept beside the chosen readings so that the scheme linter can report what the literal text leaves open (SCHEMES.md §8).', '');
    for (const entry of literal) parts.push(literalSection(entry, chosen.find((c) => `${c.id}.literal` === entry.id), schemes));
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
