import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { fetchHubSpotDeals, fetchHubSpotPipelines, fetchSalesforceQuery } from './crmClient.js';
import { crmProfile } from './crmProfiles.js';
import { retryAfterMs } from './crmRequest.js';
import { crmFixture, IMPLEMENTATION, readForPreset } from './crmTestKit.js';
import { hubspotRecords } from './hubspotRecords.js';
import { salesforceRecords } from './salesforceRecords.js';

const [sfFirst, sfLast] = crmFixture('salesforce', 'opportunities.json') as Record<string, unknown>[];
const sfHistory = crmFixture('salesforce', 'opportunity-field-history.json');
const hsPipelines = crmFixture('hubspot', 'pipelines.json');
/** The deals as the search returns them: properties only, no history. */
const hsDeals = (crmFixture('hubspot', 'deals.json') as { results: Record<string, unknown>[] }[]).flatMap((p) => p.results).map(({ propertiesWithHistory: _, ...deal }) => deal);

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

/** A local server answering as Salesforce and HubSpot document, with a refusal or two on the way. */
class CrmServer {
  readonly seen: Seen[] = [];
  /** Answers to give before the documented one, by path: a status and headers each. */
  readonly refusals = new Map<string, { status: number; headers?: Record<string, string> }[]>();
  private readonly server = createServer((req, res) => void this.answer(req, res));
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const url = new URL(req.url ?? '/', this.url);
    this.seen.push({ method: req.method ?? '', url: `${url.pathname}${url.search}`, authorization: req.headers.authorization, body });
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.headers.authorization === 'Bearer expired') {
      if (url.pathname.startsWith('/services/')) return json(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
      return json(401, { status: 'error', message: 'The OAuth token used to make this call expired 2 hour(s) ago.', category: 'EXPIRED_AUTHENTICATION' });
    }
    if (req.headers.authorization === 'Bearer no-scope') return json(403, { status: 'error', message: "This app hasn't been granted all required scopes to make this call.", category: 'MISSING_SCOPES' });
    const refusal = this.refusals.get(url.pathname)?.shift();
    if (refusal) return json(refusal.status, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT' }, refusal.headers);
    if (url.pathname === '/services/data/v62.0/query') {
      const soql = url.searchParams.get('q') ?? '';
      return json(200, soql.includes('OpportunityFieldHistory') ? sfHistory : sfFirst);
    }
    if (url.pathname === '/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2') return json(200, sfLast);
    if (url.pathname === '/crm/v3/objects/deals/search') {
      const after = (JSON.parse(body) as { after?: string }).after;
      if (after === undefined) return json(200, { total: 3, results: hsDeals.slice(0, 2), paging: { next: { after: '2' } } });
      return json(200, { total: 3, results: hsDeals.slice(Number(after)) });
    }
    if (url.pathname === '/crm/v3/pipelines/deals') return json(200, hsPipelines);
    return json(404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  }
}

const server = new CrmServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

/** A sleep that only records what it was asked to wait. */
function recordedSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('fetchSalesforceQuery', () => {
  it('follows nextRecordsUrl with the token, waiting as Retry-After asks on a 503, and the pages read as Example I', async () => {
    server.refusals.set('/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2', [{ status: 503, headers: { 'retry-after': '3' } }]);
    const { sleep, waits } = recordedSleep();
    const options = { instanceUrl: `${server.url}/`, token: 'good', sleep };
    const pages = await fetchSalesforceQuery({ ...options, soql: 'SELECT Id, Name FROM Opportunity' });
    const history = await fetchSalesforceQuery({ ...options, soql: 'SELECT Id, OpportunityId, CreatedDate, Field, OldValue, NewValue FROM OpportunityFieldHistory' });
    expect(waits).toEqual([3000]);
    expect(pages.map((p) => p.done)).toEqual([false, true]);
    const last = server.seen.filter((s) => s.url.startsWith('/services/data/v62.0/query/0r8'));
    expect(last.map((s) => s.authorization)).toEqual(['Bearer good', 'Bearer good']);
    const read = readForPreset(salesforceRecords(pages, history), crmProfile('salesforce'), IMPLEMENTATION);
    expect(read.projects.map((p) => [p.subject, p.facts['actualDays']])).toEqual([['PRJ-2026-002', 66]]);
  });

  it('says an expired token is one, in both languages, without retrying', async () => {
    const { sleep, waits } = recordedSleep();
    const error = await thrown(() => fetchSalesforceQuery({ instanceUrl: server.url, token: 'expired', soql: 'SELECT Id FROM Opportunity', sleep }));
    expect(isAdapterError(error) && error.code).toBe('crmTokenRejected');
    expect(isAdapterError(error) && error.messages.en).toBe('Salesforce rejected the token (HTTP 401, INVALID_SESSION_ID: Session expired or invalid): it has expired or is not valid. Get a new token and run again.');
    expect(isAdapterError(error) && error.messages['zh-CN']).toContain('令牌已过期或无效');
    expect(waits).toEqual([]);
  });

  it('refuses to follow a nextRecordsUrl to another host', async () => {
    const away = { ...sfFirst, nextRecordsUrl: 'https://elsewhere.example/services/data/v62.0/query/x' };
    const error = await thrown(() => fetchSalesforceQuery({ instanceUrl: server.url, token: 'good', soql: 'x', fetch: () => Promise.resolve(new Response(JSON.stringify(away))) }));
    expect(isAdapterError(error) && error.code).toBe('crmExportInvalid');
  });
});

describe('fetchHubSpotDeals and fetchHubSpotPipelines', () => {
  it('pages with after, waiting until the HTTP date of Retry-After on a 429', async () => {
    server.refusals.set('/crm/v3/objects/deals/search', [{ status: 429, headers: { 'retry-after': 'Wed, 02 Dec 2026 00:00:05 GMT' } }]);
    const { sleep, waits } = recordedSleep();
    const now = () => Date.parse('Wed, 02 Dec 2026 00:00:00 GMT');
    const options = { baseUrl: server.url, token: 'good', sleep, now };
    const pages = await fetchHubSpotDeals({ ...options, search: { properties: ['dealname', 'dealstage'] } });
    expect(waits).toEqual([5000]);
    const bodies = server.seen.filter((s) => s.url === '/crm/v3/objects/deals/search').map((s) => JSON.parse(s.body) as unknown);
    expect(bodies).toEqual([
      { limit: 100, properties: ['dealname', 'dealstage'] },
      { limit: 100, properties: ['dealname', 'dealstage'] },
      { limit: 100, properties: ['dealname', 'dealstage'], after: '2' },
    ]);
    const records = hubspotRecords(pages, await fetchHubSpotPipelines(options));
    expect(records.map((r) => [r.id, r.stages.at(-1)?.value])).toEqual([
      ['18234000001', '6 施工准备'],
      ['18234000002', '8 工程验收'],
      ['18234000003', '8 工程验收'],
    ]);
  });

  it('names the scope a 403 says is missing', async () => {
    const error = await thrown(() => fetchHubSpotPipelines({ baseUrl: server.url, token: 'no-scope' }));
    expect(isAdapterError(error) && error.code).toBe('crmAccessDenied');
    expect(isAdapterError(error) && error.messages.en).toContain('MISSING_SCOPES');
    expect(isAdapterError(error) && error.messages.en).toContain('(crm.objects.deals.read)');
  });

  it('gives up after the attempts allowed, and at once when Retry-After asks for longer than it may wait', async () => {
    server.refusals.set('/crm/v3/pipelines/deals', Array.from({ length: 3 }, () => ({ status: 502 })));
    const { sleep, waits } = recordedSleep();
    const error = await thrown(() => fetchHubSpotPipelines({ baseUrl: server.url, token: 'good', sleep, maxAttempts: 3 }));
    expect(isAdapterError(error) && [error.code, error.params['attempts'], error.params['reason']]).toEqual(['crmRequestFailed', 3, 'HTTP 502']);
    // no Retry-After: 1 s, then 2 s
    expect(waits).toEqual([1000, 2000]);
    server.refusals.set('/crm/v3/pipelines/deals', [{ status: 429, headers: { 'retry-after': '3600' } }]);
    const long = await thrown(() => fetchHubSpotPipelines({ baseUrl: server.url, token: 'good', sleep }));
    expect(isAdapterError(long) && long.params['reason']).toBe('HTTP 429, asked to wait 3600 s, more than 60 s');
    expect(waits).toEqual([1000, 2000]);
  });

  it('does not retry a request the CRM refuses as wrong', async () => {
    const { sleep, waits } = recordedSleep();
    const error = await thrown(() => fetchSalesforceQuery({ instanceUrl: server.url, token: 'good', soql: 'x', apiVersion: 'v1.0', sleep }));
    expect(isAdapterError(error) && error.params['reason']).toBe('HTTP 404, NOT_FOUND: The requested resource does not exist');
    expect(waits).toEqual([]);
  });

  it('retries when the network fails, and refuses an answer that is not JSON', async () => {
    const { sleep, waits } = recordedSleep();
    const down = () => Promise.reject(new TypeError('fetch failed'));
    const error = await thrown(() => fetchHubSpotPipelines({ token: 'good', fetch: down, sleep, maxAttempts: 2 }));
    expect(isAdapterError(error) && [error.code, error.params['reason']]).toEqual(['crmRequestFailed', 'fetch failed']);
    expect(waits).toEqual([1000]);
    const html = () => Promise.resolve(new Response('<html>maintenance</html>', { status: 200 }));
    const notJson = await thrown(() => fetchHubSpotPipelines({ token: 'good', fetch: html }));
    expect(isAdapterError(notJson) && notJson.code).toBe('crmExportInvalid');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, never a negative wait', () => {
    const now = Date.parse('Wed, 02 Dec 2026 00:00:00 GMT');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 02 Dec 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
