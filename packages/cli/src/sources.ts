import type { CrmProfile, CrmRecord, TicketProfile, TicketRead } from '@kaohe/adapters';

/** `@kaohe/adapters`, loaded only by a run that reads a source. */
export type Adapters = typeof import('@kaohe/adapters');

/** The files of a source run beside the export: the flags that name them, as given. */
export interface SourceFiles {
  readonly input: string;
  readonly stageHistory?: string | undefined;
  readonly pipelines?: string | undefined;
}

/** Reads a JSON file named on the command line (with the CLI's messages for a missing or broken file). */
export type JsonReader = (file: string) => Promise<unknown>;

/** The files beside the export that a source may read, by the flag that names them. */
export const EXTRA_FLAGS = { stageHistory: '--stage-history', pipelines: '--pipelines' } as const;

/** A CRM: its shipped profile and how its export (and the files beside it) become records. */
export interface CrmSource {
  readonly kind: 'crm';
  readonly extras: ReadonlyArray<keyof typeof EXTRA_FLAGS>;
  profile(adapters: Adapters): CrmProfile;
  records(adapters: Adapters, files: SourceFiles, json: JsonReader): Promise<CrmRecord[]>;
}

/** A service desk: its shipped profile for a regime and how its export becomes orders. */
export interface TicketSource {
  readonly kind: 'tickets';
  readonly extras: ReadonlyArray<keyof typeof EXTRA_FLAGS>;
  profile(adapters: Adapters, schemeId: string): TicketProfile;
  read(adapters: Adapters, files: SourceFiles, profile: TicketProfile, json: JsonReader): Promise<TicketRead>;
}

/** A source `--crm` or `--tickets` names. */
export type Source = CrmSource | TicketSource;

const extra = async (file: string | undefined, json: JsonReader): Promise<unknown> => (file === undefined ? undefined : json(file));

/**
 * The sources `--crm` and `--tickets` read, by name; a profile file is read by the source its
 * `vendor` (CRM) or `source` (tickets) names. A new reader is one entry here.
 */
export const SOURCES: Readonly<Record<string, Source>> = Object.freeze({
  salesforce: {
    kind: 'crm',
    extras: ['stageHistory'],
    profile: (a) => a.crmProfile('salesforce'),
    records: async (a, files, json) => a.salesforceRecords(await json(files.input), await extra(files.stageHistory, json)),
  },
  hubspot: {
    kind: 'crm',
    extras: ['pipelines'],
    profile: (a) => a.crmProfile('hubspot'),
    records: async (a, files, json) => a.hubspotRecords(await json(files.input), await extra(files.pipelines, json)),
  },
  zendesk: {
    kind: 'tickets',
    extras: [],
    profile: (a, schemeId) => a.ticketProfile('zendesk', schemeId),
    read: async (a, files, profile, json) => a.readZendesk(await json(files.input), profile),
  },
  jira: {
    kind: 'tickets',
    extras: [],
    profile: (a, schemeId) => a.ticketProfile('jira', schemeId),
    read: async (a, files, profile, json) => a.readJira(await json(files.input), profile),
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
