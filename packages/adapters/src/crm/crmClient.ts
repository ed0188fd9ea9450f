import { AdapterError } from '../AdapterError.js';
import { crmRequest, type CrmFetchOptions } from './crmRequest.js';
import type { HubSpotDealPage, HubSpotPipelines } from './hubspotRecords.js';
import type { SalesforceQueryResult } from './salesforceRecords.js';

/** Options of {@link fetchSalesforceQuery}. */
export interface SalesforceQueryOptions extends CrmFetchOptions {
  /** The org's instance (`https://yourcompany.my.salesforce.com`). */
  readonly instanceUrl: string;
  /** The SOQL query (`SELECT Id, Name, Amount, StageName, … FROM Opportunity`). */
  readonly soql: string;
  /** The REST API version (default `v62.0`). */
  readonly apiVersion?: string;
}

/** Options of {@link fetchHubSpotDeals} and {@link fetchHubSpotPipelines}. */
export interface HubSpotFetchOptions extends CrmFetchOptions {
  /** The API's base (default `https://api.hubapi.com`). */
  readonly baseUrl?: string;
  /** The search request: `filterGroups`, `properties` (with the `hs_date_entered_<stageId>` ones), `sorts`, `limit` (default 100). */
  readonly search?: Readonly<Record<string, unknown>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const trimmed = (url: string): string => url.replace(/\/+$/, '');

function notAPage(vendor: string, url: string, what: string): AdapterError {
  return new AdapterError('crmExportInvalid', { vendor, issues: `${url}: ${what}` });
}

/**
 * Every page of a Salesforce SOQL query, through the REST API with the user's token:
 * the first page from `/services/data/<version>/query?q=…`, each next from its
 * `nextRecordsUrl` until `done`. Give the pages to {@link salesforceRecords}. A
 * `nextRecordsUrl` outside the org's `/services/data/` is not followed, so the token
 * goes nowhere else.
 *
 * @example
 * const pages = await fetchSalesforceQuery({ instanceUrl: 'https://acme.my.salesforce.com', token, soql: 'SELECT Id, Name, Amount, StageName, CreatedDate FROM Opportunity' });
 * const records = salesforceRecords(pages, await fetchSalesforceQuery({ instanceUrl, token, soql: 'SELECT Id, OpportunityId, CreatedDate, Field, OldValue, NewValue FROM OpportunityFieldHistory' }));
 * @throws AdapterError as {@link crmRequest} does; `crmExportInvalid` when a page is not a query result or its next page is elsewhere or the same.
 */
export async function fetchSalesforceQuery(options: SalesforceQueryOptions): Promise<SalesforceQueryResult[]> {
  const base = trimmed(options.instanceUrl);
  const needs = 'API Enabled, and read access to the objects and fields queried';
  const pages: SalesforceQueryResult[] = [];
  const seen = new Set<string>();
  let url = `${base}/services/data/${options.apiVersion ?? 'v62.0'}/query?q=${encodeURIComponent(options.soql)}`;
  for (;;) {
    const page = await crmRequest({ vendor: 'Salesforce', url, needs }, options);
    if (!isObject(page) || !Array.isArray(page['records']) || typeof page['done'] !== 'boolean') throw notAPage('Salesforce', url, 'not a query result ({ totalSize, done, records })');
    pages.push(page as unknown as SalesforceQueryResult);
    const next = page['nextRecordsUrl'];
    if (page['done'] || typeof next !== 'string') return pages;
    if (!next.startsWith('/services/data/') || seen.has(next)) throw notAPage('Salesforce', url, `nextRecordsUrl ${next} is not a further page of this org`);
    seen.add(next);
    url = `${base}${next}`;
  }
}

/**
 * Every page of HubSpot deals found by the CRM v3 search (`POST
 * /crm/v3/objects/deals/search`), following `paging.next.after`. Give them to
 * {@link hubspotRecords} with {@link fetchHubSpotPipelines}' answer. The search returns no
 * property history: stage days come from the `hs_date_entered_<stageId>` properties,
 * so name them in `properties`.
 *
 * @example
 * const pages = await fetchHubSpotDeals({ token, search: { properties: ['dealname', 'amount', 'dealstage', 'pipeline', 'project_code', 'hs_date_entered_1006'] } });
 * const records = hubspotRecords(pages, await fetchHubSpotPipelines({ token }));
 * @throws AdapterError as {@link crmRequest} does; `crmExportInvalid` when a page is not a search result or repeats its cursor.
 */
export async function fetchHubSpotDeals(options: HubSpotFetchOptions): Promise<HubSpotDealPage[]> {
  const url = `${trimmed(options.baseUrl ?? 'https://api.hubapi.com')}/crm/v3/objects/deals/search`;
  const pages: HubSpotDealPage[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const body = { limit: 100, ...options.search, ...(after === undefined ? {} : { after }) };
    const page = await crmRequest({ vendor: 'HubSpot', url, method: 'POST', body, needs: 'crm.objects.deals.read' }, options);
    if (!isObject(page) || !Array.isArray(page['results'])) throw notAPage('HubSpot', url, 'not a search result ({ total, results, paging })');
    pages.push(page as unknown as HubSpotDealPage);
    const next = isObject(page['paging']) && isObject(page['paging']['next']) ? page['paging']['next']['after'] : undefined;
    if (typeof next !== 'string') return pages;
    if (seen.has(next)) throw notAPage('HubSpot', url, `paging.next.after ${next} repeats an earlier page`);
    seen.add(next);
    after = next;
  }
}

/**
 * HubSpot's deal pipelines with their stages (`GET /crm/v3/pipelines/deals`), to turn
 * stage ids into labels.
 *
 * @example
 * const pipelines = await fetchHubSpotPipelines({ token });
 * @throws AdapterError as {@link crmRequest} does.
 */
export async function fetchHubSpotPipelines(options: HubSpotFetchOptions): Promise<HubSpotPipelines> {
  const url = `${trimmed(options.baseUrl ?? 'https://api.hubapi.com')}/crm/v3/pipelines/deals`;
  const answer = await crmRequest({ vendor: 'HubSpot', url, needs: 'crm.objects.deals.read' }, options);
  if (!isObject(answer) || !Array.isArray(answer['results'])) throw notAPage('HubSpot', url, 'not a pipelines response ({ results })');
  return answer as unknown as HubSpotPipelines;
}
