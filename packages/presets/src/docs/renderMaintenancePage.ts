import {
  addWorkingDays,
  durationText,
  FeeMapping,
  formatInterval,
  parseWorkingCalendar,
  quarterlyFee,
  REPORT_COVERS_FORMATS,
  reportDueDate,
  ReportSchedule,
  reportScheduleText,
  resolveScorecard,
  signed,
  toInterval,
  weekdayName,
  type DeadlineRule,
  type FeeMappingInput,
  type Item,
  type ReportKind,
  type SchemeSource,
  type WorkingCalendarInput,
} from '@kaohe/core';
import type { PresetEntry } from '../catalogueEntry';
import type { SlaClass } from '../outsourcedMaintenance/vendor';
import { bilingual, codeBlock, finishPage, GENERATED_NOTICE, PAGE_WORDS, quote, table, tsLiteral } from './markdown';
import { renderScorecardSection } from './renderScorecard';

/** What the outsourced-maintenance page shows besides the presets: its title, intro and the vendor's parameters. */
export interface MaintenancePageSpec {
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly intro: string;
  readonly organisation: string;
  /** The fault classes of the SLA table shipped as defaults. */
  readonly sla: readonly SlaClass[];
  /** The fee mapping offered as a starting point. */
  readonly feeMapping: FeeMappingInput;
  /** The reports each kind covers, in the source's words. */
  readonly reports: Readonly<Record<ReportKind, string>>;
  /** The source's clause on the quarterly fee. */
  readonly feeClause: string;
  /** An example calendar, marked as such on the page. */
  readonly exampleCalendar: WorkingCalendarInput;
}

function deadlineOf(items: readonly Item[], id: string): DeadlineRule | undefined {
  const rule = items.find((item) => item.id === id)?.rule;
  return rule?.kind === 'deadline' ? rule : undefined;
}

function slaSection(spec: MaintenancePageSpec, items: readonly Item[]): string {
  const limits = (id: string): Record<string, string> => {
    const limit = deadlineOf(items, id)?.checks[0]?.limit;
    return limit !== undefined && 'byClass' in limit ? Object.fromEntries(Object.entries(limit.limits).map(([cls, duration]) => [cls, durationText(duration, PAGE_WORDS)])) : {};
  };
  const response = limits('V1');
  const restore = limits('V2');
  const rows = spec.sla.map((cls) => [`\`${cls.id}\``, bilingual(cls.name), response[cls.id] ?? '—', restore[cls.id] ?? '—']);
  const example = `import { vendorScorecard } from '@kaohe/presets';

const scheme = vendorScorecard({
  sla: [
    { id: 'p1', name: { 'zh-CN': '一级故障', en: 'priority 1' }, response: { minutes: 15 }, restore: { hours: 2 } },
    { id: 'p2', name: { 'zh-CN': '二级故障', en: 'priority 2' }, response: { minutes: 30 }, restore: { hours: 8 } },
  ],
});`;
  return [
    '## SLA table (故障分类及处理时限)',
    '',
    `Items V1 and V2 check each fault ticket against the limits of its fault class (\`faultClass\`), from \`dispatchedAt\` to \`respondedAt\` and to \`restoredAt\`, the limit itself on time. The source refers the classes and times to its annex: ${quote('具体故障分类及处理时限见《附件三:代维考核办法》')}, which the page does not include.`,
    '',
    '**Inferred defaults** (`DEFAULT_SLA`): common telecom maintenance limits, to be replaced by the contract\'s own table.',
    '',
    table(['Fault class', 'Name', 'Response (V1)', 'Restore (V2)'], rows),
    '',
    'To override them, pass the contract\'s classes to `vendorScorecard`; their ids become the values `faultClass` accepts, and a ticket of another class is an input error naming the ticket:',
    '',
    codeBlock('ts', example),
    '',
  ].join('\n');
}

/** The vendor's parameters, each with the item it sets and its default read from the shipped scheme. */
function parametersSection(items: readonly Item[]): string {
  const each = (id: string): string => {
    const item = items.find((i) => i.id === id);
    if (item === undefined) return '—';
    const rule = item.rule;
    if (rule.kind === 'deadline') return signed(rule.checks[0]?.each ?? '—');
    if (rule.kind === 'perOccurrence' && typeof rule.each !== 'object') return signed(rule.each);
    if (rule.kind === 'tiers') return rule.tiers.map((tier) => `${formatInterval(toInterval(tier))} → ${typeof tier.points === 'object' ? '…' : signed(tier.points)}`).join('; ');
    return '—';
  };
  const partDays = deadlineOf(items, 'V4')?.checks[0]?.limit;
  const rows = [
    ['`sla`', 'V1, V2', 'the fault classes and limits', '`DEFAULT_SLA` (inferred)'],
    ['`calendar`', 'V4', 'the working-day calendar', 'Monday to Friday, no holidays: supply your own'],
    ['`reportSchedule`', 'V3', 'when reports fall due', 'weekly on Monday; others by the 3rd, the 3rd on time (inferred)'],
    ['`lateResponse`', 'V1', 'points per ticket answered late', `${each('V1')} (inferred)`],
    ['`lateRestore`', 'V2', 'points per ticket restored late', `${each('V2')} (inferred)`],
    ['`lateReport`', 'V3', 'points per late report', `${each('V3')} (inferred)`],
    ['`partWorkingDays`', 'V4', 'working days to send a faulty part for repair', partDays !== undefined && 'workingDays' in partDays ? `${partDays.workingDays} (source)` : '—'],
    ['`latePart`', 'V4', 'points per part sent late', `${each('V4')} (inferred)`],
    ['`staffChangeLimit`, `staffChangeOver`', 'V5', 'share of staff that may change; points beyond it', `${each('V5')} (15% from the source; points inferred)`],
    ['`unapprovedChange`', 'V6', 'points per change without written approval', `${each('V6')} (inferred)`],
    ['`spotCheckFinding`', 'V7', "points per finding of the client's checks", `${each('V7')} (inferred)`],
    ['`keyFinding`', 'V8', 'points per key-management finding', `${each('V8')} (inferred)`],
  ];
  return [
    '## Parameters (`vendorScorecard(params)`)',
    '',
    'The point values are in the annex the page leaves out ("附件三:代维考核办法"), so every one is a parameter with an **inferred** default; the preset `outsourced-maintenance/vendor` is `vendorScorecard()` with every default.',
    '',
    table(['Parameter', 'Item', 'Sets', 'Default'], rows),
    '',
  ].join('\n');
}

function reportsSection(spec: MaintenancePageSpec, items: readonly Item[]): string {
  const limit = deadlineOf(items, 'V3')?.checks[0]?.limit;
  const schedule = ReportSchedule.parse(limit !== undefined && 'report' in limit ? limit.report : {});
  const examples: Record<ReportKind, string> = { weekly: '2026-W40', monthly: '2026-09', quarterly: '2026-Q3', annual: '2026' };
  const kinds: ReportKind[] = ['weekly', 'monthly', 'quarterly', 'annual'];
  const rows = kinds.map((kind) => [`\`${kind}\``, spec.reports[kind], REPORT_COVERS_FORMATS[kind], `\`${examples[kind]}\` → ${reportDueDate(kind, examples[kind], schedule)?.iso ?? '—'}`]);
  return [
    '## Reports and their due dates (定期报告)',
    '',
    `Item V3 reads \`reports: [{ kind, covers, submittedOn }]\` and checks each against its due date: ${reportScheduleText(schedule, PAGE_WORDS)}. A report with no \`submittedOn\` counts as late once its due date passed before the month ended. Change the schedule with \`reportSchedule: { weeklyDueWeekday, dueDay, dueDayInclusive }\` (now ${weekdayName(schedule.weeklyDueWeekday, PAGE_WORDS)}, ${schedule.dueDay}, ${String(schedule.dueDayInclusive)}); \`reportDueDate\` and \`reportTimeliness\` of @kaohe/core give the same dates outside a scheme.`,
    '',
    table(['Kind', 'Reports (source)', '`covers` written as', 'Example: due (last day on time)'], rows),
    '',
  ].join('\n');
}

function calendarSection(spec: MaintenancePageSpec): string {
  const calendar = parseWorkingCalendar(spec.exampleCalendar);
  const removed = '2026-09-30';
  const due = addWorkingDays(calendar, removed, 3).iso;
  return [
    '## Working-day calendars (工作日)',
    '',
    `Item V4 needs working days (${quote('乙方对拆下的坏件应3个工作日内送修')}). China moves working days around its public holidays every year (调休), so kaohe ships no calendar: the organisation supplies its own as \`{ weekend, holidays, workdays }\` — ISO weekdays off (Saturday and Sunday unless set), the public holidays (法定节假日), and the make-up working days (调休上班). Without one, V4 counts Monday to Friday. A date listed both as a holiday and as a working day is rejected. "Within 3 working days" ends with the 3rd working day after the removal date (that day included).`,
    '',
    `An **example** calendar (illustrative, not an official one): holidays ${calendar.holidays[0] ?? ''} to ${calendar.holidays[calendar.holidays.length - 1] ?? ''}, make-up working day ${calendar.workdays.join(', ')}. A part removed on ${removed} is due by ${due}.`,
    '',
    codeBlock('ts', `import { vendorScorecard } from '@kaohe/presets';\n\nconst scheme = vendorScorecard({ calendar: ${tsLiteral(spec.exampleCalendar)} });`),
    '',
  ].join('\n');
}

function feeSection(spec: MaintenancePageSpec): string {
  const mapping = FeeMapping.parse(spec.feeMapping);
  const rows = mapping.tiers.map((tier) => [formatInterval(toInterval(tier)), 'factor' in tier ? `× ${signed(tier.factor)}` : `${signed(tier.amount)} CNY`, tier.label === undefined ? '—' : bilingual(tier.label)]);
  const scores = { '2026-07': 92, '2026-08': 86, '2026-09': 88 };
  const fee = quarterlyFee({ quarter: '2026-Q3', scores, fee: 30000, mapping: spec.feeMapping });
  return [
    '## Quarterly fee (代维费用支付)',
    '',
    `${quote(spec.feeClause)}. The page does not say how a score becomes a fee: the mapping is the user's, passed to \`quarterlyFee\` of @kaohe/core. \`combine: '${mapping.combine}'\` pays the whole quarter by the mean of its three monthly scores (\`perMonth\` pays each month a third of the fee by its own score).`,
    '',
    '**Inferred** starting point (`exampleVendorFeeMapping`):',
    '',
    table(['Mean score', 'Fee', 'Label'], rows),
    '',
    `For example, scores ${Object.entries(scores).map(([month, score]) => `${month} ${score}`).join(', ')} and a full fee of 30,000.00 CNY: mean ${fee.score} → ${fee.payable} CNY, paid in ${fee.payIn}.`,
    '',
    codeBlock('ts', `import { quarterlyFee } from '@kaohe/core';\nimport { exampleVendorFeeMapping } from '@kaohe/presets';\n\nquarterlyFee({ quarter: '2026-Q3', scores: ${tsLiteral(scores)}, fee: 30000, mapping: exampleVendorFeeMapping });`),
    '',
  ].join('\n');
}

/**
 * The documentation page of the outsourced maintenance (seed 004): the vendor's monthly scorecard,
 * its SLA table with the inferred defaults and how to override them, report due dates, the
 * working-day calendar the user supplies, the quarterly fee mapping and the duty desk. Generated
 * from the preset data.
 */
export function renderMaintenancePage(spec: MaintenancePageSpec, entries: readonly PresetEntry[], schemes: SchemeSource): string {
  const own = entries.filter((entry) => entry.organisation === spec.organisation);
  const vendor = own.find((entry) => entry.id.endsWith('/vendor'));
  if (vendor === undefined) throw new Error(`no vendor preset for ${spec.organisation}`);
  const others = own.filter((entry) => entry !== vendor);
  const items = resolveScorecard(vendor.scheme, schemes).items;
  const sources = [...new Set(own.flatMap((entry) => entry.sources))];
  const parts = [`# ${bilingual(spec.title)}`, '', GENERATED_NOTICE, '', spec.intro, ''];
  parts.push(`Source document: ${sources.map((s) => `\`${s}\``).join(', ')}. Quotations are in the document's own words; [Source documents](../sources.md) says where it comes from.`, '');
  parts.push('## Vendor scorecard', '', renderScorecardSection(vendor, schemes));
  parts.push(slaSection(spec, items), parametersSection(items), reportsSection(spec, items), calendarSection(spec), feeSection(spec));
  if (others.length > 0) parts.push('## Duty desk (代维值班)', '');
  for (const entry of others) parts.push(renderScorecardSection(entry, schemes));
  return finishPage(parts);
}
