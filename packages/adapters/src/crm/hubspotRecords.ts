import { z } from 'zod';
import { AdapterError } from '../AdapterError.js';
import type { CrmRecord, CrmStageEntry } from './crmRecord.js';

/** A CRM v3 deal: every property a string (or null). */
const deal = z.looseObject({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string().nullable()),
  propertiesWithHistory: z
    .record(z.string(), z.array(z.looseObject({ value: z.string().nullable(), timestamp: z.string().min(1) })))
    .optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
});

/** A page of deals, from the list, batch read or search endpoints (`{ results, paging: { next: { after } } }`). */
const dealPage = z.looseObject({
  total: z.number().int().min(0).optional(),
  results: z.array(deal),
  paging: z.looseObject({ next: z.looseObject({ after: z.string(), link: z.string().optional() }).optional() }).optional(),
});

/** The pipelines response (`/crm/v3/pipelines/deals`). */
const pipelines = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string().min(1),
      label: z.string(),
      stages: z.array(z.looseObject({ id: z.string().min(1), label: z.string(), displayOrder: z.number().optional() })),
    }),
  ),
});

/** A page, or every page, of HubSpot deals. */
export type HubSpotDealPage = z.input<typeof dealPage>;
/** The HubSpot pipelines response. */
export type HubSpotPipelines = z.input<typeof pipelines>;

type Deal = z.output<typeof deal>;

function parsed<T extends z.ZodType>(schema: T, name: string, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${name}${i.path.length > 0 ? '.' : ''}${i.path.join('.')}: ${i.message}`).join('; ');
  throw new AdapterError('crmExportInvalid', { vendor: 'HubSpot', issues });
}

const ENTERED = 'hs_date_entered_';

/**
 * The stages a deal entered, oldest first: from the history of `dealstage` when it was
 * asked for (`propertiesWithHistory=dealstage`: every entry, a stage re-entered
 * included, newest first as HubSpot lists them), otherwise from its
 * `hs_date_entered_<stageId>` properties (the last entry into each stage only).
 */
function stageEntries(d: Deal, label: (pipeline: string, stage: string) => string): CrmStageEntry[] {
  const pipeline = d.properties['pipeline'] ?? 'default';
  const provenance = (field: string, value: string) => ({ source: 'hubspot', object: 'deal', recordId: d.id, field, value });
  const history = d.propertiesWithHistory?.['dealstage'];
  if (history !== undefined && history.length > 0) {
    return history
      .filter((h): h is { value: string; timestamp: string } => h.value !== null && h.value !== '')
      .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0))
      .map((h) => ({ value: label(pipeline, h.value), at: h.timestamp, provenance: provenance('propertiesWithHistory.dealstage', `${h.timestamp} → ${h.value}`) }));
  }
  return Object.entries(d.properties)
    .filter((e): e is [string, string] => e[0].startsWith(ENTERED) && e[1] !== null && e[1] !== '')
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([field, at]) => ({ value: label(pipeline, field.slice(ENTERED.length)), at, provenance: provenance(field, at) }));
}

/**
 * CRM records from HubSpot CRM v3 deals — one page or every page of `{ results,
 * paging }` — their stage ids (`closedwon`, or the numeric ids of a custom pipeline)
 * turned into the stage labels of the pipelines response, so a profile maps labels
 * such as "6 施工准备". A deal's fields are its properties, all strings as HubSpot
 * sends them; profiles read them with types (`money` takes "1500000.00").
 *
 * @example
 * const records = hubspotRecords(JSON.parse(dealsJson), JSON.parse(pipelinesJson));
 * @throws AdapterError `crmExportInvalid` when a response is not in the documented shape, `crmPagesIncomplete` when its last page has a next page.
 */
export function hubspotRecords(deals: unknown, pipelineResponse?: unknown): CrmRecord[] {
  const pages = parsed(z.union([dealPage, z.array(dealPage).min(1)]), 'deals', deals);
  const all = Array.isArray(pages) ? pages : [pages];
  const next = all[all.length - 1]?.paging?.next;
  if (next !== undefined) throw new AdapterError('crmPagesIncomplete', { vendor: 'HubSpot', next: next.link ?? `after=${next.after}` });
  const labels = new Map<string, string>();
  if (pipelineResponse !== undefined) {
    for (const p of parsed(pipelines, 'pipelines', pipelineResponse).results) for (const s of p.stages) labels.set(`${p.id}\u0000${s.id}`, s.label);
  }
  const label = (pipeline: string, stage: string): string => labels.get(`${pipeline}\u0000${stage}`) ?? stage;
  return all.flatMap((page) => page.results).map((d) => ({ id: d.id, object: 'deal', fields: { ...d.properties }, stages: stageEntries(d, label) }));
}
