import { Readable } from 'node:stream';
import unzipper from 'unzipper';
import { describe, expect, it } from 'vitest';
import { readAllInputs } from './readInputs.js';
import { readResultsWorkbook } from './readResultsWorkbook.js';
import type { ResultForWorkbook } from './resultForWorkbook.js';
import { resultsWorkbookBuffer, writeResultsWorkbookFrom } from './writeResultsWorkbook.js';
import { PassThrough } from 'node:stream';

async function zipPart(bytes: Buffer, path: string): Promise<string> {
  const zip = unzipper.Parse({ forceStream: true });
  Readable.from([bytes]).pipe(zip);
  let text = '';
  for await (const entry of zip) {
    if (entry.path === path) for await (const chunk of entry) text += String(chunk);
    else entry.autodrain();
  }
  return text;
}

const name = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const scheme = { id: 'tech-support-center/presales-engineer', version: 1, hash: 'sha256:abc', name: name('售前技术工程师', 'Presales engineer') };

function result(subject: string, points: string[], total: string): ResultForWorkbook {
  const ids = ['P1', 'P2', 'P3', 'P4', 'P5'];
  return {
    subject,
    period: '2026-Q3',
    scheme,
    total,
    band: { id: 'good', name: name('良好', 'good') },
    outcome: 'good',
    vetoes: [],
    items: ids.map((id, i) => ({
      id,
      name: name(`项目${id}`, `Item ${id}`),
      points: points[i]!,
      lines: i === 0 ? [{ code: 'ratio', amount: points[i]!, message: name('20 × 0.6 / 0.7 = 17.14', '20 × 0.6 / 0.7 = 17.14') }] : [],
    })),
  };
}

const network: ResultForWorkbook = {
  subject: 'E1001',
  period: '2026-Q3',
  scheme: { id: 'tech-support-center/network-ops-supervisor', version: '1.0.0' },
  total: '90.00',
  band: { id: 'good', name: name('良好', 'good') },
  outcome: 'good',
  vetoes: [],
  items: [
    { id: 'N1', name: name('网络中断次数', 'Outages'), points: '-10.00', lines: [{ message: name('-10：9月第2次', '-10: second in September') }] },
    { id: 'N3', name: name('网络质量', 'Network quality'), points: '5.00', lines: [] },
  ],
};

const results = [
  result('E2001', ['17.14', '47.50', '8.00', '8.50', '9.00'], '90.14'),
  result('=HYPERLINK("x")', ['20.00', '50.00', '10.00', '10.00', '10.00'], '100.00'),
  result('-1', ['0.00', '0.00', '0.00', '0.00', '0.00'], '0.00'),
  network,
];

describe('writeResultsWorkbook', () => {
  it('writes a sheet per scheme that reads back with the same figures, names staying text', async () => {
    const bytes = await resultsWorkbookBuffer(results, { locale: 'zh-CN' });
    const sheets = await readResultsWorkbook(bytes);
    expect(sheets.map((s) => [s.sheet, s.itemIds])).toEqual([
      ['presales-engineer', ['P1', 'P2', 'P3', 'P4', 'P5']],
      ['network-ops-supervisor', ['N1', 'N3']],
    ]);
    expect(sheets[0]!.title).toBe('售前技术工程师 · tech-support-center/presales-engineer v1 · sha256:abc');
    expect(sheets[0]!.rows.map((r) => [r.subject, r.items, r.total, r.band])).toEqual([
      ['E2001', { P1: '17.14', P2: '47.50', P3: '8.00', P4: '8.50', P5: '9.00' }, '90.14', '良好'],
      ['=HYPERLINK("x")', { P1: '20.00', P2: '50.00', P3: '10.00', P4: '10.00', P5: '10.00' }, '100.00', '良好'],
      ['-1', { P1: '0.00', P2: '0.00', P3: '0.00', P4: '0.00', P5: '0.00' }, '0.00', '良好'],
    ]);
    expect(sheets[0]!.rows[0]!.explanation).toBe('P1: 20 × 0.6 / 0.7 = 17.14');
    expect(sheets[1]!.rows[0]).toMatchObject({ subject: 'E1001', items: { N1: '-10.00', N3: '5.00' }, total: '90.00', explanation: 'N1: -10：9月第2次' });
  });

  it('writeResultsWorkbookFrom lays out each sheet from a pass over all results, as writeResultsWorkbook does from the whole list', async () => {
    // The name and the item P6 first come with the last presales result, after the other scheme's.
    const late = { ...result('E2003', ['1.00', '1.00', '1.00', '1.00', '1.00'], '5.00'), name: '陈静' };
    const six: ResultForWorkbook = { ...late, items: [...late.items, { id: 'P6', name: name('项目P6', 'Item P6'), points: '3.00', lines: [] }] };
    const all = [results[0]!, network, results[2]!, six];
    let passes = 0;
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeResultsWorkbookFrom(
      async function* () {
        passes++;
        yield* all;
      },
      sink,
      { locale: 'en' },
    );
    // One pass for the layout, then one per scheme.
    expect(passes).toBe(3);
    const sheets = await readResultsWorkbook(Buffer.concat(chunks));
    expect(sheets.map((s) => [s.sheet, s.itemIds])).toEqual([
      ['presales-engineer', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']],
      ['network-ops-supervisor', ['N1', 'N3']],
    ]);
    expect(sheets[0]!.rows.map((r) => [r.subject, r.name, r.items.P6 ?? null, r.total])).toEqual([
      ['E2001', null, null, '90.14'],
      ['-1', null, null, '0.00'],
      ['E2003', '陈静', '3.00', '5.00'],
    ]);
    const whole = await readResultsWorkbook(await resultsWorkbookBuffer(all, { locale: 'en' }));
    expect(sheets).toEqual(whole);
  });

  it('writes the name next to the subject when a result has one, and reads it back', async () => {
    const named = [{ ...result('E2001', ['17.14', '47.50', '8.00', '8.50', '9.00'], '90.14'), name: '张伟' }, result('E2009', ['0.00', '0.00', '0.00', '0.00', '0.00'], '0.00')];
    for (const locale of ['zh-CN', 'en'] as const) {
      const bytes = await resultsWorkbookBuffer(named, { locale });
      const sheets = await readResultsWorkbook(bytes);
      expect(sheets[0]!.itemIds).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
      expect(sheets[0]!.rows.map((r) => [r.subject, r.name, r.period, r.total])).toEqual([
        ['E2001', '张伟', '2026-Q3', '90.14'],
        ['E2009', null, '2026-Q3', '0.00'],
      ]);
      const { inputs } = await readAllInputs(bytes, {
        mapping: { schemaVersion: 1, id: 'h', tables: [{ id: 't', mode: 'perSubject', headerSearchRows: 3, columns: [
          { to: 'subject', headers: [locale === 'en' ? 'Subject' : '考核对象'] },
          { to: 'name', headers: [locale === 'en' ? 'Name' : '姓名'], required: true },
        ] }] },
        period: '2026-Q3',
      });
      expect(inputs.map((i) => [i.subject, i.name])).toEqual([
        ['E2001', '张伟'],
        ['E2009', undefined],
      ]);
    }
    const plain = await readResultsWorkbook(await resultsWorkbookBuffer([network], { locale: 'zh-CN' }));
    expect(plain[0]!.rows[0]!.name).toBeNull();
  });

  it('writes English headers and lines', async () => {
    const sheets = await readResultsWorkbook(await resultsWorkbookBuffer([network], { locale: 'en' }));
    expect(sheets[0]!.rows[0]).toMatchObject({ band: 'good', explanation: 'N1: -10: second in September' });
  });

  it('stores formula-like names exactly, as text cells with a quote-prefix style, never formulas', async () => {
    const bytes = await resultsWorkbookBuffer(results);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('A4').numFmt).toBe('@');
    expect(sheet.getCell('A5').value).toBe('-1');
    expect(sheet.getCell('A3').numFmt).toBeUndefined();
    expect(sheet.getCell('C3').value).toBe(17.14);
    const styles = await zipPart(bytes, 'xl/styles.xml');
    const xfs = [...(styles.split('<cellXfs')[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs.filter((xf) => xf.includes('numFmtId="49"'))).not.toEqual([]);
    for (const xf of xfs) expect(xf.includes('quotePrefix="1"'), xf).toBe(xf.includes('numFmtId="49"'));
  });

  it('reads back through readInputs with a mapping, giving the same figures', async () => {
    const bytes = await resultsWorkbookBuffer(results);
    const { inputs } = await readAllInputs(bytes, {
      mapping: {
        schemaVersion: 1,
        id: 'results',
        tables: [
          {
            id: 'results',
            mode: 'perSubject',
            sheets: ['presales-engineer'],
            columns: [
              { to: 'subject', headers: ['考核对象'] },
              { to: 'period', headers: ['考核期间'] },
              { to: 'P1', headers: ['P1 项目P1'], type: 'decimal' },
              { to: 'total', headers: ['总分'], type: 'decimal' },
            ],
          },
        ],
      },
    });
    expect(inputs).toEqual([
      { subject: 'E2001', period: '2026-Q3', facts: { P1: '17.14', total: '90.14' } },
      { subject: '=HYPERLINK("x")', period: '2026-Q3', facts: { P1: '20', total: '100' } },
      { subject: '-1', period: '2026-Q3', facts: { P1: '0', total: '0' } },
    ]);
  });
});
