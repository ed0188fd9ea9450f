// The peak memory of `kaohe appraise … --out results.xlsx` (the results workbook, written through
// exceljs' streaming writer) over two large inputs, each through the built CLI as a process:
//   - an event CSV of 1,000,000 outage rows (100,000 subjects of 10 events each) for a scheme that reads
//     the outages only (the network operations supervisor's N1 and N2, generated here from the preset:
//     the preset itself also needs a subject table, which a CSV of events does not carry);
//   - a .xlsx of 100,000 presales engineers (one sheet, as in the adapters bench).
// Files are generated in a temporary folder and removed; the peak RSS is GNU time's (`/usr/bin/time -f %M`).
// Target: under 400 MB each.
//   node bench/workbookMemory.mjs [EVENT_ROWS] [XLSX_ROWS]     (defaults 1000000 100000)
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPreset } from '@kaohe/presets';
import { measure } from './endToEnd.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const bin = here('../packages/cli/dist/bin.js');
const require = createRequire(new URL('../packages/adapters/package.json', import.meta.url));
const EVENTS_PER_SUBJECT = 10;

/** The network operations supervisor's scheme cut down to what an outage file gives: N1 and N2. */
function outagesScheme() {
  const preset = getPreset('tech-support-center/network-ops-supervisor').scheme;
  return {
    ...preset,
    id: 'bench/network-outages',
    inputs: preset.inputs.filter((spec) => spec.name === 'outages'),
    items: preset.items.filter((item) => item.rule?.source?.events === 'outages'),
  };
}

async function writeText(file, header, count, line) {
  const out = createWriteStream(file);
  let text = header + '\n';
  for (let i = 0; i < count; i++) {
    text += line(i) + '\n';
    if (text.length > 1 << 16) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(text);
  await once(out, 'close');
}

function eventCsv(file, rows) {
  const subjects = Math.max(1, Math.floor(rows / EVENTS_PER_SUBJECT));
  const pad = (n) => String(n).padStart(2, '0');
  // Rows of a subject apart (subject i % subjects), as an export sorted by time would give them.
  return writeText(file, '工号,发生时间,影响用户数,故障恢复时长(分钟),是否本方责任', rows, (i) =>
    `E${String(i % subjects).padStart(6, '0')},2026/${7 + (i % 3)}/${1 + (i % 28)} ${i % 24}:${pad(i % 60)},${i % 7},${(i * 13) % 120},${i % 3 ? '是' : '否'}`,
  );
}

async function presalesXlsx(file, rows) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('考核表');
  sheet.addRow(['工号', '立项项目数', '中标项目数', '销售目标完成率', '降低成本评分', '项目经理评分', '销售评分', '重点项目分析评分']).commit();
  for (let i = 0; i < rows; i++) sheet.addRow([`E${String(i).padStart(6, '0')}`, 10, i % 11, `${80 + (i % 20)}%`, i % 11, 9, 8.5, (i % 10) + 0.5]).commit();
  sheet.commit();
  await workbook.commit();
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);

async function main() {
  const [eventRows = 1_000_000, xlsxRows = 100_000] = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-workbook-'));
  try {
    const scheme = join(dir, 'outages.scheme.json');
    writeFileSync(scheme, JSON.stringify(outagesScheme()));
    const csv = join(dir, 'outages.csv');
    await eventCsv(csv, eventRows);
    const xlsx = join(dir, 'presales.xlsx');
    await presalesXlsx(xlsx, xlsxRows);
    const runs = [
      [`event CSV, ${eventRows.toLocaleString('en')} rows (${mb(statSync(csv).size)} MB)`, ['--scheme', scheme, '--input', csv], join(dir, 'outages-results.xlsx')],
      [`.xlsx, ${xlsxRows.toLocaleString('en')} rows (${mb(statSync(xlsx).size)} MB)`, ['--preset', 'tech-support-center/presales-engineer', '--input', xlsx], join(dir, 'presales-results.xlsx')],
    ];
    console.log('| input → results workbook | load avg | wall | peak RSS (target < 400 MB) | workbook |');
    console.log('|---|---:|---:|---:|---:|');
    const verdicts = [];
    for (const [name, args, out] of runs) {
      const load = loadavg()[0];
      const run = measure([bin, 'appraise', ...args, '--period', '2026-Q3', '--format', 'jsonl', '--jobs', '1', '--out', out]);
      if (run.status !== 0) throw new Error(`${name}: kaohe appraise exited ${run.status}: ${run.stderr.slice(-2000)}`);
      console.log(`| ${name} | ${load.toFixed(1)} | ${run.seconds.toFixed(1)} s | ${run.peakRssMB ?? '—'} MB | ${mb(statSync(out).size)} MB |`);
      verdicts.push(`${name}: peak RSS ${run.peakRssMB} MB, ${run.peakRssMB !== null && run.peakRssMB < 400 ? 'met' : 'MISSED'}`);
    }
    for (const v of verdicts) console.log(`- ${v}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
