import { headerKey, normalizeText } from '../normalizeText.js';
import { openSource, type InputSource, type OpenOptions } from '../openSource.js';
import { isBlankCell, type RawCell } from '../rawCell.js';
import { describeRef, type TicketFieldRef, type TicketProfile } from './TicketProfile.js';
import { ticketNotice, ticketOrders, type SourceTicket, type TicketNotice, type TicketRead } from './ticketOrders.js';
import { parseTicketTime } from './ticketTime.js';

/** Wall-clock times as people type them in a sheet: `2026-10-08 9:50`, `2026/10/08 09:50:00`. */
const WALL_CLOCK = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: string | undefined): string => (n ?? '00').padStart(2, '0');

/**
 * A cell as a ticket value. Times written without a zone — a workbook date cell, or
 * text like `2026/10/08 09:50` — are wall-clock times of the sheet, whose zone the
 * profile states (`timeZone`): read there, as ISO 8601 with the offset. Text with its
 * own offset keeps it; anything else stays text.
 */
function cellValue(cell: RawCell, timeZone: string): string | undefined {
  if (isBlankCell(cell) || cell === null) return undefined;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object') {
    if (cell.kind === 'date' && cell.hasTime) return parseTicketTime(cell.date.toISOString().slice(0, 19), timeZone)?.iso;
    if (cell.kind === 'date') return cell.date.toISOString().slice(0, 10);
    if (cell.kind === 'percent') return String(cell.value);
    return cell.text;
  }
  const text = normalizeText(cell);
  const m = WALL_CLOCK.exec(text);
  if (!m) return text;
  const local = `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${pad(m[6])}`;
  return parseTicketTime(local, timeZone)?.iso ?? text;
}

/** Options of {@link readTicketSheet}: how to open the file, and which sheet of a workbook (the first by default). */
export interface TicketSheetOptions extends OpenOptions {
  readonly sheet?: string;
}

/**
 * Reads a work-order sheet (CSV in UTF-8 or GBK, or .xlsx) — a row per dispatch with
 * columns such as 工单号, 派单时间, 首次联系时间, 到场时间, 完成时间, 处理人工号, 故障等级,
 * 坐席工号 — into the orders of a regime, following a ticket profile (`source: 'sheet'`).
 * Field references name headers (`{ field: '首次联系时间', or: ['联系时间'] }`), compared
 * as the spreadsheet mappings compare them (full-width forms folded, spaces ignored).
 * Rows with the same ticket number are one ticket reopened: each step's values in row
 * order, the profile's `occurrence` choosing one and the choice reported. A ticket's
 * position is the row it first appears on (a row without a ticket number, its own row).
 *
 * @example
 * const read = await readTicketSheet('十月工单.xlsx', ticketProfile('sheet', 'broadband-field-ops/technician'));
 * @throws AdapterError `legacyWorkbook` or `sourceUnreadable` as {@link openSource} does.
 */
export async function readTicketSheet(source: InputSource, profile: TicketProfile, options: TicketSheetOptions = {}): Promise<TicketRead> {
  const idRef: TicketFieldRef = profile.ticketId ?? { field: '工单号', occurrence: 'first' };
  // A ticket's rows, and the row it first appears on: where a message about it points.
  const rows = new Map<string, { first: number; records: Array<ReadonlyMap<string, string>> }>();
  const noId: TicketNotice[] = [];
  for await (const sheet of openSource(source, options)) {
    if (options.sheet !== undefined && sheet.name !== options.sheet) {
      for await (const batch of sheet.batches) void batch;
      continue;
    }
    let headers: string[] | undefined;
    for await (const batch of sheet.batches) {
      for (const row of batch) {
        if (headers === undefined) {
          if (row.cells.some((c) => !isBlankCell(c))) headers = row.cells.map((c) => headerKey(typeof c === 'string' ? c : String(c ?? '')));
          continue;
        }
        const record = new Map<string, string>();
        row.cells.forEach((cell, i) => {
          const value = cellValue(cell, profile.timeZone);
          const header = headers?.[i];
          if (value !== undefined && header) record.set(header, value);
        });
        if (record.size === 0) continue;
        const id = lookup(record, idRef);
        if (id === undefined) {
          noId.push(ticketNotice('ticketNoId', `${sheet.name}:${row.row}`, { row: row.row, sheet: sheet.name, from: describeRef(idRef) }, true, row.row));
          continue;
        }
        const seen = rows.get(id);
        if (seen) seen.records.push(record);
        else rows.set(id, { first: row.row, records: [record] });
      }
    }
    if (options.sheet === undefined) break;
  }
  const tickets = [...rows].map(([id, { first, records }]): SourceTicket => ({
    id,
    position: first,
    breaches: new Map(),
    values(ref: TicketFieldRef): readonly unknown[] {
      const found: string[] = [];
      for (const record of records) {
        const value = lookup(record, ref);
        // A reopened ticket's rows repeat what did not change (its dispatch): one value, not two.
        if (value !== undefined && found.at(-1) !== value) found.push(value);
      }
      return found;
    },
    person: (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value)),
  }));
  const read = ticketOrders(tickets, profile);
  return { ...read, notices: [...noId, ...read.notices] };
}

function lookup(record: ReadonlyMap<string, string>, ref: TicketFieldRef): string | undefined {
  if (!('field' in ref)) return 'customField' in ref ? record.get(headerKey(String(ref.customField))) : undefined;
  for (const name of [ref.field, ...(ref.or ?? [])]) {
    const value = record.get(headerKey(name));
    if (value !== undefined) return value;
  }
  return undefined;
}
