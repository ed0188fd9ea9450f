#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setCollector } from './heapBudget';
import { main } from './main';

// A reader that goes away (`kaohe presets | head -1`) is no failure: the commands that stream
// stop at their next write, and the others finish into the closed pipe.
process.stdout.on('error', (error: Error & { code?: string }) => {
  if (error.code !== 'EPIPE') throw error;
});
// Full collections on demand keep a long run's heap near what it holds alive (see heapBudget);
// worker threads started later get the same `gc`.
setFlagsFromString('--expose-gc');
setCollector(runInNewContext('gc') as () => void);

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kaohe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
