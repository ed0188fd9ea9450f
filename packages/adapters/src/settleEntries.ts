import type { AppraisalInput } from './appraisalInput.js';
import type { EventTable } from './EventTable.js';
import { localizedMessage } from './localizedMessage.js';
import type { CellIssue, ReadReport, RowRejection, SheetReport } from './readReport.js';
import type { Entry, SubjectEntries } from './SubjectEntries.js';

/** What {@link settleEntries} reports to, and how it treats entries. */
export interface SettleOptions {
  /** The read's report: inputs are counted there, withheld subjects and unknown subjects' rows listed. */
  readonly report: ReadReport;
  /** Whether a subject table was read (an entry without a row there is then an unknown subject). */
  readonly subjectTable: boolean;
  /** Hand out a subject even when some of its event rows were rejected. */
  readonly keepPartialSubjects: boolean;
  /** Whether entries become inputs (false when a streaming read has already handed them out). */
  readonly handOut: boolean;
  /** Each sheet's subject column (letter and header), by the sheet's index, for the rows of unknown subjects. */
  readonly subjectColumns: readonly { readonly column: string; readonly header: string }[];
  /** Takes a rejected row (to the report and the read's `onRejection`). */
  readonly reject: (rejection: RowRejection) => void;
}

type MutableSheetReport = { -readonly [K in keyof SheetReport]: SheetReport[K] };

/** Rejects the event rows of a subject that no subject-table row names, in sheet and row order. */
function rejectUnknown(entry: Entry, eventTables: ReadonlyMap<string, EventTable>, options: SettleOptions): void {
  const origins = [...eventTables.values()].flatMap((table) => [...table.origins(entry.id)]);
  origins.sort((a, b) => a.sheet - b.sheet || a.row - b.row);
  for (const { sheet, row } of origins) {
    const report = options.report.sheets[sheet] as MutableSheetReport;
    const where = options.subjectColumns[sheet] ?? { column: '', header: '' };
    const params = { subject: entry.subject };
    const issue: CellIssue = {
      sheet: report.sheet, row, column: where.column, header: where.header, value: entry.subject,
      reason: { code: 'unknownSubject', params }, message: localizedMessage('unknownSubject', params),
    };
    report.rowsUsed--;
    report.rowsRejected++;
    options.reject({ sheet: report.sheet, row, table: report.table ?? '', subject: entry.subject, issues: [issue] });
  }
}

function toInput(entry: Entry, eventTables: ReadonlyMap<string, EventTable>, report: ReadReport): AppraisalInput {
  const facts: Record<string, unknown> = { ...entry.facts };
  for (const [fact, table] of eventTables) facts[fact] = table.toObjects(entry.id);
  const input: AppraisalInput = { subject: entry.subject, ...(entry.name === undefined ? {} : { name: entry.name }), period: entry.period, facts };
  if (entry.ratings) input.ratings = entry.ratings;
  report.inputs++;
  return input;
}

/** The input of an entry whose rows have all been read, or `null` when it is reported instead (or was handed out). */
function settle(entry: Entry, eventTables: ReadonlyMap<string, EventTable>, options: SettleOptions): AppraisalInput | null {
  if (options.subjectTable && entry.subjectRow === null) {
    rejectUnknown(entry, eventTables, options);
    return null;
  }
  if (entry.rejectedRows.length > 0 && !options.keepPartialSubjects) {
    const params = { subject: entry.subject, count: entry.rejectedRows.length, rows: entry.rejectedRows.join(', ') };
    options.report.withheld.push({
      subject: entry.subject,
      period: entry.period,
      rows: entry.rejectedRows,
      reason: { code: 'subjectHasRejectedRows', params },
      message: localizedMessage('subjectHasRejectedRows', params),
    });
    return null;
  }
  return options.handOut ? toInput(entry, eventTables, options.report) : null;
}

/**
 * The end of a read, once every row is in: joins the entries of events read without a
 * period to their subject's, groups each event table by subject, and yields each
 * subject's input in order of first appearance, withholding (and reporting) subjects
 * with rejected event rows and rejecting the event rows of subjects missing from a
 * subject table. Takes every entry (they are let go of one by one) and empties the
 * event tables. Used by `InputAssembler.finish`.
 *
 * @example
 * for (const input of settleEntries(entries, eventTables, { report, subjectTable: true, keepPartialSubjects: false, handOut: true, subjectColumns, reject })) inputs.push(input);
 * @throws AdapterError `periodMissing` when events without a period match no subject, or several (see `SubjectEntries.attachWithoutPeriod`).
 */
export function* settleEntries(entries: SubjectEntries, eventTables: Map<string, EventTable>, options: SettleOptions): Generator<AppraisalInput> {
  entries.attachWithoutPeriod(options.subjectTable);
  const list: (Entry | null)[] = entries.takeAll();
  const owners = Int32Array.from(list, (entry) => (entry as Entry).joins?.id ?? (entry as Entry).id);
  for (const table of eventTables.values()) table.group(list.length, owners);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i] as Entry;
    list[i] = null;
    if (entry.joins !== null) continue;
    const input = settle(entry, eventTables, options);
    if (input !== null) yield input;
  }
  eventTables.clear();
}
