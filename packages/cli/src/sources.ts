import { extname, resolve } from 'node:path';
import type { CrmProfile, CrmRecord, TicketProfile, TicketRead } from '@kaohe/adapters';
import type { LiveReader } from './crmFetch';
import { readCrmTableFiles } from './crmTablesInput';
import { cliMessage, UsageError } from './messages';
import type { Adapters, JsonReader, SourceContext, SourceFiles } from './sourceContext';

export type { Adapters, JsonReader, SourceContext, SourceFiles } from './sourceContext';

/** The files beside the export that a source may read, by the flag that names them. */
export const EXTRA_FLAGS = { stageHistory: '--stage-history', pipelines: '--pipelines' } as const;

/** A CRM: its shipped profile and how its export (and the files beside it) become records through a profile. */
export interface CrmSource {
  readonly kind: 'crm';
  readonly extras: ReadonlyArray<keyof typeof EXTRA_FLAGS>;
  profile(adapters: Adapters): CrmProfile;
  records(context: SourceContext, files: SourceFiles, profile: CrmProfile): Promise<CrmRecord[]>;
  /** How the CRM is read live through its API (`--fetch`), where kaohe has a client for it. */
  readonly live?: LiveReader;
}

/** A service desk: its shipped profile for a regime and how its export becomes orders. */
export interface TicketSource {
  readonly kind: 'tickets';
  readonly extras: ReadonlyArray<keyof typeof EXTRA_FLAGS>;
  profile(adapters: Adapters, schemeId: string): TicketProfile;
  read(context: SourceContext, files: SourceFiles, profile: TicketProfile): Promise<TicketRead>;
}

/** A source `--crm` or `--tickets` names. */
export type Source = CrmSource | TicketSource;

/** The one export file of a source that reads one, refusing several. */
function oneInput(context: SourceContext, files: SourceFiles): string {
  if (files.inputs.length > 1) throw new UsageError(cliMessage(context.locale, 'sourceOneInput', { source: context.source, count: String(files.inputs.length) }));
  return files.input;
}

/** The export as JSON, read from the one file a source reads. */
const exported = (context: SourceContext, files: SourceFiles): Promise<unknown> => context.json(oneInput(context, files));

const extra = async (file: string | undefined, json: JsonReader): Promise<unknown> => (file === undefined ? undefined : json(file));

const isJson = (file: string): boolean => extname(file).toLowerCase() === '.json';

/** A CRM read from the tables of its export through a shipped profile (or a profile file's `tables`). */
function tablesOf(id: string, jsonTables = false): CrmSource {
  return {
    kind: 'crm',
    extras: ['stageHistory'],
    profile: (a) => a.crmProfile(id),
    records: (context, files, profile) => readCrmTableFiles(context, files, profile, jsonTables),
  };
}

/** A service desk whose export is one JSON file, read through its shipped profile for the regime. */
function desk(name: string, read: (adapters: Adapters, data: unknown, profile: TicketProfile) => TicketRead): TicketSource {
  return {
    kind: 'tickets',
    extras: [],
    profile: (a, schemeId) => a.ticketProfile(name, schemeId),
    read: async (context, files, profile) => read(context.adapters, await exported(context, files), profile),
  };
}

/**
 * The tables of a CRM that no shipped source names: a profile file with a `tables` section
 * whose `vendor` is the user's own CRM. Not named on the command line.
 */
// the profile file always gives its own profile: the shipped one here is never asked for
export const OWN_TABLES: CrmSource = tablesOf('crm-spreadsheet');

/**
 * The sources `--crm` and `--tickets` read, by name; a profile file is read by the source its
 * `vendor` (CRM) or `source` (tickets) names. A new reader is one entry here. The API readers
 * (salesforce, hubspot) take a `.json` export as their API returns it, and any other file as the
 * tables of their profile (Salesforce's Data Loader or Bulk API CSV).
 */
export const SOURCES: Readonly<Record<string, Source>> = Object.freeze({
  salesforce: {
    kind: 'crm',
    extras: ['stageHistory'],
    profile: (a) => a.crmProfile('salesforce'),
    records: async (context, files, profile) =>
      isJson(files.input) ? context.adapters.salesforceRecords(await exported(context, files), await extra(files.stageHistory, context.json)) : readCrmTableFiles(context, files, profile, false),
    live: async ({ adapters }, pull) => {
      const query = (soql: string) => adapters.fetchSalesforceQuery({ instanceUrl: pull.url, token: pull.token, soql });
      return adapters.salesforceRecords(await query(pull.soql), pull.stageHistorySoql === undefined ? undefined : await query(pull.stageHistorySoql));
    },
  },
  'salesforce-report': tablesOf('salesforce-report'),
  hubspot: {
    kind: 'crm',
    extras: ['pipelines'],
    profile: (a) => a.crmProfile('hubspot'),
    records: async (context, files, profile) =>
      isJson(files.input) ? context.adapters.hubspotRecords(await exported(context, files), await extra(files.pipelines, context.json)) : readCrmTableFiles(context, files, profile, false),
  },
  'hubspot-export': { ...tablesOf('hubspot-export'), extras: [] },
  fxiaoke: tablesOf('fxiaoke', true),
  'crm-spreadsheet': tablesOf('crm-spreadsheet'),
  zendesk: desk('zendesk', (a, data, profile) => a.readZendesk(data, profile)),
  jira: desk('jira', (a, data, profile) => a.readJira(data, profile)),
  servicenow: desk('servicenow', (a, data, profile) => a.readServiceNow(data, profile)),
  sheet: {
    kind: 'tickets',
    extras: [],
    profile: (a, schemeId) => a.ticketProfile('sheet', schemeId),
    read: (context, files, profile) => context.adapters.readTicketSheet(resolve(context.cwd, oneInput(context, files)), profile),
  },
} satisfies Record<string, Source>);

/**
 * The source a name stands for, when it is one of {@link SOURCES}.
 *
 * @example
 * sourceNamed('zendesk')?.kind // 'tickets'
 */
export function sourceNamed(name: string): Source | undefined {
  return Object.prototype.hasOwnProperty.call(SOURCES, name) ? SOURCES[name] : undefined;
}
