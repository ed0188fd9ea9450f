import type { Locale } from '@kaohe/core';
import { cliMessage } from './messages';

/**
 * A worker thread of a parallel run stopped or failed outside kaohe's own errors (a crash, out of
 * memory): the run ends with this error, naming the cause, instead of waiting for the batch it held.
 */
export class WorkerError extends Error {
  override readonly name = 'WorkerError';

  constructor(locale: Locale, cause: string) {
    super(cliMessage(locale, 'workerFailed', cause));
  }
}
