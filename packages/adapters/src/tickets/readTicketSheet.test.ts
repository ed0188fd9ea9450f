import { appraiseRegime, compileRegime } from '@kaohe/core';
import { technician } from '@kaohe/presets';
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTicketSheet } from './readTicketSheet';
import { ticketFacts, type TicketRead } from './ticketOrders';
import { ticketProfile } from './ticketProfiles';

const csvK = fileURLToPath(new URL('../../fixtures/tickets/sheet/example-k-2026-10.csv', import.meta.url));
const compiled = compileRegime(technician);
const profile = ticketProfile('sheet', 'broadband-field-ops/technician');
const breaches = [{ at: '2026-10-10T10:45:00+08:00', kind: 'appearance' }];
const appraise = (read: TicketRead, facts: Record<string, unknown> = {}) =>
  appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches, ...facts } });
const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** Example K as a workbook a department keeps: real date cells, formatted with the time of day, and the headers another sheet uses. */
async function workbookK(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('十月工单');
  sheet.addRow(['工单编号', '业务类型', '故障等级', '派单时间', '联系时间', '到场时间', '修复时间', '处理人工号', '坐席工号']);
  const wall = (d: number, h: number, m: number) => new Date(Date.UTC(2026, 9, d, h, m));
  sheet.addRow(['GD20261008001', '报修', '一般', wall(8, 9, 0), wall(8, 9, 7), wall(8, 9, 50), wall(8, 10, 30), 'T-001', 'CS-07']);
  sheet.addRow(['GD20261008002', '报修', '一般', wall(8, 14, 0), wall(8, 14, 12), wall(8, 15, 30), wall(8, 16, 0), 'T-001', 'CS-07']);
  sheet.addRow(['GD20261010001', '报装', null, wall(10, 10, 0), wall(10, 10, 5), wall(10, 10, 45), wall(13, 9, 0), 'T-001', 'CS-07']);
  for (const col of [4, 5, 6, 7]) sheet.getColumn(col).numFmt = 'yyyy-mm-dd hh:mm';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readTicketSheet: Example K as a Chinese work-order sheet', () => {
  it('reads the GBK CSV, times read in the sheet\'s zone, to 1.50 points and 150.00 CNY', async () => {
    const read = await readTicketSheet(csvK, profile);
    expect(read.notices).toEqual([]);
    expect(read.orders.map((o) => o.order)).toEqual([
      { id: 'GD20261008001', kind: 'repair', dispatchedAt: '2026-10-08T09:00:00+08:00', contactedAt: '2026-10-08T09:07:00+08:00', onSiteAt: '2026-10-08T09:50:00+08:00', completedAt: '2026-10-08T10:30:00+08:00', agent: 'CS-07' },
      { id: 'GD20261008002', kind: 'repair', dispatchedAt: '2026-10-08T14:00:00+08:00', contactedAt: '2026-10-08T14:12:00+08:00', onSiteAt: '2026-10-08T15:30:00+08:00', completedAt: '2026-10-08T16:00:00+08:00', agent: 'CS-07' },
      { id: 'GD20261010001', kind: 'installation', dispatchedAt: '2026-10-10T10:00:00+08:00', contactedAt: '2026-10-10T10:05:00+08:00', onSiteAt: '2026-10-10T10:45:00+08:00', completedAt: '2026-10-13T09:00:00+08:00', agent: 'CS-07' },
    ]);
    expect(read.orders[0]?.provenance.fields).toMatchObject({ contactedAt: '首次联系时间|联系时间', completedAt: '完成时间|修复时间' });
    const october = appraise(read);
    expect([october.points, october.fine.total]).toEqual(['1.50', '150.00']);
    expect(october.fine.lines.map((l) => [l.rule, l.ref])).toEqual([['F1', 'GD20261010001'], ['F2', 'GD20261008002'], ['F5', 'breaches[0]']]);
    expect(appraise(read, { history: [{ month: '2026-09', points: 1 }, { month: '2026-08', points: '0.5' }] }).outcome).toBe('dismissal');
  });

  it('reads the same orders from a workbook with date cells and the other headers', async () => {
    const fromCsv = await readTicketSheet(csvK, profile);
    const read = await readTicketSheet(await workbookK(), profile, { format: 'xlsx' });
    expect(read.notices).toEqual([]);
    expect(read.orders.map((o) => o.order)).toEqual(fromCsv.orders.map((o) => o.order));
    expect([appraise(read).points, appraise(read).fine.total]).toEqual(['1.50', '150.00']);
  });
});

describe('readTicketSheet: rows that need a look, each by ticket number', () => {
  const header = '工单号,工单类型,派单时间,首次联系时间,到场时间,完成时间,处理人工号,坐席工号';
  const sheet = csv([
    header,
    'A1,报修,2026-10-20 10:00,2026-10-20 10:20,2026-10-20 10:15,2026-10-20 12:00,T-002,CS-01',
    'A2,报修,2026-10-20 11:00,,2026-10-20 11:40,2026-10-20 13:00,T-002,CS-01',
    'A3,报装,2026-10-21 09:00,2026-10-21 09:05,2026-10-21 09:40,2026-10-21 16:00,T-002,CS-01',
    'A3,报装,2026-10-21 09:00,,,2026-10-24 11:00,T-002,CS-01',
    'A4,报修,2026-10-22T09:00:00+09:00,2026-10-22 08:05,2026-10-22 08:40,2026-10-22 10:00,T-002,CS-01',
    'A5,咨询,2026-10-22 09:00,2026-10-22 09:05,,,T-002,CS-01',
    ',报修,2026-10-22 09:00,2026-10-22 09:05,,,T-002,CS-01',
  ]);
  const reading = readTicketSheet(sheet, profile);
  const codes = async (id: string) => (await reading).notices.filter((n) => n.ticket === id).map((n) => n.code);

  it('steps out of order: kept and reported', async () => {
    expect(await codes('A1')).toEqual(['ticketStepsOutOfOrder']);
  });

  it('a missing step: reported, checked by the regime as absent', async () => {
    expect(await codes('A2')).toEqual(['ticketMissingStep']);
    const result = appraiseRegime(compiled, { subject: 'T-002', period: '2026-10', facts: ticketFacts(await reading, 'T-002') });
    expect(result.lines.some((l) => l.ref === 'A2' && l.code === 'regime.check.absent')).toBe(true);
  });

  it('a reopened ticket (a second row): the last completion counts, as the installation was not done until it held', async () => {
    const read = await reading;
    const notice = read.notices.find((n) => n.ticket === 'A3');
    expect(notice?.params).toMatchObject({ step: 'completedAt', count: 2, counted: '2026-10-24T11:00:00+08:00', occurrence: 'last' });
    expect(read.orders.find((o) => o.order.id === 'A3')?.order).toMatchObject({ dispatchedAt: '2026-10-21T09:00:00+08:00', contactedAt: '2026-10-21T09:05:00+08:00', completedAt: '2026-10-24T11:00:00+08:00' });
  });

  it('a time with its own offset keeps it; times without one are the sheet\'s zone', async () => {
    const read = await reading;
    expect(read.orders.find((o) => o.order.id === 'A4')?.order).toMatchObject({ dispatchedAt: '2026-10-22T09:00:00+09:00', contactedAt: '2026-10-22T08:05:00+08:00' });
    expect(await codes('A4')).toEqual([]);
  });

  it('a kind with no mapping, and a row without a ticket number, left out and named', async () => {
    const read = await reading;
    expect(read.notices.filter((n) => n.leftOut).map((n) => n.message.en)).toEqual([
      'Row 8 of csv has no ticket number (工单号|工单编号): it is left out.',
      'Ticket A5: "咨询" (工单类型|业务类型) maps to none of repair, installation, renewal: it is left out.',
    ]);
    expect(read.orders.map((o) => o.order.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('each notice points to the row its ticket first appears on (a row without a number, to its own)', async () => {
    const read = await reading;
    expect(read.notices.map((n) => [n.ticket, n.code, n.position])).toEqual([
      ['csv:8', 'ticketNoId', 8],
      ['A1', 'ticketStepsOutOfOrder', 2],
      ['A2', 'ticketMissingStep', 3],
      ['A3', 'ticketReopened', 4],
      ['A5', 'ticketUnmappedClass', 7],
    ]);
    expect(read.orders.map((o) => [o.order.id, o.provenance.position])).toEqual([['A1', 2], ['A2', 3], ['A3', 4], ['A4', 6]]);
  });
});
