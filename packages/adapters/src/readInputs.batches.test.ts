import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate.mjs';
import type { AppraisalInput } from './appraisalInput.js';
import { readInputs, type ReadInputsOptions } from './readInputs.js';
import type { ReadReport, RowRejection } from './readReport.js';

const PRESALES = 'tech-support-center/presales-engineer';
const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5';
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * A subject-per-row file of about `rows` rows drawn by a seeded generator: good rows, bad cells,
 * blank lines and rows of empty cells, an empty optional rater, no rater at all, and subjects
 * written twice (at once or much later).
 */
function generated(seed: number, rows: number): Buffer {
  const r = rng(seed);
  const lines = ['考核表', HEADER];
  const written: string[] = [];
  for (let i = 0; i < rows; i++) {
    const x = r();
    const id = x < 0.06 && written.length > 0 ? (written[Math.floor(r() * written.length)] as string) : `E${seed}-${i}`;
    written.push(id);
    const good = `${10 + (i % 5)},${i % 6},${90 + (i % 10)}%,${5 + (i % 5)}`;
    if (x < 0.1) lines.push(`${id},${good},9,8,9`);
    else if (x < 0.13) lines.push(`${id},many,${i % 6},95%,8,9,8,9`);
    else if (x < 0.15) lines.push(r() < 0.5 ? ',,,,,,,' : '');
    else if (x < 0.18) lines.push(`${id},${good},9,,9`);
    else if (x < 0.2) lines.push(`${id},${good},,,9`);
    else if (x < 0.21) lines.push(`${id},${good},9,8,9,extra`);
    else lines.push(`${id},${good},${6 + (i % 4)},${7 + (i % 3)},${8 + (i % 2)}`);
  }
  return Buffer.from(`${lines.join(r() < 0.5 ? '\n' : '\r\n')}\n`);
}

/** The bytes in chunks of random sizes (some of a few bytes, cutting rows and characters). */
function chunked(bytes: Buffer, seed: number): Readable {
  const r = rng(seed);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = r() < 0.2 ? 1 + Math.floor(r() * 7) : 1 + Math.floor(r() * 9000);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks);
}

interface Read {
  readonly inputs: AppraisalInput[];
  readonly rejections: RowRejection[];
  readonly report: ReadReport;
  /** The inputs handed out before each rejection. */
  readonly rejectedAfter: number[];
}

async function readOneByOne(source: () => Readable | string | string[], options: ReadInputsOptions): Promise<Read> {
  const inputs: AppraisalInput[] = [];
  const rejections: RowRejection[] = [];
  const rejectedAfter: number[] = [];
  const reader = readInputs(source(), { ...options, onRejection: (r) => (rejections.push(r), rejectedAfter.push(inputs.length)) });
  for await (const input of reader) inputs.push(input);
  return { inputs, rejections, report: reader.report, rejectedAfter };
}

async function readInBatches(source: () => Readable | string | string[], options: ReadInputsOptions): Promise<Read & { sizes: number[] }> {
  const inputs: AppraisalInput[] = [];
  const rejections: RowRejection[] = [];
  const rejectedAfter: number[] = [];
  const sizes: number[] = [];
  const reader = readInputs(source(), { ...options, onRejection: (r) => (rejections.push(r), rejectedAfter.push(inputs.length)) });
  for await (const batch of reader.batches()) {
    sizes.push(batch.length);
    for (const input of batch) inputs.push(input);
  }
  return { inputs, rejections, report: reader.report, rejectedAfter, sizes };
}

describe('readInputs(…).batches()', () => {
  it('gives the inputs, rejections, their timing and the report of the per-input iterator over generated files', async () => {
    let rejected = 0;
    let duplicates = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const bytes = generated(seed, seed % 3 === 0 ? 3000 : 40 + seed * 37);
      const options: ReadInputsOptions = { mapping: PRESALES, period: '2026-Q3', keepRejections: seed % 2 === 0 };
      const one = await readOneByOne(() => chunked(bytes, seed), options);
      const batched = await readInBatches(() => chunked(bytes, seed + 100), options);
      expect(batched.inputs, `seed ${seed}`).toEqual(one.inputs);
      expect(batched.rejections, `seed ${seed}`).toEqual(one.rejections);
      expect(batched.rejectedAfter, `seed ${seed}`).toEqual(one.rejectedAfter);
      expect(batched.report, `seed ${seed}`).toEqual(one.report);
      expect(batched.sizes.every((n) => n > 0), `seed ${seed}`).toBe(true);
      const sheet = one.report.sheets[0];
      expect(sheet?.blankRows, `seed ${seed}`).toBeGreaterThan(0);
      expect(one.inputs.length + one.rejections.length).toBe(sheet?.rowsRead);
      rejected += one.rejections.length;
      duplicates += one.rejections.filter((r) => r.issues.some((i) => i.reason.code === 'duplicateSubject')).length;
    }
    // The files are what they claim to be: the comparison covers rejections of each kind.
    expect(rejected).toBeGreaterThan(100);
    expect(duplicates).toBeGreaterThan(20);
  });

  it('gives the inputs of event tables (handed out once the sources end) as the per-input iterator does', async () => {
    const files = [fixture('network-ops-supervisor-考核表.gbk.csv'), fixture('network-ops-supervisor-故障记录.gbk.csv')];
    const options: ReadInputsOptions = { mapping: 'tech-support-center/network-ops-supervisor' };
    const one = await readOneByOne(() => files, options);
    const batched = await readInBatches(() => files, options);
    expect(one.inputs.length).toBeGreaterThan(0);
    expect(batched.inputs).toEqual(one.inputs);
    expect(batched.report).toEqual(one.report);
  });

  it('hands out no batch for a file whose rows are all rejected, and a reader is read once either way', async () => {
    const bytes = readFileSync(fixture('presales-engineer.gbk.csv'));
    const empty = readInputs(Buffer.from(`${HEADER}\nE1,many,1,95%,8,9,8,9\n,,,,,,,\n`), { mapping: PRESALES, period: '2026-Q3' });
    const batches: (readonly AppraisalInput[])[] = [];
    for await (const batch of empty.batches()) batches.push(batch);
    expect(batches).toEqual([]);
    expect(empty.report.rejected).toHaveLength(1);
    const reader = readInputs(bytes, { mapping: PRESALES, period: '2026-Q3' });
    for await (const batch of reader.batches()) expect(batch.length).toBeGreaterThan(0);
    expect(() => reader[Symbol.asyncIterator]()).toThrow(/once/);
    expect(() => reader.batches()[Symbol.asyncIterator]()).toThrow(/once/);
  });
});
