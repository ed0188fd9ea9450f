// Appraise a department from the spreadsheets it keeps: read each workbook or CSV file with the
// column mapping generated from the preset's scheme, list every row that could not be used with
// its reason, appraise the rest, and write the results back into a workbook.
//   node main.mjs [--en] [--out results.xlsx]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAllInputs, readResultsWorkbook, writeResultsWorkbook } from '@kaohe/adapters';
import { appraise, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : join(mkdtempSync(join(tmpdir(), 'kaohe-example-')), 'results.xlsx');

const jobs = [
  // A workbook saved by LibreOffice: a merged title row, Chinese headers, Excel date-times, two sheets.
  { preset: 'tech-support-center/network-ops-supervisor', files: ['network-ops-supervisor.xlsx'] },
  // A CSV file saved in GBK, with "95%" typed as text; the period is not in the file.
  { preset: 'tech-support-center/presales-engineer', files: ['presales-engineer.gbk.csv', 'presales-engineer-late.csv'], period: '2026-Q3' },
];

const results = [];
for (const job of jobs) {
  const { scheme } = getPreset(job.preset);
  const compiled = compile(scheme, { schemes: presetSchemes });
  const { inputs, report } = await readAllInputs(job.files.map(here), { scheme, schemes: presetSchemes, period: job.period });
  for (const row of report.rejected) {
    for (const cell of row.issues) console.log(`rejected ${cell.sheet}!${cell.column}${cell.row} ${cell.header}: ${cell.message[locale]}`);
  }
  for (const input of inputs) {
    const result = await appraise(compiled, input);
    results.push(result);
    console.log(`${result.subject} ${result.total} ${result.outcome}`);
  }
}

await writeResultsWorkbook(results, out, { locale });
const sheets = await readResultsWorkbook(out);
console.log(`workbook ${sheets.map((s) => `${s.sheet}:${s.rows.length}`).join(' ')}`);
