import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `kaohe appraise` on an example file and returns the parsed JSON output. */
async function appraise(preset: string, file: string, ...extra: string[]): Promise<Array<Record<string, unknown>>> {
  let stdout = '';
  let stderr = '';
  const code = await main(['appraise', '--preset', preset, '--input', `examples/subjects/${file}`, ...extra], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: root,
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return (JSON.parse(stdout) as { results: Array<Record<string, unknown>> }).results;
}

type Scored = { total: string; band: { id: string } | null; outcome: string; items: Array<{ id: string; points: string }> };
const summary = (r: Record<string, unknown>) => {
  const s = r as unknown as Scored;
  return { total: s.total, band: s.band?.id ?? null, outcome: s.outcome, items: Object.fromEntries(s.items.map((i) => [i.id, i.points])) };
};

describe('the worked examples of the specification through `kaohe appraise`', () => {
  it('A: department manager 84, qualified; the same with a safety incident fails by V1', async () => {
    const [plain, vetoed] = await appraise('tech-support-center/department-manager', 'example-a.json');
    const items = { M1: '10.00', M2: '15.00', M3: '20.00', M4: '15.00', M5: '8.00', M6: '9.00', M7: '7.00' };
    expect(summary(plain ?? {})).toEqual({ total: '84.00', band: 'qualified', outcome: 'qualified', items });
    expect(summary(vetoed ?? {})).toEqual({ total: '84.00', band: 'qualified', outcome: 'fail', items });
    expect((vetoed?.['vetoes'] as Array<{ id: string }>).map((v) => v.id)).toEqual(['V1']);
  });

  it('D: implementation engineer 90, good', async () => {
    const [d] = await appraise('tech-support-center/implementation-engineer', 'example-d.json');
    expect(summary(d ?? {})).toEqual({ total: '90.00', band: 'good', outcome: 'good', items: { I1: '30.00', I2: '15.00', I3: '20.00', I4: '10.00', I5: '5.00', I6: '10.00' } });
  });

  it('E: after-sales supervisor 70.5, qualified', async () => {
    const [e] = await appraise('tech-support-center/after-sales-supervisor', 'example-e.json');
    expect(summary(e ?? {})).toEqual({ total: '70.50', band: 'qualified', outcome: 'qualified', items: { A1: '27.00', A2: '28.50', A3: '10.00', A4: '5.00', A5: '10.00', A6: '-10.00' } });
  });

  it('F: IDC engineer 82.4, qualified', async () => {
    const [f] = await appraise('tech-support-center/idc-engineer', 'example-f.json');
    expect(summary(f ?? {})).toEqual({ total: '82.40', band: 'qualified', outcome: 'qualified', items: { D1: '20.00', D2: '27.60', D3: '15.00', D4: '19.80' } });
  });

  it('G: customer-service representative 89.5, qualified', async () => {
    const [g] = await appraise('ops-department/customer-service-rep', 'example-g.json');
    expect(summary(g ?? {})).toEqual({ total: '89.50', band: 'qualified', outcome: 'qualified', items: { W1: '36.00', W2: '25.50', W3: '20.00', W4: '8.00' } });
  });

  type Project = { total: string; grade: { id: string }; bonus: { base: string; full: string; final: string; pool: string; director: string; shares: { leader: string; engineers: string } | null; perQuarter?: string } };

  it('H: presales project 83, B, and its bonus to the cent', async () => {
    const [h] = (await appraise('tech-department/presales-project', 'example-h.json')) as unknown as Project[];
    expect([h?.total, h?.grade.id]).toEqual(['83.00', 'B']);
    const { base, full, final, pool, director, shares } = h?.bonus ?? ({} as Project['bonus']);
    expect({ base, full, final, pool, director, shares }).toEqual({
      base: '10000.00',
      full: '12100.00',
      final: '9680.00',
      pool: '2420.00',
      director: '2904.00',
      shares: { leaderShare: '0.4', leader: '3872.00', engineers: '5808.00' },
    });
  });

  it('I: implementation project 81, B, and its bonus to the cent', async () => {
    const [i] = (await appraise('tech-department/implementation-project', 'example-i.json')) as unknown as Project[];
    expect([i?.total, i?.grade.id]).toEqual(['81.00', 'B']);
    const { base, full, final, pool, director, shares } = i?.bonus ?? ({} as Project['bonus']);
    expect({ base, full, final, pool, director, shares }).toEqual({
      base: '7500.00',
      full: '10800.00',
      final: '8640.00',
      pool: '2160.00',
      director: '2592.00',
      shares: { leaderShare: '0.5', leader: '4320.00', engineers: '4320.00' },
    });
  });

  it('J: after-sales project 92, A, 1,250.00 for the quarter', async () => {
    const [j] = (await appraise('tech-department/after-sales-project', 'example-j.json')) as unknown as Project[];
    expect([j?.total, j?.grade.id, j?.bonus.final, j?.bonus.perQuarter]).toEqual(['92.00', 'A', '1250.00', '1250.00']);
  });

  it('K: technician 1.5 points and 150.00 CNY for October; with the history, 3.0 in three months and dismissal', async () => {
    type Regime = { subject: string; points: string; fine: { total: string }; outcome: string; sanctions: Array<{ id: string }>; collectiveFines: unknown[] };
    const results = (await appraise('broadband-field-ops/technician', 'example-k.json', '--org', 'examples/orgs/broadband-field-ops.json')) as unknown as Regime[];
    expect(results.map((r) => [r.subject, r.points, r.fine.total, r.outcome, r.sanctions.map((s) => s.id), r.collectiveFines.length])).toEqual([
      ['T-001', '1.50', '150.00', 'none', [], 0],
      ['T-001-H', '1.50', '150.00', 'dismissal', ['dismissal'], 0],
    ]);
  });
});
