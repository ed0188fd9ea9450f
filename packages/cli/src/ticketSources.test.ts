import { describe, expect, it } from 'vitest';
import { runBuilt } from './testKit';

/**
 * Example K (SCHEMES.md) from every service desk `--tickets` reads, run as a process over the
 * adapters' fixtures: October alone gives 1.50 points and 150.00 CNY, and with the August and
 * September results as history the rolling threshold dismisses.
 */
const ZD = 'examples/tickets/zendesk';
const T = 'packages/adapters/fixtures/tickets';
const SOURCES = [
  ['zendesk', `${ZD}/export-2026-10.json`],
  ['jira', `${T}/jira/example-k-2026-10.json`],
  ['servicenow', `${T}/servicenow/example-k-2026-10.json`],
  ['sheet', `${T}/sheet/example-k-2026-10.csv`],
] as const;

const october = (source: string, input: string): string[] => ['appraise', '--preset', 'broadband-field-ops/technician', '--tickets', source, '--input', input, '--facts', `${ZD}/breaches-2026-10.json`, '--org', 'examples/orgs/broadband-field-ops.json', '--period', '2026-10', '--format', 'jsonl'];
const first = (stdout: string): Record<string, unknown> => JSON.parse(stdout.split('\n')[0] ?? '{}') as Record<string, unknown>;

describe('kaohe appraise --tickets: Example K from every service desk', () => {
  it.each(SOURCES)('%s: 1.50 points and 150.00 CNY; with August and September, dismissal', async (source, input) => {
    const alone = await runBuilt('.', ...october(source, input));
    expect(alone.code, alone.stderr).toBe(0);
    expect(first(alone.stdout)).toMatchObject({ type: 'result', subject: 'T-001', points: '1.50', fine: { total: '150.00' }, outcome: 'none' });
    const chained = await runBuilt('.', ...october(source, input), '--history', `${ZD}/results-2026-08.jsonl`, `${ZD}/results-2026-09.jsonl`);
    expect(chained.code, chained.stderr).toBe(0);
    expect(first(chained.stdout)).toMatchObject({ subject: 'T-001', points: '1.50', outcome: 'dismissal' });
  }, 60_000);
});
