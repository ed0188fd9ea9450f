import { describeOrderCondition, describePayer, formatFixed2, formatInterval, PenaltyRegime, signed, Role, thresholdIntervals, toDecimal, type Offence, type RoleInput, type SchemeSource, type Threshold } from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import { bilingual, finishPage, GENERATED_NOTICE, PAGE_WORDS, quote, table } from './markdown';
import { renderProvenance } from './renderProvenance';
import { reportsTo } from './renderOrganisationPage';
import { changedKeys, lintList, readingsList } from './renderScorecard';

/** What a regime page shows: the organisation's title and intro, its presets and the roles its collective rules name. */
export interface RegimePageSpec {
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly intro: string;
  /** The organisation id of the presets. */
  readonly organisation: string;
  readonly roles: readonly RoleInput[];
}

function rolesSection(inputs: readonly RoleInput[]): string {
  const roles = inputs.map((role) => Role.parse(role));
  const byId = new Map(roles.map((role) => [role.id, role]));
  const rows = roles.map((role) => [bilingual(role.name), `\`${role.id}\``, reportsTo(role, byId), role.scorecard === undefined ? '—' : `\`${role.scorecard}\``, renderProvenance(role.provenance)]);
  return [
    '## Roles',
    '',
    "The source gives no chart; these are the roles its collective rule names, with the reporting lines it implies (`fieldOpsRoles`). Add the organisation's people to resolve collective fines to names.",
    '',
    table(['Role', 'ID', 'Reports to', 'Scheme', 'Source'], rows),
    '',
  ].join('\n');
}

function inputsSection(regime: PenaltyRegime): string {
  const orders = regime.orders;
  const kinds = (list: ReadonlyArray<{ id: string; name: { 'zh-CN': string; en: string } }>): string => list.map((kind) => `\`${kind.id}\` ${bilingual(kind.name)}`).join(', ');
  const fields = (list: ReadonlyArray<{ name: string; label: { 'zh-CN': string; en: string } }>): string => list.map((field) => `\`${field.name}\` ${bilingual(field.label)}`).join(', ');
  const parts = [
    '## Inputs',
    '',
    `A subject's month: \`{ "subject", "period": "2026-10", "facts": { … } }\`. Timestamps are ISO 8601 with an offset and belong to the local day of ${regime.timeZone}.`,
    '',
    `- \`${orders.fact}\` (派单): \`[{ id, kind, ${orders.start.name}, … }]\`; kinds: ${kinds(orders.kinds)}. Every order has \`${orders.start.name}\` (${bilingual(orders.start.label)}); it may carry the timestamps ${fields(orders.timestamps)}; the flags ${fields(orders.flags)}; and the people ${fields(orders.people)}. A missing timestamp means the step had not happened by the end of the month: a deadline that passed before then counts as missed. A timestamp before \`${orders.start.name}\` is an input error naming the order and the field.`,
  ];
  if (regime.breaches !== undefined) parts.push(`- \`${regime.breaches.fact}\`: \`[{ at, kind }]\`; kinds: ${kinds(regime.breaches.kinds)}.`);
  for (const count of regime.counts) parts.push(`- \`${count.name}\`: a count for the month${count.description === undefined ? '' : `, ${bilingual(count.description)}`}${count.optional ? ' (0 when left out)' : ''}.`);
  parts.push("- `history`: `[{ month: '2026-08', points: 0.5, breaches?: { conduct: 1 } }]`, the person's earlier months, for the thresholds that look back.", '');
  return parts.join('\n');
}

function appliesTo(offence: Offence, regime: PenaltyRegime): string {
  if ('breaches' in offence.on) {
    const kind = regime.breaches?.kinds.find((k) => k.id === (offence.on as { breaches: string }).breaches);
    return `each breach \`${offence.on.breaches}\`${kind === undefined ? '' : ` (${kind.name.en})`}`;
  }
  const kinds = offence.on.orders.map((id) => regime.orders.kinds.find((k) => k.id === id)?.name.en ?? id);
  return `each ${kinds.join(' or ')} order: ${describeOrderCondition(offence.on.when, regime.orders, PAGE_WORDS)}`;
}

function fineText(offence: Offence, regime: PenaltyRegime): string {
  const parts: string[] = [];
  if (offence.points !== undefined) {
    const amount = toDecimal(offence.points).times(toDecimal(regime.finePerPoint));
    parts.push(`${formatFixed2(amount)} (${signed(offence.points)} × ${signed(regime.finePerPoint)})`);
  }
  if (offence.fine !== undefined) parts.push(`${formatFixed2(toDecimal(offence.fine))}`);
  return parts.join(' + ');
}

function offencesSection(regime: PenaltyRegime): string {
  const row = (offence: Offence): string[] => [offence.id, bilingual(offence.name), appliesTo(offence, regime), offence.points === undefined ? '—' : `−${signed(offence.points)}`, fineText(offence, regime), renderProvenance(offence.provenance)];
  const withPoints = regime.offences.filter((offence) => offence.points !== undefined);
  const finesOnly = regime.offences.filter((offence) => offence.points === undefined);
  const header = ['ID', 'Offence', 'Charged on', 'Points (扣分)', 'Fine (CNY)', 'Source'];
  const parts = [
    '## Events and points (扣分)',
    '',
    `Each occurrence costs its points once; an order that misses two deadlines of one offence is charged once, and every deadline checked is explained. Fine: ${signed(regime.finePerPoint)} CNY per point (每扣1分,扣人民币${signed(regime.finePerPoint)}元).`,
    '',
    table(header, withPoints.map(row)),
    '',
  ];
  if (finesOnly.length > 0) parts.push('## Fines without points (罚款)', '', table(header, finesOnly.map(row)), '');
  parts.push(
    "A result's `points` is the month's total; its `fine` is the person's own total for the month (point fines plus these fines), with a line for each; fines that a collective rule puts on other people are listed separately.",
    '',
  );
  return parts.join('\n');
}

function windowText(threshold: Threshold): string {
  return threshold.months === 1 ? 'the calendar month' : `the calendar month and the ${threshold.months - 1} before it`;
}

function measureText(threshold: Threshold, regime: PenaltyRegime): string {
  const measure = threshold.measure;
  if (measure === 'points') return 'penalty points';
  if ('breaches' in measure) return `breaches \`${measure.breaches}\``;
  const count = regime.counts.find((c) => c.name === measure.fact);
  return `the count \`${measure.fact}\`${count?.description === undefined ? '' : ` (${count.description.en})`}`;
}

/** A threshold's tiers: `[2, +∞) → dismissal (自动离职)`. */
export function tiersText(threshold: Threshold, regime: PenaltyRegime): string {
  return thresholdIntervals(threshold)
    .map(({ interval, sanction }) => {
      const kind = regime.sanctionKinds.find((k) => k.id === sanction);
      return `${formatInterval(interval)} → ${kind === undefined ? sanction : bilingual(kind.name)}`;
    })
    .join('; ');
}

function thresholdsSection(regime: PenaltyRegime): string {
  const rows = regime.thresholds.map((threshold) => [threshold.id, bilingual(threshold.name), measureText(threshold, regime), windowText(threshold), tiersText(threshold, regime), renderProvenance(threshold.provenance)]);
  const kinds = regime.sanctionKinds.map((kind) => [`\`${kind.id}\``, bilingual(kind.name), String(kind.severity)]);
  return [
    '## Thresholds and sanctions',
    '',
    "A threshold sums its measure over a window of calendar months (the current one and those before it, from `history`); a value in no tier brings no sanction. A result's `sanctions` lists every one met, most severe first (empty when none).",
    '',
    table(['ID', 'Threshold', 'Measures', 'Window', 'Tiers → sanction', 'Source'], rows),
    '',
    'Sanctions, most severe highest:',
    '',
    table(['Sanction', 'Name', 'Severity'], kinds),
    '',
  ].join('\n');
}

function collectiveSection(regime: PenaltyRegime): string {
  if (regime.collective.length === 0) return '';
  const parts = ['## Collective rules (连带处罚)', '', 'A collective rule names roles, not people: the org chart resolves each role to a person through the reporting lines.', ''];
  for (const rule of regime.collective) {
    const kinds = rule.on.orders.map((id) => regime.orders.kinds.find((k) => k.id === id)?.name.en ?? id);
    parts.push(`### ${rule.id}: ${bilingual(rule.name)}`, '', `When a ${kinds.join(' or ')} order has ${describeOrderCondition(rule.on.when, regime.orders, PAGE_WORDS)}: ${formatFixed2(toDecimal(rule.fine))} CNY on each payer. ${renderProvenance(rule.provenance)}`, '');
    const rows = rule.payers.map((payer) => [`\`${payer.role}\``, payer.name === undefined ? '—' : bilingual(payer.name), describePayer(payer, PAGE_WORDS), formatFixed2(toDecimal(rule.fine))]);
    parts.push(table(['Role', 'Name', 'Who pays', 'Fine (CNY)'], rows), '');
  }
  return parts.join('\n');
}

function attendanceSection(chosen: PenaltyRegime, literal: PenaltyRegime | undefined): string {
  const attendance = chosen.thresholds.find((t) => typeof t.measure === 'object' && 'fact' in t.measure);
  if (attendance === undefined) return '';
  const literalThreshold = literal?.thresholds.find((t) => t.id === attendance.id);
  const rows = [['chosen', attendance.hitPolicy, tiersText(attendance, chosen)]];
  if (literal !== undefined && literalThreshold !== undefined) rows.push(['literal', literalThreshold.hitPolicy, tiersText(literalThreshold, literal)]);
  const clause = 'clause' in attendance.provenance && attendance.provenance.clause !== undefined ? ` The text: ${quote(attendance.provenance.clause)}.` : '';
  return [
    '## Attendance reading (考勤)',
    '',
    `Both "以内" and "以上" include the number itself (see [Modelling a scheme](../modelling-a-scheme.md)), so read literally 3 lapses fall in both tiers.${clause}`,
    '',
    table(['Reading', 'Hit policy', 'Tiers → sanction'], rows),
    '',
  ].join('\n');
}

function literalSection(entry: PresetEntry, chosen: PresetEntry, schemes: SchemeSource): string {
  const regime = PenaltyRegime.parse(entry.scheme);
  const parts = [`### \`${entry.id}\``, '', `${bilingual(regime.name)}: the literal reading of \`${chosen.id}\`; differs in: ${changedKeys(entry.scheme, chosen.scheme).join(', ')}.`, ''];
  const findings = lintList(entry.scheme, schemes);
  if (findings !== '') parts.push('The scheme linter (`lint`) reports:', '', findings, '');
  return parts.join('\n');
}

/**
 * The documentation page of a penalty-point regime (seed 003): its roles, inputs, events and points,
 * fines, thresholds and sanctions, collective rules by role, the attendance reading and the literal
 * variant, each rule with its source. Generated from the preset data.
 */
export function renderRegimePage(spec: RegimePageSpec, entries: readonly PresetEntry[], schemes: SchemeSource): string {
  const own = entries.filter((entry) => entry.organisation === spec.organisation);
  const chosenEntry = own.find((entry) => entry.literal !== true);
  if (chosenEntry === undefined) throw new Error(`no regime preset for ${spec.organisation}`);
  const literalEntry = own.find((entry) => entry.literal === true);
  const regime = PenaltyRegime.parse(chosenEntry.scheme);
  const literal = literalEntry === undefined ? undefined : PenaltyRegime.parse(literalEntry.scheme);
  const parts = [`# ${bilingual(spec.title)}`, '', GENERATED_NOTICE, '', spec.intro, ''];
  parts.push(`Source document: ${regime.sources.map((s) => `\`${s}\``).join(', ')}. Quotations are in the document's own words; [Source documents](../sources.md) says where it comes from.`, '');
  parts.push(`Preset \`${chosenEntry.id}\` (\`kind: 'penaltyRegime'\`, status ${chosenEntry.status}): ${bilingual(regime.name)}. ${regime.description === undefined ? '' : `${regime.description.en} — ${regime.description['zh-CN']}`}`, '');
  parts.push(rolesSection(spec.roles), inputsSection(regime), offencesSection(regime), thresholdsSection(regime), collectiveSection(regime), attendanceSection(regime, literal));
  if (regime.readings.length > 0) parts.push('## Readings chosen', '', readingsList(regime.readings), '');
  if (literalEntry !== undefined) parts.push('## Literal reading', '', literalSection(literalEntry, chosenEntry, schemes));
  return finishPage(parts);
}
