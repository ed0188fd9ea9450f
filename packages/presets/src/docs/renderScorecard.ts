import { compile, describePredicateText, describeRule, formatInterval, isKaoheError, lint, lookupScheme, resolveScorecard, signed, toInterval, type FactSpec, type FieldSpec, type ResolvedScorecard, type SchemeSource } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { bilingual, PAGE_WORDS, table } from './markdown';
import { compositeText, renderProjectSections } from './renderProjectBonus';
import { renderProvenance } from './renderProvenance';

const MODEL_TEXT = {
  points: 'items with points; the total is their sum',
  deduction: 'a base with deduction and bonus items',
  weighted: 'weighted key responsibilities; the total is Σ weight × achievement (0–100) / 100',
} as const;

function itemsTable(scheme: ResolvedScorecard): string {
  const weighted = scheme.model === 'weighted';
  const rows = scheme.items.map((item) => {
    const size = weighted ? (item.weight === undefined ? '**no weight**' : `${signed(item.weight)}%`) : item.points === undefined ? '— (no points of its own)' : signed(item.points);
    const standard = item.description === undefined ? '' : ` Standard (绩效标准): ${item.description.en.replace(/[.。]$/, '')} — ${item.description['zh-CN']}`;
    const rule = `${describeRule(item.rule, item.points === undefined ? PAGE_WORDS : { ...PAGE_WORDS, points: item.points })}${standard}`;
    return [item.id, bilingual(item.name), size, rule, renderProvenance(item.provenance)];
  });
  return table(['ID', 'Item', weighted ? 'Weight' : 'Points', 'Rule', 'Source'], rows);
}

/** A scheme's rating bands as a table, with how a total finds its band. */
export function bandsTable(scheme: ResolvedScorecard): string {
  const rows = scheme.bands.map((band) => [band.id, bilingual(band.name), formatInterval(toInterval(band)), renderProvenance(band.provenance)]);
  const policy = scheme.bandPolicy === 'first' ? 'read top-down: the first band that contains the total wins' : 'each total falls in at most one band';
  return `Bands (${policy}):\n\n${table(['Band', 'Name', 'Total', 'Source'], rows)}`;
}

/** A scalar fact's or field's type: enum values, bounds, optional with its default. */
function scalarType(spec: FieldSpec): string {
  const values = spec.values === undefined ? '' : `: ${spec.values.map((value) => `\`${value}\``).join(', ')}`;
  const bounds = [spec.min === undefined ? '' : `≥ ${signed(spec.min)}`, spec.max === undefined ? '' : `≤ ${signed(spec.max)}`].filter(Boolean).join(', ');
  const extras = [bounds, spec.optional === true ? `optional${spec.default === undefined ? '' : `, default ${String(spec.default)}`}` : ''].filter(Boolean).join('; ');
  return `${spec.type}${values}${extras === '' ? '' : ` (${extras})`}`;
}

/** A fact's type as the inputs table prints it: enum values and event fields spelled out. */
export function factType(input: FactSpec): string {
  if (input.type !== 'events') return scalarType(input);
  const fields = input.fields.map((field) => `\`${field.name}${field.optional === true ? '?' : ''}\` ${field.type}${field.values === undefined ? '' : ` (${field.values.join('/')})`}`);
  return `events${input.optional === true ? ' (optional)' : ''} of { ${fields.join(', ')} }`;
}

function inputsTable(scheme: ResolvedScorecard): string {
  const rows = scheme.inputs.map((input) => [`\`${input.name}\``, factType(input), input.description?.['zh-CN'] ?? '', input.description?.en ?? '']);
  return `Inputs (facts):\n\n${table(['Fact', 'Type', '中文', 'English'], rows)}`;
}

/** The readings a scheme chose, each beside the literal text and with its source. */
export function readingsList(readings: ResolvedScorecard['readings']): string {
  return readings
    .map((reading) => {
      const literal = reading.literal === undefined ? '' : ` The literal text: ${bilingual(reading.literal)}.`;
      return `- **${reading.id}**: ${bilingual(reading.chosen)}.${literal} ${renderProvenance(reading.provenance)}`;
    })
    .join('\n');
}

/** What the scheme linter reports on a scheme, one finding a line; empty when it reports nothing. */
export function lintList(scheme: unknown, schemes: SchemeSource): string {
  const findings = lint(scheme, { schemes });
  return findings.map((finding) => `- \`${finding.code}\` (${finding.severity}) at \`${finding.path.join('.')}\`: ${finding.message.en} — ${finding.message['zh-CN']}`).join('\n');
}

function strictNote(entry: PresetEntry, schemes: SchemeSource): string {
  try {
    compile(entry.scheme, { schemes });
    return '';
  } catch (error) {
    const label = entry.status === 'template' ? '**Template.**' : '**Draft.**';
    return isKaoheError(error) ? `${label} Strict validation (\`compile\`) fails with \`${error.code}\`: ${error.message}\n\n` : '';
  }
}

/**
 * The section of one scorecard preset: its facts, items with their rules and sources, vetoes, bands
 * (or project grades, raters and bonus), inputs, review chain and the readings it chose.
 *
 * @param heading the Markdown heading level, `###` by default.
 */
export function renderScorecardSection(entry: PresetEntry, schemes: SchemeSource, heading = '###'): string {
  const raw = entry.scheme as { extends?: string };
  const scheme = resolveScorecard(entry.scheme, schemes);
  const facts = [
    `\`${entry.id}\``,
    `source ${entry.sources.map((source) => `\`${source}\``).join(', ')}`,
    `status ${entry.status}`,
    `period: ${scheme.period}`,
    `model: ${MODEL_TEXT[scheme.model]}`,
    ...(scheme.base === undefined ? [] : [`base ${signed(scheme.base)}`]),
    ...(scheme.declaredTotal === undefined ? [] : [`declared total ${signed(scheme.declaredTotal)}`]),
    ...(scheme.totalFloor === undefined ? [] : [`total floored at ${signed(scheme.totalFloor)} (扣完为止)`]),
  ];
  const parts = [`${heading} ${entry.section} ${bilingual(scheme.name)}`, '', facts.join(' · '), ''];
  if (scheme.description !== undefined) parts.push(`${bilingual(scheme.description)}.`, '');
  if (entry.status !== 'complete') parts.push(strictNote(entry, schemes));
  let ownReadings = scheme.readings;
  if (raw.extends !== undefined) {
    const parent = raw.extends;
    const parentReadings = new Set(resolveScorecard(lookupScheme(schemes, parent), schemes).readings.map((r) => r.id));
    ownReadings = scheme.readings.filter((reading) => !parentReadings.has(reading.id));
    parts.push(`Inherits (\`extends\`) the items, vetoes, bands and inputs of \`${parent}\`: ${scheme.items.map((item) => item.id).join(', ')}.`, '');
  } else {
    parts.push(itemsTable(scheme), '');
    if (scheme.vetoes.length > 0) {
      const rows = scheme.vetoes.map((veto) => [veto.id, bilingual(veto.name), `${veto.outcome === 'fail' ? 'rated 不合格 (fail)' : 'bonus 0'} when ${describePredicateText(veto.when, PAGE_WORDS)}, whatever the score`, renderProvenance(veto.provenance)]);
      parts.push('Vetoes (一票否决):', '', table(['ID', 'Veto', 'Rule', 'Source'], rows), '');
    }
    if (scheme.grades === undefined && scheme.bands.length > 0) parts.push(bandsTable(scheme), '');
    parts.push(renderProjectSections(scheme));
    if (scheme.inputs.length > 0) parts.push(inputsTable(scheme), '');
  }
  if (scheme.review !== undefined) {
    const levels = scheme.review.levels.map((level, index) => `${index + 1}. ${bilingual(level.name)} — \`${level.id}\`${level.role === undefined ? '' : `, role \`${level.role}\``}, ${level.mayAdjust ? 'confirms or adjusts items with a reason' : 'confirms only'}`);
    parts.push('Review chain (the result keeps every level):', '', ...levels, '');
  }
  if (ownReadings.length > 0) parts.push('Readings chosen:', '', readingsList(ownReadings), '');
  return parts.join('\n');
}

/** The keys in which a literal reading differs from the chosen scheme it sits beside. */
export function changedKeys(literal: unknown, chosen: unknown): string[] {
  const raw = literal as Record<string, unknown>;
  const base = (chosen ?? {}) as Record<string, unknown>;
  return Object.keys(raw).filter((key) => !['id', 'name', 'description', 'readings'].includes(key) && JSON.stringify(raw[key]) !== JSON.stringify(base[key]));
}

/**
 * The section of a literal reading: what differs from the chosen reading, its bands when it has its
 * own, and what the scheme linter reports on it.
 */
export function renderLiteralSection(entry: PresetEntry, chosen: PresetEntry | undefined, schemes: SchemeSource): string {
  const scheme = resolveScorecard(entry.scheme, schemes);
  const raw = entry.scheme as Record<string, unknown>;
  const changed = changedKeys(entry.scheme, chosen?.scheme);
  const inherits = typeof raw['extends'] === 'string' ? ` It extends \`${raw['extends']}\` and inherits its bands.` : '';
  const parts = [`### \`${entry.id}\``, '', `The literal reading of \`${chosen?.id ?? '?'}\`; differs in: ${changed.join(', ')}.${inherits}`, ''];
  if (scheme.description !== undefined) parts.push(`${bilingual(scheme.description)}`, '');
  if (raw['bands'] !== undefined && scheme.grades === undefined) parts.push(bandsTable(scheme), '');
  if (changed.includes('panel') && scheme.panel !== undefined) parts.push(`Composite (\`combine: '${scheme.panel.combine}'\`): ${compositeText(scheme.panel)}.`, '');
  const findings = lintList(entry.scheme, schemes);
  if (findings !== '') parts.push('The scheme linter (`lint`) reports:', '', findings, '');
  return parts.join('\n');
}
