import { appraiseRegime, appraiseScheme, compileRegime, compileScheme, isKaoheError, isRegimeResult, KaoheError, lint, type OrgChartInput, type RegimeResult } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { exampleK } from '../fixtures';
import { fieldOpsRoles } from './organisation';
import { technician, technicianLiteral } from './technician';

const compiled = compileRegime(technician);
const at = (local: string): string => `2026-${local}:00+08:00`;

const org: OrgChartInput = {
  schemaVersion: 1,
  kind: 'orgChart',
  id: 'broadband-field-ops',
  name: { 'zh-CN': '宽带运营部', en: 'Broadband operations' },
  roles: fieldOpsRoles,
  people: [
    { id: 'OPS-01', name: '赵经理', roles: [{ role: 'ops-manager' }] },
    { id: 'A-01', name: '钱经理', roles: [{ role: 'area-manager' }] },
    { id: 'S-01', name: '孙站长', roles: [{ role: 'station-head' }] },
    { id: 'S-02', name: '李站长', roles: [{ role: 'station-head' }] },
    { id: 'T-001', name: '周师傅', roles: [{ role: 'technician' }], reportsTo: 'S-01' },
    { id: 'T-002', name: '吴师傅', roles: [{ role: 'technician' }], reportsTo: 'S-02' },
    { id: 'CS-07', name: '郑客服', roles: [{ role: 'customer-service-agent' }] },
  ],
};

function run(facts: Record<string, unknown>, period = '2026-10'): RegimeResult {
  return appraiseRegime(compiled, { subject: 'T-001', period, facts }, { org });
}

const repair = (id: string, extra: Record<string, string>) => ({ id, kind: 'repair', dispatchedAt: at('10-08T09:00'), agent: 'CS-07', ...extra });

describe('broadband-field-ops/technician: Example K', () => {
  it('gives 1.5 points and 150.00 CNY for October 2026, below the monthly threshold', () => {
    const result = appraiseRegime(compiled, exampleK);
    expect(result.points).toBe('1.50');
    expect(result.fine.total).toBe('150.00');
    expect(result.fine.lines.map((l) => [l.rule, l.ref, l.amount])).toEqual([
      ['F1', 'T3', '50.00'],
      ['F2', 'T2', '50.00'],
      ['F5', 'breaches[0]', '50.00'],
    ]);
    expect(result.sanctions).toEqual([]);
    expect(result.outcome).toBe('none');
    expect(result.collectiveFines).toEqual([]);
    expect(result.scheme).toMatchObject({ kind: 'penaltyRegime', id: 'broadband-field-ops/technician', version: '1.0.0' });
    expect(result.scheme.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('explains T2 and T3 in both locales, with provenance', () => {
    const result = appraiseRegime(compiled, exampleK);
    const late = result.lines.filter((l) => l.code === 'regime.check.late' && l.ref === 'T2' && l.rule === 'F2');
    expect(late.map((l) => l.message.en)).toEqual([
      'T2: contact with the user at 2026-10-08 14:12:00 (12 min after dispatch), not within 10 minutes of dispatch: late (deadline 2026-10-08 14:10:00)',
      'T2: arrival on site at 2026-10-08 15:30:00 (1 h 30 min after dispatch), not within 60 minutes of dispatch: late (deadline 2026-10-08 15:00:00)',
    ]);
    expect(late[1]?.message['zh-CN']).toBe('T2:上门于 2026-10-08 15:30:00(派单后1小时30分),未在派单后60分钟内:超时(期限 2026-10-08 15:00:00)');
    // Contact came before 14:15: the collective rule checked it and let it pass.
    expect(result.lines.find((l) => l.rule === 'escalation' && l.ref === 'T2')?.code).toBe('regime.check.met');
    const t3 = result.lines.find((l) => l.code === 'regime.check.late' && l.ref === 'T3');
    expect(t3?.message.en).toContain('71 h after dispatch');
    expect(t3?.provenance).toMatchObject({ source: '003_657d5f8783782398.txt' });
  });

  it('with 1.0 point in September and 0.5 in August, totals 3.0 over three months → dismissal', () => {
    const result = appraiseRegime(compiled, { ...exampleK, facts: { ...exampleK.facts, history: [{ month: '2026-09', points: 1 }, { month: '2026-08', points: '0.5' }] } });
    expect(result.points).toBe('1.50');
    expect(result.windows.find((w) => w.threshold === 'rolling-points')).toEqual({
      threshold: 'rolling-points',
      months: [
        { month: '2026-08', value: '0.50', source: 'history' },
        { month: '2026-09', value: '1.00', source: 'history' },
        { month: '2026-10', value: '1.50', source: 'period' },
      ],
      value: '3.00',
    });
    expect(result.sanctions.map((s) => [s.id, s.threshold, s.value, s.interval])).toEqual([['dismissal', 'rolling-points', '3.00', '[3, +∞)']]);
    expect(result.outcome).toBe('dismissal');
  });

  it('goes through compileScheme and appraiseScheme, JSON-ready', async () => {
    const scheme = compileScheme(JSON.parse(JSON.stringify(technician)));
    const result = await appraiseScheme(scheme, exampleK);
    expect(isRegimeResult(result)).toBe(true);
    const json = JSON.parse(JSON.stringify(result)) as { points: string; fine: { total: string }; sanctions: unknown[] };
    expect([json.points, json.fine.total, json.sanctions]).toEqual(['1.50', '150.00', []]);
  });
});

describe('deadlines by the boundary words', () => {
  it('contact at exactly 10 minutes is on time; at 10 minutes and 1 second it is late', () => {
    expect(run({ orders: [repair('R1', { contactedAt: at('10-08T09:10'), onSiteAt: at('10-08T09:30') })] }).points).toBe('0.00');
    const late = run({ orders: [repair('R1', { contactedAt: '2026-10-08T09:10:01+08:00', onSiteAt: at('10-08T09:30') })] });
    expect(late.points).toBe('0.50');
    expect(late.lines.find((l) => l.code === 'regime.check.late')?.message.en).toContain('10 min 1 s after dispatch');
  });

  it('on site at exactly 1 hour is on time', () => {
    expect(run({ orders: [repair('R1', { contactedAt: at('10-08T09:05'), onSiteAt: at('10-08T10:00') })] }).points).toBe('0.00');
    expect(run({ orders: [repair('R1', { contactedAt: at('10-08T09:05'), onSiteAt: '2026-10-08T10:00:01+08:00' })] }).points).toBe('0.50');
  });

  it('installation completed at exactly 48 hours is on time', () => {
    const install = (completedAt: string) => ({ id: 'I1', kind: 'installation', dispatchedAt: at('10-10T10:00'), contactedAt: at('10-10T10:05'), onSiteAt: at('10-10T10:45'), completedAt });
    expect(run({ orders: [install(at('10-12T10:00'))] }).points).toBe('0.00');
    expect(run({ orders: [install('2026-10-12T10:00:01+08:00')] }).points).toBe('0.50');
  });

  it('an installation past the time agreed with the user is late even within 48 hours', () => {
    const result = run({ orders: [{ id: 'I1', kind: 'installation', dispatchedAt: at('10-10T10:00'), contactedAt: at('10-10T10:05'), onSiteAt: at('10-10T10:45'), agreedAt: at('10-10T18:00'), completedAt: at('10-11T09:00') }] });
    expect(result.points).toBe('0.50');
    expect(result.fine.lines).toHaveLength(1);
  });

  it('a missing timestamp counts as missed once its deadline passed before the end of the period, and says so', () => {
    const result = run({ orders: [repair('R1', { contactedAt: at('10-08T09:05') })] });
    expect(result.points).toBe('0.50');
    const absent = result.lines.find((l) => l.code === 'regime.check.absent');
    expect(absent?.message.en).toContain('the arrival on site timestamp is absent');
    expect(absent?.message['zh-CN']).toContain('缺少上门时间');
  });

  it('a missing timestamp whose deadline falls after the period is not yet due', () => {
    const result = run({ orders: [{ id: 'R9', kind: 'repair', dispatchedAt: at('10-31T23:55'), contactedAt: at('10-31T23:58') }] });
    expect(result.points).toBe('0.00');
    expect(result.lines.some((l) => l.code === 'regime.check.pending')).toBe(true);
  });

  it('rejects a timestamp before dispatch, naming the order and the field', () => {
    try {
      run({ orders: [repair('R7', { contactedAt: at('10-08T08:59'), onSiteAt: at('10-08T09:30') })] });
      expect.unreachable();
    } catch (error) {
      expect(isKaoheError(error)).toBe(true);
      const e = error as KaoheError;
      expect(e.code).toBe('timestamp_before_start');
      expect(e.path).toEqual(['facts', 'orders', 0, 'contactedAt']);
      expect(e.format('en')).toContain('order R7: contactedAt');
      expect(e.format('zh-CN')).toContain('工单 R7');
    }
  });

  it('dates an order by its local time in Asia/Shanghai: 2026-07-01T00:30:00+08:00 is in July', () => {
    const order = { id: 'J1', kind: 'repair', dispatchedAt: '2026-07-01T00:30:00+08:00', contactedAt: '2026-07-01T00:35:00+08:00', onSiteAt: '2026-07-01T01:40:00+08:00' };
    const july = run({ orders: [order] }, '2026-07');
    expect(july.points).toBe('0.50');
    expect(july.warnings).toEqual([]);
    const june = run({ orders: [{ ...order, dispatchedAt: '2026-06-30T16:30:00Z' }] }, '2026-06');
    expect(june.points).toBe('0.00');
    expect(june.warnings.map((w) => w.code)).toEqual(['event_outside_period']);
  });
});

describe('collective fine at 15 minutes', () => {
  it('fines the technician, station head, area manager, customer-service agent and operations manager 200 CNY each', () => {
    const result = run({ orders: [repair('R1', { contactedAt: '2026-10-08T09:15:01+08:00', onSiteAt: at('10-08T09:40') })] });
    expect(result.points).toBe('0.50');
    expect(result.fine.total).toBe('250.00');
    expect(result.fine.lines.map((l) => [l.rule, l.kind, l.amount])).toEqual([
      ['F2', 'points', '50.00'],
      ['escalation', 'collective', '200.00'],
    ]);
    expect(result.collectiveFines.map((f) => [f.role, f.person, f.personName, f.amount])).toEqual([
      ['station-head', 'S-01', '孙站长', '200.00'],
      ['area-manager', 'A-01', '钱经理', '200.00'],
      ['customer-service-agent', 'CS-07', '郑客服', '200.00'],
      ['ops-manager', 'OPS-01', '赵经理', '200.00'],
    ]);
    expect(result.collectiveFines[0]?.reason['zh-CN']).toContain('站长 S-01 孙站长 罚款 200.00 元');
  });

  it('does not fire when contact comes at exactly 15 minutes', () => {
    const result = run({ orders: [repair('R1', { contactedAt: at('10-08T09:15'), onSiteAt: at('10-08T09:40') })] });
    expect(result.collectiveFines).toEqual([]);
    expect(result.fine.total).toBe('50.00');
  });

  it('lists a payer it cannot resolve with person null and a warning', () => {
    const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { orders: [{ id: 'R1', kind: 'repair', dispatchedAt: at('10-08T09:00') }] } });
    expect(result.collectiveFines.map((f) => [f.role, f.person])).toEqual([
      ['station-head', null],
      ['area-manager', null],
      ['customer-service-agent', null],
      ['ops-manager', null],
    ]);
    expect(result.warnings.filter((w) => w.code === 'payer_unresolved')).toHaveLength(4);
  });
});

describe('thresholds', () => {
  it('a monthly total of exactly 2.0 points brings dismissal', () => {
    const result = run({ breaches: [{ at: at('10-02T10:00'), kind: 'verifiedComplaint' }, { at: at('10-03T10:00'), kind: 'verifiedComplaint' }] });
    expect(result.points).toBe('2.00');
    expect(result.fine.total).toBe('200.00');
    expect(result.sanctions.map((s) => [s.id, s.threshold, s.value])).toEqual([['dismissal', 'monthly-points', '2.00']]);
  });

  it('1.5 points in a month bring nothing', () => {
    const result = run({ breaches: [{ at: at('10-02T10:00'), kind: 'verifiedComplaint' }, { at: at('10-03T10:00'), kind: 'appearance' }] });
    expect([result.points, result.sanctions]).toEqual(['1.50', []]);
  });

  it('a three-month total of 2.5 brings nothing; 3.0 brings dismissal', () => {
    const october = { breaches: [{ at: at('10-02T10:00'), kind: 'verifiedComplaint' }] };
    const under = run({ ...october, history: [{ month: '2026-09', points: 1 }, { month: '2026-08', points: 0.5 }, { month: '2026-07', points: 1.5 }] });
    expect(under.windows.find((w) => w.threshold === 'rolling-points')?.value).toBe('2.50');
    expect(under.sanctions).toEqual([]);
    const at3 = run({ ...october, history: [{ month: '2026-09', points: 1.5 }, { month: '2026-08', points: 0.5 }] });
    expect(at3.windows.find((w) => w.threshold === 'rolling-points')?.value).toBe('3.00');
    expect(at3.sanctions.map((s) => s.id)).toEqual(['dismissal']);
  });

  it('says when a month of the window has no history', () => {
    const result = run({ history: [{ month: '2026-09', points: 1 }] });
    expect(result.lines.find((l) => l.code === 'regime.history.none')?.message.en).toBe('2026-08: no history given, counted as 0');
  });

  it('fines conduct breaches 50 CNY each and dismisses over three in a month', () => {
    const conduct = (day: string) => ({ at: at(`10-${day}T10:00`), kind: 'conduct' });
    const three = run({ breaches: ['01', '02', '03'].map(conduct) });
    expect([three.points, three.fine.total, three.sanctions]).toEqual(['0.00', '150.00', []]);
    const four = run({ breaches: ['01', '02', '03', '04'].map(conduct) });
    expect(four.fine.total).toBe('200.00');
    expect(four.sanctions.map((s) => [s.id, s.threshold])).toEqual([['dismissal', 'conduct-monthly']]);
  });

  it('reads attendance: 3 lapses criticised, 4 reported; the literal variant gives 3 to both tiers', () => {
    expect(run({ attendanceLapses: 3 }).sanctions.map((s) => s.id)).toEqual(['criticism']);
    expect(run({ attendanceLapses: 4 }).sanctions.map((s) => s.id)).toEqual(['report']);
    expect(run({ attendanceLapses: 0 }).sanctions).toEqual([]);
    const literal = technicianLiteral.thresholds?.find((t) => t.id === 'attendance');
    expect(literal?.tiers).toEqual([
      expect.objectContaining({ max: 3, maxInclusive: true, sanction: 'criticism' }),
      expect.objectContaining({ min: 3, minInclusive: true, sanction: 'report' }),
    ]);
    expect(compileRegime(technicianLiteral).scheme.id).toBe('broadband-field-ops/technician.literal');
  });

  it('rejects unknown keys on an order', () => {
    expect(() => run({ orders: [repair('R1', { contactedAt: at('10-08T09:05'), onsiteAt: at('10-08T09:30') })] })).toThrow(/onsiteAt/);
  });
});

describe('lint', () => {
  it('finds nothing in the chosen reading and the overlap at 3 in the literal attendance rule', () => {
    expect(lint(technician)).toEqual([]);
    expect(lint(technicianLiteral).map((f) => [f.code, f.params.threshold, f.params.interval])).toEqual([['threshold_overlap', 'attendance', '[3, 3]']]);
  });
});
