import type { ResultsSink, RunFailure, SubjectFailure } from './resultsSink';
import type { CellWarning, RejectedRow, WithheldSubject } from './spreadsheetInput';
import type { TextOut } from './textOut';
import { indentedJson } from './indentedJson';

/** `JSON.stringify(value, null, 2)` for a value nested `pad` deep, so that the pieces join into one indented document. */
function nested(value: unknown, pad: string): string {
  return indentedJson(JSON.stringify(value, null, 2), pad);
}

/**
 * The JSON output of `kaohe appraise`, written as results come: the same bytes as
 * `JSON.stringify({ results, errors, rejected, withheld, warnings }, null, 2)` of the whole run,
 * without holding the results. A run that stops early still ends the document, with `failed`
 * (file, code, message) last. The failures, and the rejected rows unless `holdRejected` is
 * false (they then go to `--rejects` only), are held for the lines after the results array.
 *
 * @example
 * const sink = jsonSink(streamOut(process.stdout), { holdRejected: true });
 */
export function jsonSink(out: TextOut, options: { readonly holdRejected: boolean }): ResultsSink {
  let count = 0;
  const failures: SubjectFailure[] = [];
  const rejected: RejectedRow[] = [];
  return {
    async result(result) {
      const bytes = result.inResultsUtf8;
      const before = count === 0 ? '{\n  "results": [\n    ' : ',\n    ';
      if (bytes === undefined) await out.write(`${before}${result.inResults}`);
      else {
        await out.write(before);
        await out.write(bytes);
      }
      count++;
    },
    async failure(failure) {
      failures.push(failure);
    },
    async rejected(row) {
      if (options.holdRejected) rejected.push(row);
    },
    async end({ withheld, warnings, sheet }) {
      await finish(withheld, warnings, sheet, undefined);
    },
    async abort(failure) {
      await finish([], [], rejected.length > 0, failure);
    },
  };

  async function finish(withheld: readonly WithheldSubject[], warnings: readonly CellWarning[], sheet: boolean, failure: RunFailure | undefined): Promise<void> {
    let text = count === 0 ? '{\n  "results": []' : '\n  ]';
    const add = (key: string, value: unknown): void => {
      text += `,\n  ${JSON.stringify(key)}: ${nested(value, '  ')}`;
    };
    if (failures.length > 0) add('errors', failures);
    if (sheet && (rejected.length > 0 || withheld.length > 0)) {
      add('rejected', rejected);
      if (withheld.length > 0) add('withheld', withheld);
    }
    if (warnings.length > 0) add('warnings', warnings);
    // A run that stopped early is still one whole document, which says where it stopped.
    if (failure !== undefined) add('failed', failure);
    await out.write(`${text}\n}\n`);
    await out.close();
  }
}
