import type { ResultsSink } from './resultsSink';
import type { TextOut } from './textOut';

/**
 * JSON Lines as DESIGN.md gives them: a compact object a line with a `type`: `result` (the
 * result object of the JSON output), `error` (file, subject, field, code, message: a subject
 * that could not be appraised or was withheld), `rejected` (sheet, row, column, value, reason:
 * a bad cell of an input row) and a last `summary` (read, appraised, rejected, errors, blank; and shard, otherShards with
 * `--shard`). A run that stops early ends with an `error` line and no summary.
 *
 * @example
 * const sink = jsonlSink(streamOut(process.stdout));
 * await sink.result(readyResult(result)); // {"type":"result","subject":"E1",…}
 */
export function jsonlSink(out: TextOut): ResultsSink {
  const line = (value: object): Promise<void> => out.write(`${JSON.stringify(value)}\n`);
  return {
    // The same bytes as JSON.stringify({ type: 'result', ...result }): a result has no `type` of its own.
    result: (result) => out.write(`{"type":"result",${result.compact.slice(1)}\n`),
    failure: (f) => line({ type: 'error', file: f.file, subject: f.subject, field: f.path, code: f.code, message: f.message }),
    async rejected(row) {
      for (const cell of row.cells) await line({ type: 'rejected', sheet: row.sheet, row: row.row, column: cell.column, value: cell.value, reason: cell.message });
    },
    async end({ summary, withheld }) {
      for (const w of withheld) await line({ type: 'error', file: w.file, subject: w.subject, field: '', code: 'subjectHasRejectedRows', message: w.message });
      const { read, appraised, rejected, errors, blank, shard, otherShards } = summary;
      await line({ type: 'summary', read, appraised, rejected, errors, blank, ...(shard === undefined ? {} : { shard, otherShards }) });
      await out.close();
    },
    async abort(f) {
      // No summary line: its absence tells a reader the run did not finish.
      await line({ type: 'error', file: f.file, subject: null, field: '', code: f.code, message: f.message });
      await out.close();
    },
  };
}
