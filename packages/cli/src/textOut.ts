import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Where text goes out, one awaited write at a time, so that a slow reader slows the writer down. */
export interface TextOut {
  write(text: string): Promise<void>;
  /** Ends the output (a file is flushed and closed; a standard stream is left open). */
  close(): Promise<void>;
}

/**
 * The reader of the standard output went away (`kaohe appraise … | head -1`): the run ends
 * quietly, as a command piped into another is expected to, without reading further.
 */
export class OutputClosed extends Error {
  constructor() {
    super('the standard output was closed by its reader');
    this.name = 'OutputClosed';
  }
}

/** A stream as `CliIo` gives it: `write` returning false asks the writer to wait for `drain`. */
export interface WritableLike {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  on?(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
  readonly destroyed?: boolean;
}

/** The errors of a write to a pipe whose reader has gone. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * A text output over a stream that respects back-pressure: when `write` returns false, the next
 * write waits for `drain`, so that memory stays bounded however slow the stream's reader is.
 * When the stream's reader goes away (EPIPE), the write under way and every later one throw
 * {@link OutputClosed}, so that the run stops rather than appraising into a closed pipe.
 *
 * @example
 * const out = streamOut(process.stdout);
 * await out.write('{"type":"summary"}\n');
 * @throws OutputClosed once the stream's reader has closed it; the stream's own error for any other failure.
 */
export function streamOut(stream: WritableLike): TextOut {
  let failure: (Error & { code?: string }) | null = null;
  let wake: (() => void) | null = null;
  stream.on?.('error', (error) => {
    failure ??= error;
    wake?.();
  });
  const check = (): void => {
    if (failure !== null && !CLOSED.has(failure.code ?? '')) throw failure;
    if (failure !== null || stream.destroyed === true) throw new OutputClosed();
  };
  return {
    async write(text) {
      check();
      if (stream.write(text) === false && stream.once !== undefined) {
        const drain = stream.once.bind(stream);
        // A stream that fails never drains: its error wakes the writer instead.
        await new Promise<void>((resolve) => {
          wake = resolve;
          drain('drain', resolve);
        });
        wake = null;
        check();
      }
    },
    async close() {
      // The standard streams stay open for the lines written after the results.
    },
  };
}

/**
 * Waits for the stream's next `drain`, or its `close` when it fails instead, and leaves no listener
 * behind (waiting with `events.once` on both would leave one per wait on the event that did not come).
 */
function drainedOrClosed(target: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      target.off('drain', done);
      target.off('close', done);
      resolve();
    };
    target.on('drain', done);
    target.on('close', done);
  });
}

/**
 * A text output into a file (replaced when it exists), opened at the first write or at `close`
 * (so that a run refused before its first result leaves no file behind), written as the text comes.
 *
 * @example
 * const out = fileOut('/tmp/results.jsonl');
 * await out.write('…\n');
 * await out.close();
 * @throws Error (the stream's) when the file cannot be opened or written.
 */
export function fileOut(path: string): TextOut {
  let stream: WriteStream | null = null;
  let failure: Error | null = null;
  const open = (): WriteStream => {
    if (stream === null) {
      stream = createWriteStream(path);
      stream.on('error', (error) => {
        failure = error;
      });
    }
    return stream;
  };
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  return {
    async write(text) {
      const target = open();
      check();
      if (!target.write(text)) await drainedOrClosed(target);
      check();
    },
    async close() {
      const target = open();
      check();
      target.end();
      await once(target, 'close');
      check();
    },
  };
}
