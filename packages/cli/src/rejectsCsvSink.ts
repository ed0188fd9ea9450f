import type { ResultsSink } from './resultsSink';
import type { TextOut } from './textOut';

/** A CSV field: quoted when it holds a quote, a comma or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `--rejects FILE`: every bad cell of the rejected input rows as a CSV line (sheet, row, column,
 * value, reason in the run's locale), written as the rows are found. Text goes through `escape`
 * (`escapeCellText` of `@kaohe/adapters`, against CSV injection) so that a cell written as a
 * formula stays text when the file is opened in a spreadsheet program.
 *
 * @example
 * const sink = rejectsCsvSink(fileOut('rejects.csv'), escapeCellText);
 */
export function rejectsCsvSink(out: TextOut, escape: (text: string) => string): ResultsSink {
  let started = false;
  const text = (value: string): string => field(escape(value));
  const begin = async (): Promise<void> => {
    if (started) return;
    started = true;
    await out.write('\uFEFFsheet,row,column,value,reason\r\n');
  };
  return {
    result: async () => undefined,
    failure: async () => undefined,
    async rejected(row) {
      await begin();
      for (const cell of row.cells) await out.write(`${text(row.sheet)},${String(row.row)},${text(cell.column)},${text(cell.value)},${text(cell.message)}\r\n`);
    },
    async end() {
      await begin();
      await out.close();
    },
    async abort() {
      await begin();
      await out.close();
    },
  };
}
