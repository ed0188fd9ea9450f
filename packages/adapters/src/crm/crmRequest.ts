import { AdapterError } from '../AdapterError.js';

/** How a live CRM read reaches the CRM: the user's token, and what tests and callers may replace. */
export interface CrmFetchOptions {
  /** The access token (Salesforce OAuth access token, HubSpot private app token), sent as `Authorization: Bearer`. */
  readonly token: string;
  /** The `fetch` to use (the global one by default). */
  readonly fetch?: typeof globalThis.fetch;
  /** How to wait before a retry (a timer by default). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The current time in milliseconds, to read a `Retry-After` written as a date (`Date.now` by default). */
  readonly now?: () => number;
  /** Attempts of one request in all, retries on 429 and 5xx included (default 4). */
  readonly maxAttempts?: number;
  /** The longest wait before a retry (default 60 000 ms): a `Retry-After` asking for more fails the read instead. */
  readonly maxWaitMs?: number;
}

/** One request of a live read: what it is, and what a 403 says the token lacks. */
export interface CrmRequest {
  readonly vendor: string;
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  /** The permission or scope the request needs, named when the CRM answers 403. */
  readonly needs: string;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The wait a `Retry-After` header asks for, in ms: seconds (`120`) or an HTTP date (never
 * less than 0); `undefined` when absent or unreadable.
 *
 * @example
 * retryAfterMs('120', Date.now()) // 120000
 * retryAfterMs('Wed, 02 Dec 2026 00:00:10 GMT', Date.parse('Wed, 02 Dec 2026 00:00:00 GMT')) // 10000
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** What the CRM said about a refusal: Salesforce's `[{ errorCode, message }]`, HubSpot's `{ category, message }`. */
async function detailOf(response: Response): Promise<string> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return '';
  }
  const first: unknown = Array.isArray(body) ? body[0] : body;
  if (typeof first !== 'object' || first === null) return '';
  const { errorCode, category, message } = first as Record<string, unknown>;
  const words = [errorCode ?? category, message].filter((w): w is string => typeof w === 'string' && w.length > 0);
  return words.length === 0 ? '' : `, ${words.join(': ').slice(0, 300)}`;
}

/**
 * One request of a live CRM read, as JSON: retried on 429 and 5xx (and when the network
 * fails), waiting as `Retry-After` asks — seconds or an HTTP date — or 1, 2, 4… seconds
 * when it does not say, up to `maxAttempts` in all.
 *
 * @example
 * const page = await crmRequest({ vendor: 'HubSpot', url, needs: 'crm.objects.deals.read' }, { token });
 * @throws AdapterError `crmTokenRejected` on 401 (an expired token), `crmAccessDenied` on 403 (a missing scope), `crmRequestFailed` on another status or when the attempts run out, `crmExportInvalid` when the answer is not JSON.
 */
export async function crmRequest(request: CrmRequest, options: CrmFetchOptions): Promise<unknown> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? sleepFor;
  const now = options.now ?? Date.now;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const { vendor, url } = request;
  const failed = (attempts: number, reason: string) => new AdapterError('crmRequestFailed', { vendor, url, attempts, reason });
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let reason: string;
    try {
      response = await fetchFn(url, { method: request.method ?? 'GET', headers, ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }) });
      reason = `HTTP ${String(response.status)}`;
    } catch (error) {
      reason = (error as Error).message;
    }
    if (response?.ok) {
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new AdapterError('crmExportInvalid', { vendor, issues: `${url}: the answer is not JSON` });
      }
    }
    if (response?.status === 401) throw new AdapterError('crmTokenRejected', { vendor, detail: await detailOf(response) });
    if (response?.status === 403) throw new AdapterError('crmAccessDenied', { vendor, detail: await detailOf(response), needs: request.needs });
    const retryable = response === undefined || response.status === 429 || response.status >= 500;
    if (!retryable) throw failed(attempt, `${reason}${response ? await detailOf(response) : ''}`);
    if (attempt >= maxAttempts) throw failed(attempt, reason);
    const asked = response === undefined ? undefined : retryAfterMs(response.headers.get('retry-after'), now());
    if (asked !== undefined && asked > maxWaitMs) throw failed(attempt, `${reason}, asked to wait ${String(Math.ceil(asked / 1000))} s, more than ${String(maxWaitMs / 1000)} s`);
    // the body of a refused attempt is not read: release it before waiting
    await response?.body?.cancel();
    await sleep(asked ?? Math.min(maxWaitMs, 1000 * 2 ** (attempt - 1)));
  }
}
