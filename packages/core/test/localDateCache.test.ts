// readFacts dates instants through an offset cached per UTC hour: it must give exactly the local
// dates localDateOf gives, across daylight-saving changes, half-hour zones and half-hour shifts.
import { describe, expect, it } from 'vitest';
import { readFacts } from '../src/evaluate/readInput';
import type { FactSpec } from '../src/model/inputs';
import { localDateOf } from '../src/time/zonedDate';

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
const spec = [{ name: 'at', type: 'datetime', description: { en: 'when', 'zh-CN': '时间' } }] as unknown as FactSpec[];

function instants(): number[] {
  const out: number[] = [];
  let seed = 7;
  const next = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const from = Date.UTC(2019, 0, 1);
  const to = Date.UTC(2027, 0, 1);
  for (let i = 0; i < 3000; i += 1) out.push(Math.floor((from + next() * (to - from)) / 60_000) * 60_000);
  // Every quarter hour around local midnights and DST changes of two years, by brute force.
  for (let t = Date.UTC(2026, 2, 1); t < Date.UTC(2026, 3, 15); t += 15 * 60_000) out.push(t);
  for (let t = Date.UTC(2026, 9, 1); t < Date.UTC(2026, 10, 10); t += 15 * 60_000) out.push(t);
  return out;
}

describe('local dates of instants in readFacts', () => {
  it.each(ZONES)('%s: the same local date as localDateOf', (zone) => {
    for (const ms of instants()) {
      const iso = new Date(ms).toISOString();
      const { facts } = readFacts(spec, { at: iso }, zone);
      const value = facts.at as { local: unknown };
      expect(value.local, `${iso} in ${zone}`).toEqual(localDateOf(ms, zone));
    }
  });
});
