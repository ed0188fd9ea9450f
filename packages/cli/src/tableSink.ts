import type { Locale, SchemeResult } from '@kaohe/core';
import { appraisalTable } from './format/appraisalTable';
import type { ResultsSink } from './resultsSink';
import type { TextOut } from './textOut';

/** Subjects a printed table holds at most: a longer run prints one table per this many subjects. */
export const TABLE_CHUNK = 1000;

/**
 * The table output of `kaohe appraise`, printed in tables of at most {@link TABLE_CHUNK} subjects
 * (each with the scheme's title line and its own column widths), so that only that many results
 * are held however long the run.
 *
 * @example
 * const sink = tableSink(streamOut(process.stdout), 'zh-CN', false);
 */
export function tableSink(out: TextOut, locale: Locale, explain: boolean, chunk = TABLE_CHUNK): ResultsSink {
  let held: SchemeResult[] = [];
  const flush = async (): Promise<void> => {
    if (held.length === 0) return;
    const text = appraisalTable(held, locale, explain);
    held = [];
    await out.write(`${text}\n`);
  };
  return {
    async result(result) {
      held.push(result.value);
      if (held.length >= chunk) await flush();
    },
    failure: async () => undefined,
    rejected: async () => undefined,
    async end() {
      await flush();
      await out.close();
    },
    async abort() {
      await flush();
      await out.close();
    },
  };
}
