// The malicious-file table: makes each hostile or odd input file in a temporary folder,
// runs the built CLI on it under /usr/bin/time -v (Debian package "time"), and prints a
// markdown table of exit code, wall time, peak RSS and the first line of the message.
//   node packages/adapters/bench/malicious-files.mjs          (after `pnpm build`)
//   KAOHE_BIN=/other/checkout/packages/cli/dist/bin.js node …  measures another build
//   ONLY=bomb node …                                             only the files whose name contains "bomb"
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflatedRepeat, sheetXml, textCell, workbook } from '../fixtures/zip.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = join(root, 'packages/adapters/fixtures');
const bin = process.env.KAOHE_BIN ?? join(root, 'packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'kaohe-malicious-'));
const PRESET = 'tech-support-center/presales-engineer';
/** Runs longer than this are stopped (exit 124 from coreutils' timeout). */
const LIMIT_SECONDS = Number(process.env.LIMIT_SECONDS ?? 300);
const HEADERS = ['工号', '姓名', '立项项目数', '中标项目数', '销售目标完成率', '降低成本评分', '项目经理评分', '销售评分', '重点项目分析评分'];
const ROW = (id, name) => [id, name, '10', '6', '95%', '8', '9', '8', '9'];

function utf16be(text) {
  const bytes = Buffer.from(text, 'utf16le');
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return bytes;
}

function xlsxRow(number, cells) {
  const r = number === null ? '' : ` r="${number}"`;
  return `<row${r}>${cells.map((c, i) => textCell(number === null ? null : `${String.fromCharCode(65 + i)}${number}`, c)).join('')}</row>`;
}

async function longLine(file) {
  const out = createWriteStream(file);
  out.write(`${HEADERS.join(',')}\nE1,`);
  const chunk = 'x'.repeat(1 << 20);
  for (let i = 0; i < 50; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end(',10,6,95%,8,9,8,9\n');
  await once(out, 'finish');
}

const files = [
  ['header-only CSV', 'header-only.csv', () => `${HEADERS.join(',')}\n`],
  ['one 50 MB line', 'long-line.csv', longLine],
  ['GBK with one UTF-8 row (刘洋)', 'mixed.csv', () => Buffer.concat([readFileSync(join(fixtures, 'presales-engineer.gbk.csv')), Buffer.from('9,E2009,刘洋,2026/10/8,10,6,95%,8,9,8,9\n')])],
  ['UTF-16BE without BOM', 'utf16be.csv', () => utf16be(`${HEADERS.join(',')}\n${ROW('E1', '张伟').join(',')}\n`)],
  ['3 GB cell in a 3 MB .xlsx', 'bomb-cell.xlsx', () => {
    const head = sheetXml([xlsxRow(1, HEADERS)]).replace('</sheetData></worksheet>', '<row r="2"><c r="A2" t="inlineStr"><is><t>');
    return workbook(deflatedRepeat(head, 'A', 3 * 2 ** 30, '</t></is></c></row></sheetData></worksheet>'));
  }],
  ['2 GB of empty rows in an .xlsx', 'bomb-rows.xlsx', () => {
    const head = sheetXml([xlsxRow(1, HEADERS)]).replace('</sheetData></worksheet>', '');
    return workbook(deflatedRepeat(head, '<row/>', Math.floor(2 * 2 ** 30 / 6), '</sheetData></worksheet>'));
  }],
  ['truncated .xlsx', 'truncated.xlsx', () => {
    const whole = readFileSync(join(fixtures, 'presales-engineer.xlsx'));
    return whole.subarray(0, Math.floor(whole.length / 2));
  }],
  ['.xlsx rows without `r`', 'no-r.xlsx', () => workbook(sheetXml([xlsxRow(null, HEADERS), xlsxRow(null, ROW('E1', '张伟')), xlsxRow(null, ROW('E2', '李娜'))]))],
];

function run(file) {
  const args = ['-v', 'timeout', String(LIMIT_SECONDS), process.execPath, bin, 'appraise', '--preset', PRESET, '--input', file, '--period', '2026-Q3'];
  const result = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const stderr = result.stderr ?? '';
  const timeAt = stderr.lastIndexOf('\tCommand being timed:');
  const own = stderr.slice(0, timeAt < 0 ? stderr.length : timeAt);
  const stats = stderr.slice(timeAt);
  const exit = /Exit status: (\d+)/.exec(stats)?.[1] ?? String(result.status);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stats);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1] ?? NaN) / 1024;
  const outLine = (result.stdout ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  if (exit === '124') return { exit, seconds, rss, message: `(stopped after ${LIMIT_SECONDS} s)` };
  const message = own.split('\n').find((l) => l.trim() !== '' && !l.startsWith('Command exited')) ?? (outLine === '' ? '(nothing)' : `stdout: ${outLine}`);
  return { exit, seconds, rss, message };
}

try {
  console.log('| file | exit | wall s | peak RSS MB | first line of the message |');
  console.log('|---|---|---|---|---|');
  for (const [label, name, make] of files) {
    if (process.env.ONLY && !name.includes(process.env.ONLY)) continue;
    const file = join(dir, name);
    const content = await make(file);
    if (content !== undefined) writeFileSync(file, content);
    const { exit, seconds, rss, message } = run(file);
    const shown = message.replace(/\|/g, '\\|').slice(0, 160);
    console.log(`| ${label} | ${exit} | ${seconds.toFixed(2)} | ${rss.toFixed(0)} | ${shown} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
