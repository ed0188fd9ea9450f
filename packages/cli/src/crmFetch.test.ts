import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import { root, run } from './testKit';

/** A Salesforce org on 127.0.0.1 answering SOQL queries with the example's pages, as the REST API documents them. */
const SF = 'examples/crm/salesforce';
const [first, last] = JSON.parse(readFileSync(join(root, SF, 'opportunities.json'), 'utf8')) as unknown[];
const history = JSON.parse(readFileSync(join(root, SF, 'opportunity-field-history.json'), 'utf8')) as unknown;
const seen: Array<{ url: string; authorization: string | undefined }> = [];
/** Answers to give before the documented one: a 503 asking to retry at once, say. */
const refusals: number[] = [];

function answer(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  seen.push({ url: `${url.pathname}${url.search}`, authorization: req.headers.authorization });
  const json = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(data));
  };
  if (req.headers.authorization !== 'Bearer good') return json(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
  const refusal = refusals.shift();
  if (refusal !== undefined) return json(refusal, [{ message: 'Server unavailable', errorCode: 'SERVER_UNAVAILABLE' }], { 'retry-after': '0' });
  if (url.pathname === '/services/data/v62.0/query') return json(200, (url.searchParams.get('q') ?? '').includes('OpportunityFieldHistory') ? history : first);
  if (url.pathname === '/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2') return json(200, last);
  return json(404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
}

const server = createServer(answer);
let org = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  org = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** `kaohe` in-process with an environment of its own (the token's variable). */
async function kaohe(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: root, env });
  return { code, stdout, stderr };
}

const scheme = ['appraise', '--preset', 'tech-department/implementation-project', '--ratings', `${SF}/ratings-implementation.csv`, '--period', '2026-Q3', '--format', 'jsonl'];
const OPPORTUNITIES = 'SELECT Id, Name, Amount, StageName, CreatedDate, (SELECT Id FROM Payments__r) FROM Opportunity';
const STAGES = "SELECT Id, OpportunityId, CreatedDate, Field, OldValue, NewValue FROM OpportunityFieldHistory WHERE Field = 'StageName'";
const live = (): string[] => ['--crm', 'salesforce', '--fetch', org, '--token-env', 'SF_TOKEN', '--soql', OPPORTUNITIES, '--stage-history-soql', STAGES];

describe('kaohe appraise --crm salesforce --fetch: a live pull', () => {
  it('reads every page with the token from the environment, retrying a 503, and gives the result line of the export', async () => {
    seen.length = 0;
    refusals.push(503);
    const pulled = await kaohe({ SF_TOKEN: 'good' }, ...scheme, ...live());
    const exported = await run(...scheme, '--crm', 'salesforce', '--input', `${SF}/opportunities.json`, '--stage-history', `${SF}/opportunity-field-history.json`);
    expect(pulled.code).toBe(0);
    // The same result but for where its facts came from (the org's records rather than the export's file).
    const withoutSources = (line: string | undefined): string => {
      const { sources: _sources, ...rest } = JSON.parse(line ?? '{}') as { sources?: unknown };
      return JSON.stringify(rest);
    };
    expect(withoutSources(pulled.stdout.split('\n')[0])).toBe(withoutSources(exported.stdout.split('\n')[0]));
    expect(JSON.parse(pulled.stdout.split('\n')[0] ?? '{}')).toMatchObject({ subject: 'PRJ-2026-002', total: '81.00', grade: { id: 'B' }, bonus: { final: '8640.00' } });
    expect(seen.map((s) => s.url.split('?')[0])).toEqual(['/services/data/v62.0/query', '/services/data/v62.0/query', '/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2', '/services/data/v62.0/query']);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set(['Bearer good']));
    expect(seen[0]?.url).toBe(`/services/data/v62.0/query?q=${encodeURIComponent(OPPORTUNITIES)}`);
  });

  it('an expired token is said to be one, and the token is never printed', async () => {
    const { code, stderr } = await kaohe({ SF_TOKEN: 'expired-secret' }, ...scheme, ...live());
    expect(code).toBe(1);
    expect(stderr).toContain('Salesforce');
    expect(stderr).toContain('Session expired or invalid');
    expect(stderr).not.toContain('expired-secret');
  });

  it('takes the token only from the variable --token-env names, and refuses what a live pull cannot be', async () => {
    expect(await kaohe({}, ...scheme, ...live())).toMatchObject({ code: 2, stderr: 'kaohe: --token-env SF_TOKEN: SF_TOKEN is not set; put the access token in it (a token is never taken from the command line, where the shell history would keep it)\n' });
    const noQuery = live().filter((a, i, all) => a !== OPPORTUNITIES && all[i + 1] !== OPPORTUNITIES);
    expect(await kaohe({ SF_TOKEN: 'good' }, ...scheme, ...noQuery)).toMatchObject({ code: 2, stderr: 'kaohe: --fetch needs --token-env <NAME> (the environment variable holding the access token) and --soql <query>\n' });
    expect(await kaohe({ SF_TOKEN: 'good' }, ...scheme, ...live(), '--input', `${SF}/opportunities.json`)).toMatchObject({ code: 2, stderr: 'kaohe: give --input or --fetch, not both\n' });
    expect(await kaohe({ SF_TOKEN: 'good' }, ...scheme, ...live().map((a) => (a === org ? 'file:///etc/passwd' : a)))).toMatchObject({ code: 2, stderr: 'kaohe: --fetch file:///etc/passwd: not the http(s) address of the org (https://yourcompany.my.salesforce.com)\n' });
    expect(await kaohe({ SF_TOKEN: 'good' }, ...scheme, ...live().map((a) => (a === 'salesforce' ? 'hubspot' : a)))).toMatchObject({ code: 2, stderr: 'kaohe: --fetch is read for salesforce only\n' });
    expect(await kaohe({ SF_TOKEN: 'good' }, ...scheme, '--crm', 'salesforce', '--input', `${SF}/opportunities.json`, '--soql', OPPORTUNITIES)).toMatchObject({ code: 2, stderr: 'kaohe: --soql is read with --fetch only\n' });
  });
});
