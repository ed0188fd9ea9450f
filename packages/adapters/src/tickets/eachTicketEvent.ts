import { AdapterError } from '../AdapterError.js';
import { openSource, type InputSource, type OpenOptions } from '../openSource.js';
import { rawCellText } from '../rawCell.js';
import { RECORD_BATCHES, type RecordSheetRows } from '../sheetSource.js';
import { TICKET_EVENT_COLUMNS } from './ticketEventsSql.js';

/**
 * Reads a ticket event file row by row: `header` gets the position of each of
 * {@link TICKET_EVENT_COLUMNS} and then of each `optional` column (−1 when the file has
 * none), `take` each row's cells after it. The CSV reader's record batches are used where
 * it offers them, so that ten million rows make no object per cell.
 *
 * @example
 * await eachTicketEvent('events.csv', {}, ['agent'], (at) => (columns = at), (cells) => count++);
 * @throws AdapterError `ticketEventsInvalid` when a required column is missing; errors of {@link openSource}.
 */
export async function eachTicketEvent(
  source: InputSource,
  options: OpenOptions,
  optional: readonly string[],
  header: (columns: readonly number[]) => void,
  take: (cells: readonly unknown[]) => void,
): Promise<void> {
  let started = false;
  for await (const sheet of openSource(source, { ...options, format: options.format ?? 'csv' }) as AsyncIterable<RecordSheetRows>) {
    const head = (cells: readonly unknown[]): void => {
      const names = cells.map((c) => rawCellText(c as string).trim().toLowerCase());
      const required = TICKET_EVENT_COLUMNS.map((name) => {
        const at = names.indexOf(name);
        if (at < 0) throw new AdapterError('ticketEventsInvalid', { source: typeof source === 'string' ? source : sheet.name, column: name });
        return at;
      });
      header([...required, ...optional.map((name) => names.indexOf(name.toLowerCase()))]);
      started = true;
    };
    const fast = sheet[RECORD_BATCHES];
    if (fast) {
      for await (const batch of fast) for (const cells of batch.records) started ? take(cells) : head(cells);
    } else {
      for await (const batch of sheet.batches) for (const row of batch) started ? take(row.cells.map((c) => rawCellText(c))) : head(row.cells);
    }
    break;
  }
}
