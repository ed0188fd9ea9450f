import type { ReadyResult, ResultsSink } from './resultsSink';
import type { CellWarning } from './spreadsheetInput';
import type { TextOut } from './textOut';

/** A warning as a JSON line: its code and message, and the file, cell, record and subject where known. */
function warningLine(w: CellWarning): object {
  return {
    type: 'warning',
    code: w.code,
    message: w.message,
    file: w.file,
    ...(w.sheet === '' ? {} : { sheet: w.sheet }),
    ...(w.row > 0 ? { row: w.row } : {}),
    ...(w.column === '' ? {} : { column: w.column }),
    ...(w.value === '' ? {} : { value: w.value }),
    ...(w.record === undefined ? {} : { record: w.record }),
    ...(w.subject === undefined ? {} : { subject: w.subject }),
  };
}

/**
 * JSON Lines as DESIGN.md gives them: a compact object a line with a `type`: `result` (the
 * result object of the JSON output), `error` (file, subject, field, code, message: a subject
 * that could not be appraised or was withheld), `rejected` (sheet, row, column, value, reason:
 * a bad cell of an input row), `warning` (code, message, and file, sheet, row, column, value,
 * record, subject where known: what to look at without failing the run) and a last `summary`
 * (read, appraised, rejected, errors, blank, warnings; and shard, otherShards with `--shard`).
 * A run that stops early ends with an `error` line and no summary.
 *
 * @example
 * const sink = jsonlSink(streamOut(process.stdout));
 * await sink.result(readyResult(result)); // {"type":"result","subject":"E1",…}
 */
export function jsonlSink(out: TextOut): ResultsSink {
  const line = (value: object): Promise<void> => out.write(`${JSON.stringify(value)}\n`);
  // The first part of a result's JSON as a result line begins, by that part: one per band of a scheme.
  const heads = new Map<string, string>();
  const headOf = (first: string): string => {
    let head = heads.get(first);
    if (head === undefined) {
      head = `{"type":"result",${first.slice(1)}`;
      if (heads.size < 256) heads.set(first, head);
    }
    return head;
  };
  // A result's line in parts (see TextOut.writeParts), when its JSON is made from the plan's pieces.
  const partsOf = (result: ReadyResult): string[] | undefined => {
    const parts = out.writeParts === undefined || result.compactUtf8 !== undefined ? undefined : result.parts;
    if (parts === undefined) return undefined;
    const text = parts.slice();
    text[0] = headOf(parts[0] as string);
    // At an even place (the parts are odd in number): a recurring part.
    text.push('\n');
    return text;
  };
  return {
    // The same bytes as JSON.stringify({ type: 'result', ...result }): a result has no `type` of its own.
    async result(result) {
      const bytes = result.compactUtf8;
      if (bytes !== undefined) {
        // A worker's UTF-8 as it is, after its `{`.
        await out.write('{"type":"result",');
        await out.write(bytes.subarray(1));
        await out.write('\n');
        return;
      }
      const text = partsOf(result);
      if (text === undefined || out.writeParts === undefined) return out.write(`{"type":"result",${result.compact.slice(1)}\n`);
      return out.writeParts(text);
    },
    ...(out.writePartsNow === undefined
      ? {}
      : {
          resultNow(result: ReadyResult): boolean {
            const text = partsOf(result);
            return text !== undefined && (out.writePartsNow as (parts: readonly string[]) => boolean).call(out, text);
          },
        }),
    failure: (f) => line({ type: 'error', file: f.file, subject: f.subject, field: f.path, code: f.code, message: f.message }),
    async rejected(row) {
      const record = row.record === undefined ? {} : { record: row.record };
      for (const cell of row.cells) await line({ type: 'rejected', sheet: row.sheet, row: row.row, ...record, column: cell.column, value: cell.value, reason: cell.message });
    },
    async end({ summary, withheld, warnings }) {
      for (const w of withheld) await line({ type: 'error', file: w.file, subject: w.subject, field: '', code: w.code ?? 'subjectHasRejectedRows', message: w.message });
      for (const w of warnings) await line(warningLine(w));
      const { read, appraised, rejected, errors, blank, shard, otherShards } = summary;
      await line({ type: 'summary', read, appraised, rejected, errors, blank, warnings: warnings.length, ...(shard === undefined ? {} : { shard, otherShards }) });
      await out.close();
    },
    async abort(f) {
      // No summary line: its absence tells a reader the run did not finish.
      await line({ type: 'error', file: f.file, subject: null, field: '', code: f.code, message: f.message });
      await out.close();
    },
  };
}
