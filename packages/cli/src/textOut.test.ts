import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { fileOut, streamOut } from './textOut';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A Node stream that keeps what is written to it, and a directory removed after the test. */
async function streamAndDir(): Promise<{ dir: string; writes: Buffer[]; stream: Writable }> {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-textout-'));
  dirs.push(dir);
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk);
      done();
    },
  });
  return { dir, writes, stream };
}

it('waits for the file to drain as often as it must without piling up listeners', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-textout-'));
  dirs.push(dir);
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => void warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    const out = fileOut(join(dir, 'out.txt'));
    // Each chunk is past the stream's 16 KiB mark, so every write waits for a drain.
    const chunk = `${'x'.repeat(64 * 1024 - 1)}\n`;
    for (let i = 0; i < 40; i++) await out.write(chunk);
    await out.close();
    // A warning is emitted on the next tick after the listener that crosses the limit.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect((await readFile(join(dir, 'out.txt'), 'utf8')).length).toBe(40 * 64 * 1024);
  } finally {
    process.off('warning', onWarning);
  }
});

it('writes a Node stream in chunks of whole lines, the same text, the rest at close', async () => {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk);
      done();
    },
  });
  const out = streamOut(stream);
  const lines = Array.from({ length: 3000 }, (_, i) => `{"subject":"E${i}","name":"售前工程师 ${'甲'.repeat(i % 7)}"}\n`);
  for (const line of lines) await out.write(line);
  // 3,000 lines of about 50 bytes: a write per 64 KiB, not per line.
  expect(writes.length).toBeLessThan(10);
  await out.close();
  const text = Buffer.concat(writes).toString('utf8');
  expect(text).toBe(lines.join(''));
  // After close, text goes as it comes (the standard output stays open).
  await out.write('tail\n');
  expect(writes.at(-1)?.toString('utf8')).toBe('tail\n');
});

it('writes a file in chunks, a text larger than a chunk as it is, and the same bytes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-textout-'));
  dirs.push(dir);
  const out = fileOut(join(dir, 'out.txt'));
  const big = `${'考核'.repeat(40_000)}\n`;
  const parts = ['a\n', big, '中\n'.repeat(30_000), big, 'z'];
  for (const part of parts) await out.write(part);
  await out.close();
  expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(parts.join(''));
});

it('writes UTF-8 given as bytes as it is, among text: into a Node stream, a file and a writer of text only', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-textout-'));
  dirs.push(dir);
  const big = `${'考核'.repeat(40_000)}\n`;
  const parts: Array<string | Uint8Array> = ['a\n', Buffer.from('售前工程师\n'), 'b\n', Buffer.from(big), '中\n'.repeat(30_000), Buffer.from('z')];
  const whole = parts.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
  const file = fileOut(join(dir, 'out.txt'));
  const writes: Buffer[] = [];
  const stream = streamOut(new Writable({ write: (chunk: Buffer, _encoding, done) => void (writes.push(chunk), done()) }));
  let text = '';
  const plain = streamOut({ write: (t: string | Uint8Array) => void (text += typeof t === 'string' ? t : `<bytes ${t.length}>`) });
  for (const out of [file, stream, plain]) {
    for (const part of parts) await out.write(part);
    await out.close();
  }
  expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(whole);
  expect(Buffer.concat(writes).toString('utf8')).toBe(whole);
  // A writer that is no Node stream is given text only.
  expect(text).toBe(whole);
});

it('writes parts (recurring ones kept encoded) as the same bytes as their joined text, to a stream and a file, across chunks', async () => {
  const { dir, writes, stream } = await streamAndDir();
  const file = join(dir, 'parts.txt');
  const outs = [streamOut(stream), fileOut(file)];
  // Recurring parts with two-byte text; the values ASCII, two-byte, astral, long, empty; a part larger than a chunk.
  const values = ['"E1"', '"张三"', '"😀\\u0000"', `"${'x'.repeat(100)}"`, '""', `"${'考'.repeat(30_000)}"`];
  const lines = Array.from({ length: 2000 }, (_, i) => [`{"kind":"售前","subject":`, values[i % values.length] as string, ',"total":', `"${i}.00"`, '}\n']);
  for (const out of outs) {
    for (const parts of lines) await out.writeParts?.(parts);
    await out.close();
  }
  const expected = lines.map((parts) => parts.join('')).join('');
  expect(Buffer.concat(writes).toString('utf8')).toBe(expected);
  expect(await readFile(file, 'utf8')).toBe(expected);
});

it('writes parts at once while they fit, and nothing when they do not (the caller then awaits writeParts): the same bytes, to a stream and a file', async () => {
  const { dir, writes, stream } = await streamAndDir();
  const file = join(dir, 'now.txt');
  const values = ['"E1"', '"张三"', `"${'考'.repeat(3_000)}"`, `"${'x'.repeat(30_000)}"`];
  const lines = Array.from({ length: 500 }, (_, i) => [`{"kind":"售前","subject":`, values[i % values.length] as string, ',"total":', `"${i}.00"`, '}\n']);
  for (const out of [streamOut(stream), fileOut(file)]) {
    let now = 0;
    for (const parts of lines) {
      if (out.writePartsNow?.(parts) === true) now++;
      else await out.writeParts?.(parts);
    }
    await out.close();
    // Most lines go at once; those that would overflow the chunk under way wait for it to be sent.
    expect(now).toBeGreaterThan(lines.length / 2);
    expect(now).toBeLessThan(lines.length);
  }
  const expected = lines.map((parts) => parts.join('')).join('');
  expect(Buffer.concat(writes).toString('utf8')).toBe(expected);
  expect(await readFile(file, 'utf8')).toBe(expected);
});
