import { extname } from 'node:path';
import type { CrmProfile, Mapping, SubjectPart, SubjectSource, TicketProfile } from '@kaohe/adapters';
import type { Locale, PeriodKind, SchemeResult, SchemeSource } from '@kaohe/core';
import { livePull, type LiveFlags } from './crmFetch';
import { readCrmSource } from './crmInput';
import { FileError } from './FileError';
import { readHistory } from './history';
import { inputFormat } from './inputFormat';
import type { CliIo } from './io';
import { readJsonFile } from './loadScheme';
import { cliMessage, listOf, UsageError } from './messages';
import { periodEndInstant } from './periodEndInstant';
import type { PrimaryRead } from './primaryRead';
import { EXTRA_FLAGS, OWN_TABLES, SOURCES, sourceNamed, type Adapters, type Source } from './sources';
import { openSpreadsheet, type CellWarning, type RejectedRow, type SpreadsheetRead, type SpreadsheetStream, type WithheldSubject } from './spreadsheetInput';
import { readTicketSource, ticketWarning } from './ticketInput';

/** The flags of a run that reads sources joined by subject. */
export interface SourceRunOptions extends LiveFlags {
  readonly crm?: string | undefined;
  readonly tickets?: string | undefined;
  readonly input: string;
  /** Every `--input` of a source that reads several files (the tables of an export); `input` alone when absent. */
  readonly inputs?: readonly string[] | undefined;
  readonly stageHistory?: string | undefined;
  readonly pipelines?: string | undefined;
  readonly ratings?: string | undefined;
  /** A column mapping (JSON file) for the raters' sheet, instead of the scheme's. */
  readonly mapping?: string | undefined;
  readonly facts?: string | undefined;
  readonly history?: readonly string[] | undefined;
  readonly period?: string | undefined;
}

/** The scheme a source run appraises with. */
export interface SourceScheme {
  readonly data: unknown;
  readonly schemes: SchemeSource;
  readonly id: string;
  readonly regime: boolean;
  /** A period written the scheme's way, for messages. */
  readonly examplePeriod: string;
  /** The kind of period `--period` is written in. */
  readonly periodKind: PeriodKind | undefined;
}

/**
 * Whether a run reads sources joined by subject (`--crm`, `--tickets`, `--ratings`, `--facts`
 * or `--history`) rather than one input file.
 *
 * @example
 * isSourceRun({ input: 'export.json', tickets: 'zendesk' }) // true
 */
export function isSourceRun(options: SourceRunOptions): boolean {
  return [options.crm, options.tickets, options.ratings, options.facts, options.fetch].some((v) => v !== undefined) || (options.history?.length ?? 0) > 0;
}

/** Keeps the subject, name, period and rating columns of a mapping required, and makes every fact column optional. */
function ratingColumns(mapping: Mapping): Mapping {
  const keep = (to: string): boolean => to === 'subject' || to === 'name' || to === 'period' || to.startsWith('ratings.');
  return { ...mapping, tables: mapping.tables.map((t) => ({ ...t, columns: t.columns.map((c) => (keep(c.to) ? c : { ...c, required: false })) })) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The subjects of a JSON file (one or an array of `{ subject, name, facts, ratings }`) as parts; their periods are the run's. */
async function jsonParts(file: string, io: CliIo, locale: Locale): Promise<SubjectPart[]> {
  const data = await readJsonFile(file, io.cwd, locale, 'input');
  return (Array.isArray(data) ? data : [data]).map((s: unknown) => {
    if (!isObject(s) || typeof s['subject'] !== 'string') throw new FileError(cliMessage(locale, 'sourceNeedsIds', { file }));
    return {
      subject: s['subject'],
      name: typeof s['name'] === 'string' ? s['name'] : undefined,
      facts: isObject(s['facts']) ? s['facts'] : undefined,
      ratings: isObject(s['ratings']) ? s['ratings'] : undefined,
    };
  });
}

/** The source `--crm` or `--tickets` names, with its profile: a shipped one, or a profile file read by the source it names. */
async function resolveSource(flag: '--crm' | '--tickets', value: string, adapters: Adapters, scheme: SourceScheme, io: CliIo, locale: Locale): Promise<{ source: Source; profile: CrmProfile | TicketProfile }> {
  const kind = flag === '--crm' ? 'crm' : 'tickets';
  const known = listOf(locale, Object.keys(SOURCES).filter((n) => SOURCES[n]?.kind === kind));
  const named = sourceNamed(value);
  if (named !== undefined) {
    if (named.kind !== kind) throw new UsageError(cliMessage(locale, 'sourceOtherKind', { option: flag, value, other: named.kind === 'crm' ? '--crm' : '--tickets' }));
    return { source: named, profile: named.kind === 'crm' ? named.profile(adapters) : named.profile(adapters, scheme.id) };
  }
  if (extname(value).toLowerCase() !== '.json') throw new UsageError(cliMessage(locale, 'unknownSource', { option: flag, value, known }));
  const data = await readJsonFile(value, io.cwd, locale, 'profile');
  const profile = kind === 'crm' ? adapters.parseCrmProfile(data) : adapters.parseTicketProfile(data);
  const reader = 'vendor' in profile ? profile.vendor : profile.source;
  const vendor = sourceNamed(reader);
  // a CRM of the user's own, read from its tables: no shipped source is its vendor
  const source = vendor === undefined && 'tables' in profile && profile.tables !== undefined ? OWN_TABLES : vendor;
  if (source === undefined || source.kind !== kind) throw new UsageError(cliMessage(locale, 'unknownSource', { option: `${flag} ${value}:`, value: reader, known }));
  if ('regime' in profile && profile.regime !== scheme.id) throw new FileError(cliMessage(locale, 'sourceProfileScheme', { file: value, found: profile.regime, scheme: scheme.id }));
  return { source, profile };
}

/** Reads the CRM or service desk a run names, or the JSON input when it names none. */
async function readPrimary(options: SourceRunOptions & { readonly period: string }, adapters: Adapters, scheme: SourceScheme, io: CliIo, locale: Locale): Promise<{ label: string; read: PrimaryRead }> {
  const flag = options.crm !== undefined ? '--crm' : options.tickets !== undefined ? '--tickets' : undefined;
  const value = options.crm ?? options.tickets;
  if (flag === undefined || value === undefined) {
    if (options.fetch !== undefined) throw new UsageError(cliMessage(locale, 'fetchNeedsCrm'));
    if (inputFormat(options.input, undefined, locale).kind !== 'json') throw new UsageError(cliMessage(locale, 'joinNeedsJson'));
    const parts = await jsonParts(options.input, io, locale);
    return { label: options.input, read: { parts, rejected: [], warnings: [], records: parts.length, used: parts.length, verdicts: null, sources: new Map() } };
  }
  const { source, profile } = await resolveSource(flag, value, adapters, scheme, io, locale);
  const pull = livePull(options, io.env ?? process.env, locale);
  const live = source.kind === 'crm' ? source.live : undefined;
  if (pull !== undefined && live === undefined) throw new UsageError(cliMessage(locale, 'sourceExtraFor', { option: '--fetch', sources: listOf(locale, Object.keys(SOURCES).filter((n) => (SOURCES[n] as { live?: unknown }).live !== undefined)) }));
  for (const key of Object.keys(EXTRA_FLAGS) as Array<keyof typeof EXTRA_FLAGS>) {
    if (options[key] === undefined || source.extras.includes(key)) continue;
    const readers = Object.keys(SOURCES).filter((n) => SOURCES[n]?.extras.includes(key));
    throw new UsageError(cliMessage(locale, 'sourceExtraFor', { option: EXTRA_FLAGS[key], sources: listOf(locale, readers) }));
  }
  const json = (file: string): Promise<unknown> => readJsonFile(file, io.cwd, locale, 'export', false);
  const inputs = options.inputs !== undefined && options.inputs.length > 0 ? options.inputs : [options.input];
  const files = { input: options.input, inputs, stageHistory: options.stageHistory, pipelines: options.pipelines };
  const context = { adapters, json, cwd: io.cwd, locale, source: value };
  const read =
    source.kind === 'crm'
      ? await readCrmSource(pull === undefined || live === undefined ? source : { ...source, records: (c, _files, p) => live(c, pull, p) }, profile as CrmProfile, files, { ...context, schemeId: scheme.id, scheme: scheme.data, schemes: scheme.schemes })
      : await readTicketSource(source, profile as TicketProfile, files, context, periodEndInstant(options.period, scheme.periodKind, profile.timeZone, adapters.zoneOffset));
  return { label: `${value} ${options.input}`, read };
}

/**
 * Opens a run over sources joined by subject: the CRM's projects or the service desk's orders
 * (`--crm`, `--tickets`, through a shipped profile or a profile file) or the subjects of a JSON
 * input, with the raters' sheet (`--ratings`), further facts (`--facts`) and earlier results
 * (`--history`), joined by `joinSubjects` of `@kaohe/adapters`. It reads as a spreadsheet does
 * for `kaohe appraise`: each record left out goes to `onRejected` (its id and why), a subject
 * with a fact two sources give differently is withheld, and what to look at is a warning.
 *
 * @example
 * const stream = await openSources({ tickets: 'zendesk', input: 'export.json', period: '2026-10', history: ['results-2026-09.jsonl'] }, scheme, io, 'en', onRejected);
 * @throws UsageError for a source that is not one, a flag the source does not read, or no --period; FileError for a file that cannot be used.
 */
export async function openSources(options: SourceRunOptions, scheme: SourceScheme, io: CliIo, locale: Locale, onRejected: (row: RejectedRow, before: number) => void): Promise<SpreadsheetStream> {
  // the records' file, first of several --input, names the run in messages (parseArgs keeps the last)
  options = { ...options, input: options.inputs?.[0] ?? options.input };
  if (options.crm !== undefined && options.tickets !== undefined) throw new UsageError(cliMessage(locale, 'bothSources'));
  const period = options.period;
  if (period === undefined) throw new UsageError(cliMessage(locale, 'needPeriod', { option: options.crm !== undefined ? '--crm' : options.tickets !== undefined ? '--tickets' : '--history', value: scheme.examplePeriod }));
  // --mapping reads the raters' sheet: given without one, it would be ignored silently
  if (options.mapping !== undefined && (options.ratings === undefined || inputFormat(options.ratings, undefined, locale).kind === 'json')) throw new UsageError(cliMessage(locale, 'mappingForJson'));
  const adapters = await import('@kaohe/adapters');
  const { label, read: primary } = await readPrimary({ ...options, period }, adapters, scheme, io, locale);
  // Every record is read and joined before the first input is handed out: what was left out comes first.
  for (const row of primary.rejected) onRejected(row, 0);
  const sources: SubjectSource[] = [{ name: label, primary: true, parts: primary.parts }];
  let ratings: SpreadsheetRead | null = null;
  if (options.ratings !== undefined) {
    const format = inputFormat(options.ratings, undefined, locale);
    if (format.kind === 'json') sources.push({ name: options.ratings, primary: false, parts: await jsonParts(options.ratings, io, locale) });
    else {
      const sheet = await openSpreadsheet(options.ratings, { format: format.format, mapping: options.mapping, period, scheme: scheme.data, schemes: scheme.schemes, locale, narrow: ratingColumns }, io, (row) => onRejected(row, 0));
      const parts: SubjectPart[] = [];
      for await (const input of sheet.inputs) parts.push({ subject: input.subject, name: input.name, facts: input.facts, ratings: input.ratings as Record<string, unknown> | undefined });
      ratings = sheet.finish();
      sources.push({ name: options.ratings, primary: false, parts });
    }
  }
  if (options.facts !== undefined) sources.push({ name: options.facts, primary: false, parts: await jsonParts(options.facts, io, locale) });
  const history = options.history ?? [];
  const gaps: CellWarning[] = [];
  if (history.length > 0) {
    const read = await readHistory(history, { schemeId: scheme.id, regime: scheme.regime, period, cwd: io.cwd, locale });
    sources.push({ name: listOf(locale, history), primary: false, parts: read.parts });
    for (const g of read.gaps) {
      const message = cliMessage(locale, 'historySubjectGap', { subject: g.subject, present: listOf(locale, g.present), missing: listOf(locale, g.missing) });
      gaps.push({ file: listOf(locale, history), sheet: '', row: 0, column: '', value: '', code: 'historySubjectGap', message, subject: g.subject });
    }
  }
  const joined = adapters.joinSubjects(sources, { period });
  const withheld: WithheldSubject[] = joined.issues.filter((i) => i.error).map((i) => ({ file: options.input, subject: i.subject, period, rows: [], message: i.message[locale], code: i.code }));
  const listed: CellWarning[] = joined.issues.filter((i) => !i.error).map((i) => ({ file: options.input, sheet: '', row: 0, column: '', value: '', code: i.code, message: i.message[locale], subject: i.subject }));
  const verdicts: CellWarning[] = [];
  async function* inputs(): AsyncGenerator<(typeof joined.inputs)[number]> {
    yield* joined.inputs;
  }
  return {
    inputs: inputs(),
    sourcesOf: (subject: string) => primary.sources.get(subject),
    seen(result: SchemeResult) {
      if (primary.verdicts === null || !('lines' in result) || result.kind !== 'penaltyRegime') return;
      for (const n of adapters.compareVerdicts(primary.verdicts, result.subject, result)) verdicts.push(ticketWarning(n, options.input, locale, result.subject));
    },
    finish: () => ({
      file: options.input,
      inputs: joined.inputs.length,
      rejected: [...primary.rejected, ...(ratings?.rejected ?? [])],
      rejectedCount: primary.rejected.length + (ratings?.rejectedCount ?? 0),
      withheld: [...withheld, ...(ratings?.withheld ?? [])],
      warnings: [...primary.warnings, ...listed, ...gaps, ...verdicts, ...(ratings?.warnings ?? [])],
      rows: { read: primary.records, used: primary.used, rejected: primary.rejected.length, blank: 0 },
      records: true,
    }),
  };
}
