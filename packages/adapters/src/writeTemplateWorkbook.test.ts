import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, inflateRawSync } from 'node:zlib';
import { appraiseSync, compile, type Appraisal } from '@kaohe/core';
import { getPreset, presets, presetSchemes } from '@kaohe/presets';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppraisalInput } from './appraisalInput.js';
import type { Locale } from './localizedMessage.js';
import type { Mapping } from './mappingSchema.js';
import { bindHeaders } from './bindHeaders.js';
import { readAllInputs } from './readInputs.js';
import { schemeMapping } from './schemeMapping.js';
import { sheetGuide } from './sheetGuide.js';
import { writeTemplateWorkbook } from './writeTemplateWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NETWORK = 'tech-support-center/network-ops-supervisor';
const PRESALES = 'tech-support-center/presales-engineer';
const jsonInputs = (name: string): AppraisalInput[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/spreadsheets/${name}`, import.meta.url)), 'utf8')) as AppraisalInput[];

type Cell = string | number | boolean | null;

/** The value an input gives a column of a subject table: what a person would type in the template. */
function subjectCell(input: AppraisalInput, to: string): Cell {
  if (to === 'subject' || to === 'name' || to === 'period') return (input as unknown as Record<string, Cell>)[to] ?? null;
  const [head, item, rater] = to.split('.');
  if (head === 'ratings') {
    const rating = (input.ratings as Record<string, unknown> | undefined)?.[item as string];
    return (rater === undefined ? rating : (rating as Record<string, unknown> | undefined)?.[rater]) as Cell;
  }
  const fact = (input.facts as Record<string, unknown>)[to];
  return Array.isArray(fact) ? null : ((fact ?? null) as Cell);
}

/** Fills the template's sheets with the inputs (over the sample row) and reads the bytes back with the same mapping. */
async function fillAndRead(file: string, mapping: Mapping, inputs: readonly AppraisalInput[]): Promise<Awaited<ReturnType<typeof readAllInputs>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  mapping.tables.forEach((table, t) => {
    const sheet = workbook.worksheets[t] as ExcelJS.Worksheet;
    sheet.spliceRows(2, 1);
    if (table.mode === 'perSubject') {
      for (const input of inputs) sheet.addRow(table.columns.map((c) => subjectCell(input, c.to)));
      return;
    }
    for (const input of inputs) {
      for (const event of ((input.facts as Record<string, unknown>)[table.fact as string] ?? []) as Record<string, Cell>[]) {
        sheet.addRow(table.columns.map((c) => (c.to === 'subject' ? input.subject : c.to === 'period' ? input.period : (event[c.to.replace(/^fields\./, '')] ?? null))));
      }
    }
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return readAllInputs(bytes, { mapping });
}

/** The XML of one part of an .xlsx file, inflated from its local zip entry (enough to look at what a reader would hide). */
function sheetXml(bytes: Buffer, part: string): string {
  const at = bytes.indexOf(Buffer.from(part));
  const extra = bytes.readUInt16LE(at - 2);
  return inflateRawSync(bytes.subarray(at + part.length + extra), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
}

function figures(a: Appraisal): unknown {
  return [a.subject, a.total, a.band?.id ?? null, a.items.map((i) => [i.id, i.points])];
}

describe('writeTemplateWorkbook', () => {
  for (const [id, json, locale] of [
    [PRESALES, 'presales-engineer.inputs.json', 'zh-CN'],
    [NETWORK, 'network-ops-supervisor.inputs.json', 'en'],
  ] as const) {
    it(`${id} (${locale}): filled in, it reads back into inputs that appraise as the JSON ones`, async () => {
      const mapping = schemeMapping(getPreset(id)?.scheme, { schemes: presetSchemes });
      const file = join(dir, `${id.replace('/', '-')}.${locale}.xlsx`);
      await writeTemplateWorkbook(mapping, file, { locale, period: '2026-Q3' });
      const want = jsonInputs(json);
      const { inputs, report } = await fillAndRead(file, mapping, want);
      expect(report.rejected).toEqual([]);
      expect(report.sheets.map((s) => s.table)).toEqual([...mapping.tables.map((t) => t.id), null]);
      const scheme = compile(getPreset(id)?.scheme, { schemes: presetSchemes });
      expect(inputs.map((i) => figures(appraiseSync(scheme, i)))).toEqual(want.map((i) => figures(appraiseSync(scheme, i))));
      if (id === PRESALES) expect(appraiseSync(scheme, inputs[0]).total).toBe('90.14');
    });
  }

  it('heads the sheet with the headers the mapping reads, with a sample row, drop-down lists and a notes sheet in both languages', async () => {
    const mapping = schemeMapping(getPreset(NETWORK)?.scheme, { schemes: presetSchemes });
    const file = join(dir, 'network.xlsx');
    await writeTemplateWorkbook(mapping, file, { period: '2026-Q3', rows: 20 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['考核表', '故障记录', '填写说明']);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as Cell[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['工号', '姓名', '考核期间', '网络质量评定']);
    const sample = (sheet.getRow(2).values as Cell[]).slice(1);
    expect(sample.slice(0, 4)).toEqual(['E001', '张三', '2026-Q3', '好']);
    const quality = sheet.getCell('D3').dataValidation;
    expect(quality).toMatchObject({ type: 'list', formulae: ['"好,合格,不合格"'] });
    // One range per column: per-cell validations came out of exceljs as overlapping ranges (D10:D21 and D2:D21).
    expect(sheetXml(readFileSync(file), 'xl/worksheets/sheet1.xml').match(/sqref="[^"]+"/g)).toEqual(['sqref="D2:D21"', 'sqref="G2:G21"']);
    expect(String(sheet.getCell('A1').note)).toContain('Employee ID');
    const notes = workbook.worksheets[2] as ExcelJS.Worksheet;
    expect((notes.getRow(2).values as Cell[]).slice(1, 6)).toEqual(['考核表', 'A', '“工号”', '"Employee ID"', '必填 required']);
    expect(String(notes.getCell('F5').value)).toContain('下列之一：好、合格、不合格');
    expect(String(notes.getCell('G5').value)).toContain('one of: good, pass, fail');
    // The template as written (sample rows only) reads without a rejected row.
    const { report } = await readAllInputs(file, { mapping });
    expect(report.rejected).toEqual([]);
  });

  it('binds every column of every scorecard preset to its own header, in Chinese and in English', () => {
    const context = { timeZone: 'Asia/Shanghai', date1904: false };
    for (const preset of presets.filter((p) => (p.scheme as { kind?: string }).kind === 'scorecard')) {
      const mapping = schemeMapping(preset.scheme, { schemes: presetSchemes });
      sheetGuide(mapping).forEach((guide, t) => {
        const table = mapping.tables[t]!;
        for (const locale of ['zh-CN', 'en'] as Locale[]) {
          const binding = bindHeaders(guide.columns.map((c) => c.header[locale]), table, 'sheet', context);
          expect(binding.columns.map((b) => [b.column.to, b.index]), `${preset.id} ${table.id} ${locale}`).toEqual(table.columns.map((c, i) => [c.to, i]));
          expect(binding.unmapped).toEqual([]);
        }
      });
    }
  });
});
