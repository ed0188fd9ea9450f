import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes, vendorScorecard } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { onTimeCounts } from './onTimeCounts';
import { readTicketSheet } from './readTicketSheet';
import { parseTicketProfile } from './TicketProfile';
import { ticketFacts } from './ticketOrders';
import { TICKET_PROFILES, ticketProfile } from './ticketProfiles';

const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));
const compiledPreset = (id: string) => compile(getPreset(id)?.scheme ?? id, { schemes: presetSchemes });
const points = (items: ReadonlyArray<{ id: string; points: string }>) => Object.fromEntries(items.map((i) => [i.id, i.points]));

describe('outsourced-maintenance/vendor from a work-order sheet', () => {
  it('gives the tickets fact by fault class, and the scorecard the figure of the SLA table by hand', async () => {
    const read = await readTicketSheet(
      csv([
        '工单号,故障等级,派单时间,接单时间,修复时间,确认时间,代维单位,处理人工号',
        'K1,重大故障,2026-10-05 10:00:00,2026-10-05 10:30:00,2026-10-05 14:00:00,2026-10-05 15:00:00,vendor-A,W-01',
        'K2,一级,2026-10-05 10:00:00,2026-10-05 10:30:01,2026-10-05 14:00:01,,vendor-A,W-02',
        'K3,一般,2026-10-05 10:00:00,2026-10-05 12:00:00,,,vendor-A,W-01',
      ]),
      ticketProfile('sheet', 'outsourced-maintenance/vendor'),
    );
    const facts = ticketFacts(read, 'vendor-A');
    expect(facts['tickets']).toEqual([
      { id: 'K1', faultClass: 'critical', dispatchedAt: '2026-10-05T10:00:00+08:00', respondedAt: '2026-10-05T10:30:00+08:00', restoredAt: '2026-10-05T14:00:00+08:00', confirmedAt: '2026-10-05T15:00:00+08:00', handler: 'W-01' },
      { id: 'K2', faultClass: 'critical', dispatchedAt: '2026-10-05T10:00:00+08:00', respondedAt: '2026-10-05T10:30:01+08:00', restoredAt: '2026-10-05T14:00:01+08:00', handler: 'W-02' },
      { id: 'K3', faultClass: 'minor', dispatchedAt: '2026-10-05T10:00:00+08:00', respondedAt: '2026-10-05T12:00:00+08:00', handler: 'W-01' },
    ]);
    const quiet = { reports: [], faultyParts: [], contractStaff: 20, staffChanges: 0, unapprovedStaffChanges: 0, spotCheckFindings: 0, keyManagementFindings: 0 };
    // The vendor's scheme reads id, faultClass and the four times; the handler stays in the provenance.
    const tickets = (facts['tickets'] as Array<Record<string, string>>).map(({ handler: _h, ...t }) => t);
    const result = appraiseSync(compile(vendorScorecard()), { subject: 'vendor-A', period: '2026-10', facts: { ...quiet, tickets } });
    // K2 answered 1 s past 30 min (−2); K2 restored 1 s past 4 h and K3 not restored within 24 h (−5 each): 100 − 12.
    expect([points(result.items)['V1'], points(result.items)['V2'], result.total]).toEqual(['-2.00', '-10.00', '88.00']);
  });
});

describe('tech-support-center/after-sales-supervisor (A2) from a work-order sheet', () => {
  it('counts 95 of 100 tickets on time, which gives Example E: A2 28.50, total 70.50', async () => {
    const limits = [['一级', 4], ['二级', 8], ['三级', 24]] as const;
    const rows = ['服务单号,故障等级,派单时间,完成时间,签回时间,主管工号,处理人工号'];
    for (let i = 1; i <= 100; i += 1) {
      const [level, hours] = limits[i % 3] as (typeof limits)[number];
      const dispatched = Date.UTC(2026, 8, 1 + (i % 28), 1); // 09:00 in Asia/Shanghai
      // Every twentieth ticket is completed one second past its limit; the others with the limit to spare.
      const done = dispatched + hours * 3_600_000 + (i % 20 === 0 ? 1000 : -60_000);
      const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
      rows.push(`S${i},${level},${local(dispatched)},${local(done)},${local(done + 3_600_000)},M-01,E-0${i % 5}`);
    }
    const read = await readTicketSheet(csv(rows), ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'));
    expect(read.notices).toEqual([]);
    const facts = ticketFacts(read, 'M-01');
    expect(facts).toEqual({ ticketsOnTime: 95, ticketsTotal: 100 });
    const other = { customerSatisfaction: 0.9, midLevelEngineersTrained: 1, formNonconformities: 1, stockNonconformities: 0, customerComplaints: 1 };
    const result = appraiseSync(compiledPreset('tech-support-center/after-sales-supervisor'), { subject: 'M-01', period: '2026-Q3', facts: { ...other, ...facts } });
    expect(points(result.items)['A2']).toBe('28.50');
    expect(result.total).toBe('70.50');
  });
});

describe('tech-department/after-sales-project (timeliness) from a work-order sheet', () => {
  const profile = ticketProfile('sheet', 'tech-department/after-sales-project');
  const sheet = csv([
    '工单号,项目编号,故障等级,报障时间,修复时间',
    'P1,XM-2026-07,一级,2026-09-01 09:00,2026-09-01 13:00',
    'P2,XM-2026-07,二级,2026-09-02 09:00,2026-09-02 17:00:01',
    'P3,XM-2026-07,三级,2026-09-03 09:00,2026-09-04 08:00',
    'P4,XM-2026-07,三级,2026-09-30 20:00,',
    'P5,XM-2026-08,三级,2026-09-03 09:00,2026-09-03 10:00',
  ]);

  it('counts on time to the limit itself; a ticket still open within its limit at the period\'s end is left out', async () => {
    const read = await readTicketSheet(sheet, profile);
    expect(ticketFacts(read, 'XM-2026-07', { until: '2026-10-01T00:00:00+08:00' })).toEqual({ ticketsOnTime: 2, ticketsTotal: 3 });
    expect(ticketFacts(read, 'XM-2026-07')).toEqual({ ticketsOnTime: 2, ticketsTotal: 4 });
    expect(ticketFacts(read, 'XM-2026-08')).toEqual({ ticketsOnTime: 1, ticketsTotal: 1 });
  });

  it('gives timeliness 40 × 2/3 = 26.67 by hand, and Example J\'s 40.00 with every ticket on time', async () => {
    const read = await readTicketSheet(sheet, profile);
    const exampleJ = { contractValue: 1_000_000, serviceQuarters: 4, budget: 10_000, actualCost: 11_000 };
    const ratings = { quality: { self: 27, salesRep: 26, financeRep: 25, superior: 26 }, documentation: { self: 8, salesRep: 8, financeRep: 8, superior: 8 } };
    const compiled = compiledPreset('tech-department/after-sales-project');
    const appraise = (facts: Record<string, unknown>) => points(appraiseSync(compiled, { subject: 'XM', period: '2026-Q3', facts: { ...exampleJ, ...facts }, ratings }).items);
    expect(appraise(ticketFacts(read, 'XM-2026-07', { until: '2026-10-01T00:00:00+08:00' }))['timeliness']).toBe('26.67');
    expect(appraise(ticketFacts(read, 'XM-2026-08'))).toEqual({ timeliness: '40.00', quality: '26.00', cost: '18.00', documentation: '8.00' });
  });

  it('refuses an on-time count whose classes have no limit, or that names no step', () => {
    const base = TICKET_PROFILES['sheet/tech-department/after-sales-project'];
    expect(() => parseTicketProfile({ ...base, onTime: { from: 'dispatchedAt', to: 'completedAt', limits: { critical: { hours: 4 } } } })).toThrow(/class "major" has no on-time limit/);
    expect(() => parseTicketProfile({ ...base, onTime: { from: 'dispatchedAt', to: 'signedBackAt', limits: {} } })).toThrow(/onTime.to "signedBackAt" is none of the steps/);
  });

  it('reads a limit of a decimal number of hours exactly', () => {
    const rule = { from: 'a', to: 'b', limits: { x: { hours: '1.5' } }, onTimeFact: 'on', totalFact: 'all', classField: 'k' };
    expect(onTimeCounts([{ k: 'x', a: '2026-10-01T00:00:00Z', b: '2026-10-01T01:30:00Z' }, { k: 'x', a: '2026-10-01T00:00:00Z', b: '2026-10-01T01:30:00.001Z' }], rule)).toEqual({ on: 1, all: 2 });
  });
});
