import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Where text goes out, one awaited write at a time, so that a slow reader slows the writer down. */
export interface TextOut {
  write(text: string): Promise<void>;
  /** Ends the output (a file is flushed and closed; a standard stream is left open). */
  close(): Promise<void>;
}

/** A stream as `CliIo` gives it: `write` returning false asks the writer to wait for `drain`. */
export interface WritableLike {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * A text output over a stream that respects back-pressure: when `write` returns false, the next
 * write waits for `drain`, so that memory stays bounded however slow the stream's reader is.
 *
 * @example
 * const out = streamOut(process.stdout);
 * await out.write('{"type":"summary"}\n');
 */
export function streamOut(stream: WritableLike): TextOut {
  return {
    async write(text) {
      if (stream.write(text) === false && stream.once !== undefined) {
        const drain = stream.once.bind(stream);
        await new Promise<void>((resolve) => drain('drain', resolve));
      }
    },
    async close() {
      // The standard streams stay open for the lines written after the results.
    },
  };
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
      if (!target.write(text)) await Promise.race([once(target, 'drain'), once(target, 'close')]);
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
