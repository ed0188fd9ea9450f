// Ingest benchmark of @kaohe/adapters (run by `pnpm --filter @kaohe/adapters bench`).
// Generates a 1,000,000-row event CSV, a 1,000,000-row subject-per-row CSV (bench/subject-csv.mjs
// at the root: presales engineers, one row in 997 with a bad cell) and a 100,000-row .xlsx in a
// temporary folder, then reads each through the bare parser and through readInputs, each in a child
// process of its own so that its peak RSS is its own (readInputs through `reader.batches()`, one
// await per batch of inputs). Prints rows/s, the ratio of readInputs to the bare parser (target
// >= 0.5), the same ratio in CPU time (the process's user and system time, steadier than the clock when other programs share the cores) and
// the peak RSS (target < 400 MB). Times count from once the modules are loaded.
// On a busy machine single runs vary by a third: BENCH_RUNS=9 runs the bare parser and
// readInputs one after the other nine times and prints the median of the nine ratios
// (and the range); BENCH_ONLY=csv, BENCH_ONLY=subjects or BENCH_ONLY=xlsx measures one input only.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const here = fileURLToPath(import.meta.url);
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
const XLSX_ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const SUBJECT_ROWS = Number(process.env.BENCH_SUBJECT_ROWS ?? 1_000_000);
const SUBJECTS = 2_000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const ONLY = process.env.BENCH_ONLY ?? '';

async function writeLines(file, header, count, line) {
  const out = createWriteStream(file);
  out.write(header + '\n');
  let buffer = [];
  for (let i = 0; i < count; i++) {
    buffer.push(line(i));
    if (buffer.length === 10_000) {
      if (!out.write(buffer.join('\n') + '\n')) await once(out, 'drain');
      buffer = [];
    }
  }
  out.end(buffer.length ? buffer.join('\n') + '\n' : '');
  await once(out, 'finish');
}

async function makeCsv(file) {
  const pad = (n) => String(n).padStart(2, '0');
  await writeLines(file, '工号,发生时间,影响用户数,故障恢复时长(分钟),是否本方责任', CSV_ROWS, (i) =>
    `E${String(i % SUBJECTS).padStart(5, '0')},2026/${7 + (i % 3)}/${1 + (i % 28)} ${i % 24}:${pad(i % 60)},${i % 7},${(i * 13) % 120},${i % 3 ? '是' : '否'}`,
  );
}

function makeSubjectCsv(file) {
  const script = fileURLToPath(new URL('../../../bench/subject-csv.mjs', import.meta.url));
  const child = spawnSync(process.execPath, [script, String(SUBJECT_ROWS), file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench/subject-csv.mjs failed: ${child.stderr}`);
}

async function makeXlsx(file) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('考核表');
  sheet.addRow(['工号', '立项项目数', '中标项目数', '销售目标完成率', '降低成本评分', '项目经理评分', '销售评分', '重点项目分析评分']).commit();
  for (let i = 0; i < XLSX_ROWS; i++) {
    sheet.addRow([`E${String(i).padStart(6, '0')}`, 10, i % 11, `${80 + (i % 20)}%`, i % 11, 9, 8.5, (i % 10) + 0.5]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

// ---- the measured runs, each in a child process -------------------------------------------

async function runChild(kind, file) {
  // The clock starts once the modules are loaded: loading @kaohe/adapters (and @kaohe/core's schemas)
  // costs about half a second once per process, which is not reading.
  const { default: Papa } = kind === 'csv-bare' ? await import('papaparse') : {};
  const { default: ExcelJS } = kind === 'xlsx-bare' ? await import('exceljs') : {};
  const { readInputs } = kind.endsWith('-adapter') ? await import('../dist/index.js') : {};
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  if (kind === 'csv-bare') {
    await new Promise((resolve, reject) =>
      Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
        chunk: (r) => {
          for (const row of r.data) if (row.length > 1 || row[0] !== '') rows++;
        },
        complete: resolve,
        error: reject,
      }),
    );
    rows -= 1; // the header
  } else if (kind === 'xlsx-bare') {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    for await (const sheet of reader) for await (const row of sheet) if (row.values.length > 0) rows++;
    rows -= 1;
  } else if (kind === 'subjects-adapter') {
    // Rejections streamed, not kept.
    let rejected = 0;
    const reader = readInputs(file, { mapping: 'tech-support-center/presales-engineer', period: '2026-Q3', keepRejections: false, onRejection: () => rejected++ });
    let inputs = 0;
    for await (const batch of reader.batches()) inputs += batch.length;
    const read = reader.report.sheets.reduce((n, s) => n + s.rowsRead, 0);
    if (inputs + rejected !== read) throw new Error(`read ${read} rows, handed out ${inputs} inputs and ${rejected} rejections`);
    // The bare parser counts the generator's rows of empty cells (",,,,,,,") too.
    rows = read + reader.report.sheets.reduce((n, s) => n + s.blankRows, 0);
  } else {
    const mapping = kind === 'csv-adapter' ? 'tech-support-center/network-ops-supervisor' : 'tech-support-center/presales-engineer';
    const reader = readInputs(file, { mapping, period: '2026-Q3' });
    let inputs = 0;
    for await (const batch of reader.batches()) inputs += batch.length;
    rows = reader.report.sheets.reduce((n, s) => n + s.rowsUsed, 0);
    if (reader.report.rejected.length > 0) throw new Error(`unexpected rejections: ${reader.report.rejected.length}`);
    if (inputs === 0) throw new Error('no inputs');
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  process.stdout.write(JSON.stringify({ rows, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function measure(kind, file) {
  const child = spawnSync(process.execPath, [here, '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-'));
  try {
    const csv = join(dir, 'outages.csv');
    const xlsx = join(dir, 'appraisal.xlsx');
    const inputs = [];
    if (ONLY === '' || ONLY === 'csv') {
      const t = performance.now();
      await makeCsv(csv);
      console.log(`generated ${CSV_ROWS.toLocaleString('en')} event rows (${(statSync(csv).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      inputs.push(['event CSV', csv, 'csv-bare', 'csv-adapter']);
    }
    if (ONLY === '' || ONLY === 'subjects') {
      const subjects = join(dir, 'subjects.csv');
      const t = performance.now();
      makeSubjectCsv(subjects);
      console.log(`generated ${SUBJECT_ROWS.toLocaleString('en')} subject rows (${(statSync(subjects).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      inputs.push(['subject CSV', subjects, 'csv-bare', 'subjects-adapter']);
    }
    if (ONLY === '' || ONLY === 'xlsx') {
      const t = performance.now();
      await makeXlsx(xlsx);
      console.log(`generated ${XLSX_ROWS.toLocaleString('en')} workbook rows (${(statSync(xlsx).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      inputs.push(['xlsx', xlsx, 'xlsx-bare', 'xlsx-adapter']);
    }
    const table = [];
    for (const [name, file, bare, adapter] of inputs) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const b = measure(bare, file);
        const a = measure(adapter, file);
        if (b.rows !== a.rows) throw new Error(`${name}: bare parser read ${b.rows} rows, readInputs ${a.rows}`);
        runs.push({ rows: a.rows, bareRate: b.rows / b.seconds, rate: a.rows / a.seconds, cpuRatio: b.cpuSeconds / a.cpuSeconds, bareRss: b.maxRssMb, rss: a.maxRssMb });
      }
      const ratios = runs.map((r) => r.rate / r.bareRate);
      const row = {
        input: name,
        rows: runs[0].rows,
        'bare rows/s': Math.round(median(runs.map((r) => r.bareRate))),
        'readInputs rows/s': Math.round(median(runs.map((r) => r.rate))),
        ratio: Number(median(ratios).toFixed(2)),
        'CPU ratio': Number(median(runs.map((r) => r.cpuRatio)).toFixed(2)),
        'bare peak RSS MB': Math.round(median(runs.map((r) => r.bareRss))),
        'readInputs peak RSS MB': Math.round(Math.max(...runs.map((r) => r.rss))),
      };
      if (RUNS > 1) row['ratio range'] = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
      table.push(row);
    }
    if (RUNS > 1) console.log(`medians of ${RUNS} interleaved runs (readInputs peak RSS: the largest)`);
    console.table(table);
    for (const row of table) {
      const ok = row.ratio >= 0.5 && row['readInputs peak RSS MB'] < 400;
      console.log(`${row.input}: ratio ${row.ratio} (target >= 0.5), peak RSS ${row['readInputs peak RSS MB']} MB (target < 400): ${ok ? 'met' : 'NOT met'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await runChild(process.argv[3], process.argv[4]);
else await main();
