import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { appraiseScheme, compileScheme } from '@kaohe/core';
import { presetSchemes } from '@kaohe/presets';
import { readyResult } from './resultsSink';
import { tableSink } from './tableSink';
import { appraisalTable } from './format/appraisalTable';
import { streamOut, type TextOut } from './textOut';
import { run } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PRESALES = 'tech-support-center/presales-engineer';
const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5';

/** Two good rows, a row with a formula-like bad cell, a blank row, a row whose P3 is out of range, and a good one. */
const MIXED = [HEADER, 'E1,10,6,95%,8,9,8,9', 'E2,=1+1,6,95%,8,9,8,9', '', 'E3,10,6,95%,11,9,8,9', 'E4,8,3,80%,6,7,7,7'].join('\n');

describe('kaohe appraise --format jsonl', () => {
  it('writes a typed line per result and per rejected cell, then a summary where read = appraised + errors + rejected + blank', async () => {
    const csv = join(dir, 'mixed.csv');
    writeFileSync(csv, MIXED);
    const { code, stdout } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.type === 'result').map((l) => l.subject)).toEqual(['E1', 'E4']);
    expect(lines.filter((l) => l.type === 'rejected')).toEqual([
      { type: 'rejected', sheet: 'mixed', row: 3, column: 'B', value: '=1+1', reason: expect.stringContaining('=1+1') },
      { type: 'rejected', sheet: 'mixed', row: 5, column: 'E', value: '11', reason: expect.stringContaining('11') },
    ]);
    const summary = lines.at(-1);
    expect(summary).toEqual({ type: 'summary', read: 5, appraised: 2, rejected: 2, errors: 0, blank: 1, warnings: 0 });
    const s = summary as { read: number; appraised: number; rejected: number; errors: number; blank: number };
    expect(s.read).toBe(s.appraised + s.errors + s.rejected + s.blank);
    // A result line is the result object of the JSON output, with its type.
    const json = JSON.parse((await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3')).stdout) as { results: unknown[] };
    expect({ type: 'result', ...(json.results[0] as object) }).toEqual(lines.find((l) => l.type === 'result'));
  });

  it('writes a subject that cannot be appraised as an error line with file, subject, field, code and message', async () => {
    const input = join(dir, 'two.json');
    writeFileSync(input, JSON.stringify([{ subject: 'A', period: '2026-Q3', facts: {} }, { subject: 'B', period: '2026-Q3', facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' }, ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 } }]));
    const { code, stdout } = await run('appraise', '--preset', PRESALES, '--input', input, '--format', 'jsonl');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.type)).toEqual(['error', 'result', 'summary']);
    expect(Object.keys(lines[0]!)).toEqual(['type', 'file', 'subject', 'field', 'code', 'message']);
    expect(lines[0]).toMatchObject({ file: input, subject: 'A' });
    expect(lines[2]).toEqual({ type: 'summary', read: 2, appraised: 1, rejected: 0, errors: 1, blank: 0, warnings: 0 });
  });
});

describe('kaohe appraise --format jsonl, rejected rows in the file\'s order', () => {
  it('writes each rejected row after the results of the rows above it and before those below, whatever the reader\'s batches and --jobs', async () => {
    // Rows past the reader's first batches, bad rows near their edges too: a row's line goes where the row is.
    const rows = Array.from({ length: 700 }, (_, i) => (i % 41 === 3 || i === 127 || i === 128 || i === 255 ? `E${i},many,1,95%,8,9,8,9` : `E${i},10,${i % 6},95%,8,9,8,9`));
    const csv = join(dir, 'ordered.csv');
    writeFileSync(csv, [HEADER, ...rows].join('\n'));
    const args = ['appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--format', 'jsonl', '--no-lines'];
    const one = await run(...args, '--jobs', '1');
    const lines = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; subject?: string; row?: number });
    // The file's row of each line: a result's subject is E<n> on row n + 2.
    const placed = lines.filter((l) => l.type === 'result' || l.type === 'rejected').map((l) => (l.type === 'result' ? Number(String(l.subject).slice(1)) + 2 : (l.row as number)));
    expect(placed).toHaveLength(700);
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
    expect(lines.filter((l) => l.type === 'rejected')).toHaveLength(20);
    const two = await run(...args, '--jobs', '2');
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('kaohe appraise --format json, written as the results come', () => {
  it('prints the same bytes as the whole document pretty-printed at once, with errors, rejected rows and a summary on stderr', async () => {
    const csv = join(dir, 'mixed-json.csv');
    writeFileSync(csv, `${MIXED}\nE5,1,1,1,1,1,1,1,extra`);
    const { code, stdout, stderr } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3');
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['results', 'rejected', 'warnings']);
    expect(stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('6 read: 3 appraised, 2 rejected, 0 could not be appraised, 1 blank');
  });

  it('prints an empty results array as before', async () => {
    const csv = join(dir, 'all-bad.csv');
    writeFileSync(csv, [HEADER, 'E2,x,6,95%,8,9,8,9'].join('\n'));
    const { stdout } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3');
    const doc = JSON.parse(stdout) as { results: unknown[]; rejected: unknown[] };
    expect(doc.results).toEqual([]);
    expect(doc.rejected).toHaveLength(1);
    expect(stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});

describe('kaohe appraise --rejects', () => {
  it('writes every bad cell to a CSV file (formula-like text escaped) instead of the JSON output', async () => {
    const csv = join(dir, 'mixed-rejects.csv');
    const rejects = join(dir, 'rejects.csv');
    writeFileSync(csv, MIXED);
    const { stdout } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3', '--rejects', rejects, '--locale', 'en');
    expect((JSON.parse(stdout) as Record<string, unknown>).rejected).toBeUndefined();
    const lines = readFileSync(rejects, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('sheet,row,column,value,reason');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^mixed-rejects,3,B,'=1\+1,/);
    expect(lines[2]).toMatch(/^mixed-rejects,5,E,11,"?11 is above/);
  });
});

/** A stream that refuses writes until told to drain, recording what it got. */
class SlowStream extends EventEmitter {
  readonly got: string[] = [];
  write(text: string): boolean {
    this.got.push(text);
    return false;
  }
}

describe('streamOut', () => {
  it('waits for drain when the stream says it is full', async () => {
    const stream = new SlowStream();
    const out = streamOut(stream);
    let done = false;
    const writing = out.write('a').then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stream.got).toEqual(['a']);
    expect(done).toBe(false);
    stream.emit('drain');
    await writing;
    expect(done).toBe(true);
  });
});

describe('tableSink', () => {
  it('prints a table per chunk of subjects, each as appraisalTable prints it', async () => {
    const compiled = compileScheme(presetSchemes.get(PRESALES), { schemes: presetSchemes });
    const input = (subject: string) => ({ subject, period: '2026-Q3', facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' }, ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 } });
    const results = await Promise.all(['A', 'B', 'C'].map((s) => appraiseScheme(compiled, input(s))));
    let text = '';
    const out: TextOut = { write: async (t) => void (text += t), close: async () => undefined };
    const sink = tableSink(out, 'en', false, 2);
    for (const r of results) await sink.result(readyResult(r));
    expect(text).toBe(`${appraisalTable(results.slice(0, 2), 'en', false)}\n`);
    await sink.end({ summary: { read: 3, appraised: 3, rejected: 0, errors: 0, blank: 0 }, withheld: [], warnings: [], sheet: false });
    expect(text).toBe(`${appraisalTable(results.slice(0, 2), 'en', false)}\n${appraisalTable(results.slice(2), 'en', false)}\n`);
  });
});
