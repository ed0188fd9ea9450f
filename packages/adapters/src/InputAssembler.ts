import { AdapterError } from './AdapterError.js';
import type { AppraisalInput } from './appraisalInput.js';
import { bindHeaders, type BoundColumn, type HeaderBinding } from './bindHeaders.js';
import { compileCellEncoder, isPlainText, type CellEncoder } from './cellEncoder.js';
import { compileInputBuilder, type InputBuilder } from './compileInputBuilder.js';
import { columnLetter } from './columnLetter.js';
import { cellIssue } from './cellIssue.js';
import { cellsWithoutHeader } from './cellsWithoutHeader.js';
import { CellFailure, type CellRead, type ConvertContext } from './convertCell.js';
import { EventTable } from './EventTable.js';
import type { Mapping, MappingTable } from './mappingSchema.js';
import { headerKey } from './normalizeText.js';
import { isBlankCell, type RawCell, type RawRow } from './rawCell.js';
import type { CellIssue, ReadReport, RowRejection } from './readReport.js';
import { PlainLineReader } from './PlainLineReader.js';
import { SeenSubjects } from './SeenSubjects.js';
import { newSheetState, type SheetState } from './SheetState.js';
import { settleEntries } from './settleEntries.js';
import type { LineBatch, RecordBatch } from './sheetSource.js';
import { splitPlainLine } from './splitPlainCsv.js';
import { SubjectEntries, type Entry } from './SubjectEntries.js';
import { readSubjectName } from './subjectName.js';
import { placeValue, ratingGroups, valuePlaces, type RatingGroup, type ValuePlace, type ValueTarget } from './valuePlaces.js';

/** Options of an {@link InputAssembler}. */
export interface AssemblerOptions {
  /** The period of rows that carry none. */
  readonly period?: string;
  /** Yield a subject even when some of its event rows were rejected (default false: withhold it). */
  readonly keepPartialSubjects?: boolean;
  /** Called with each rejected row as soon as it is found. */
  readonly onRejection?: (rejection: RowRejection) => void;
  /**
   * Whether `report.rejected` keeps every rejected row (default true). With `false` the rows go
   * only to `onRejection`, so that a file with many bad rows is read in bounded memory; the
   * sheets' `rowsRejected` still count them.
   */
  readonly keepRejections?: boolean;
}

/**
 * Turns rows of sheets into appraisal inputs following a mapping: finds each
 * sheet's header row below its title rows, converts every cell, rejects rows with
 * bad cells (listing each cell), groups event rows by subject and merges the tables
 * of one subject, with the subject's display name when a `name` column gives one
 * (see `readSubjectName`). Used by `readInputs`; exposed for sources of rows of your own.
 */
export class InputAssembler {
  readonly report: ReadReport = { sheets: [], rejected: [], withheld: [], warnings: [], inputs: 0 };
  private readonly entries = new SubjectEntries();
  /** For a streaming read, the subjects already handed out (the entries stay empty). */
  private readonly seen: SeenSubjects | null;
  /** The event table of each array fact. */
  private readonly eventTables = new Map<string, EventTable>();
  private subjectTableSeen = false;
  private readonly context: ConvertContext;
  /** Whether inputs can be handed out row by row (a single per-subject table). */
  readonly streaming: boolean;
  private ready: AppraisalInput[] = [];
  private readonly subjectColumns: { column: string; header: string }[] = [];

  constructor(
    private readonly mapping: Mapping,
    private readonly options: AssemblerOptions = {},
  ) {
    this.context = { timeZone: mapping.timeZone, date1904: mapping.date1904 };
    this.streaming = mapping.tables.length === 1 && mapping.tables[0]?.mode === 'perSubject';
    this.seen = this.streaming ? new SeenSubjects() : null;
  }

  /** Starts a sheet; its rows then go to {@link addRows}, in order. */
  beginSheet(name: string): SheetState {
    const state = newSheetState(name, this.report.sheets.length);
    state.searchLimit = Math.max(...this.candidates(name).map((t) => t.headerSearchRows));
    this.seen?.beginSheet(state.index);
    this.report.sheets.push(state.report);
    return state;
  }

  private candidates(sheet: string): MappingTable[] {
    const key = headerKey(sheet);
    const named = this.mapping.tables.filter((t) => t.sheets?.some((s) => headerKey(s) === key));
    return named.length > 0 ? named : this.mapping.tables;
  }

  /** Feeds rows of a sheet begun with {@link beginSheet}. */
  addRows(state: SheetState, rows: readonly RawRow[]): void {
    for (const row of rows) this.addCells(state, row.row, row.cells);
  }

  /** Feeds rows given as their cells, numbered from `firstRow` (what a CSV parser gives, without a row object each). */
  addRecords(state: SheetState, firstRow: number, records: readonly (readonly RawCell[])[]): void {
    for (let i = 0; i < records.length; i++) this.addCells(state, firstRow + i, records[i] as readonly RawCell[]);
  }

  /**
   * Feeds rows `from` to `to` (not included) of a batch of a sheet's records or lines (see
   * `LineBatch`): what `csvSheets` gives `readInputs`. Internal.
   */
  addBatch(state: SheetState, batch: RecordBatch | LineBatch, from: number, to: number): void {
    if ('records' in batch) {
      for (let i = from; i < to; i++) this.addCells(state, batch.firstRow + i, batch.records[i] as readonly RawCell[]);
      return;
    }
    const { text, ends, newline, firstRow } = batch;
    const delimiter = batch.delimiter.charCodeAt(0);
    for (let i = from; i < to; i++) {
      const start = i === 0 ? batch.start : (ends[i - 1] as number) + newline;
      const end = ends[i] as number;
      const lines = state.lines;
      if (lines !== null && lines.read(text, start, end, delimiter, state.scratch)) {
        state.report.rowsRead++;
        this.addStreamed(state, firstRow + i, lines.subject, lines.subject, lines.period, lines.name, null);
      } else this.addCells(state, firstRow + i, splitPlainLine(text, start, end, batch.delimiter));
    }
  }

  private addCells(state: SheetState, row: number, cells: readonly RawCell[]): void {
    if (state.binding) this.addRow(state, row, cells);
    else if (state.searched < state.searchLimit) this.searchHeader(state, row, cells);
    else state.report.rowsRead++;
  }

  /** Ends a sheet: a sheet whose header was never found is reported as skipped. */
  endSheet(state: SheetState): void {
    if (!state.binding) {
      state.report.missingHeaders = state.best ? [...state.best.missing] : [];
      state.report.rowsRead += state.searched;
    }
  }

  private searchHeader(state: SheetState, row: number, cells: readonly RawCell[]): void {
    state.searched++;
    let chosen: HeaderBinding | null = null;
    for (const table of this.candidates(state.report.sheet)) {
      if (state.searched > table.headerSearchRows) continue;
      const binding = bindHeaders(cells, table, state.report.sheet, this.context);
      if (binding.missing.length === 0) {
        if (!chosen || binding.columns.length > chosen.columns.length) chosen = binding;
      } else if (!state.best || binding.missing.length < state.best.missing.length) {
        state.best = binding;
      }
    }
    if (chosen) {
      if (chosen.ambiguous) throw chosen.ambiguous;
      this.bind(state, chosen, row);
      let width = cells.length;
      while (width > 0 && isBlankCell(cells[width - 1])) width--;
      state.width = width;
      const { subject, period, name, others } = state;
      if (this.seen !== null && subject !== null && state.plainSubject) state.lines = new PlainLineReader({ subject, period, name, others, width }, this.options.period);
    }
  }

  private bind(state: SheetState, binding: HeaderBinding, headerRow: number): void {
    state.binding = binding;
    state.report.table = binding.table.id;
    state.report.headerRow = headerRow;
    state.report.titleRows = state.searched - 1;
    state.report.unmappedHeaders = [...binding.unmapped];
    state.subject = binding.columns.find((c) => c.column.to === 'subject') ?? null;
    state.plainSubject = state.subject?.column.type === 'text';
    this.subjectColumns[state.index] = {
      column: state.subject ? columnLetter(state.subject.index) : '',
      header: state.subject?.header ?? '',
    };
    state.period = binding.columns.find((c) => c.column.to === 'period') ?? null;
    state.name = binding.columns.find((c) => c.column.to === 'name') ?? null;
    state.others = binding.columns.filter((c) => c.column.to !== 'subject' && c.column.to !== 'period' && c.column.to !== 'name');
    state.fields = state.others.map((c) => (c.column.to.startsWith('fields.') ? c.column.to.slice('fields.'.length) : c.column.to));
    state.scratch = state.others.map(() => undefined);
    const periodElsewhere = binding.table.mode === 'perEvent' && this.mapping.tables.some((t) => t.mode === 'perSubject');
    if (!state.period && this.options.period === undefined && !periodElsewhere) {
      throw new AdapterError('periodMissing', {}, [state.report.sheet]);
    }
    if (binding.table.mode === 'perSubject') {
      this.subjectTableSeen = true;
      state.places = valuePlaces(state.others);
      state.groups = ratingGroups(state.places, state.others);
      state.build = compileInputBuilder(state.places, state.others.map((c) => c.column.allowEmpty));
    } else {
      const fact = binding.table.fact as string;
      let table = this.eventTables.get(fact);
      if (!table) this.eventTables.set(fact, (table = new EventTable()));
      state.events = table;
      const events = table;
      const layout = (state.layout = table.addLayout(state.index, state.fields));
      state.encoders = state.others.map((c, i) => compileCellEncoder(c.column, c.read, events, events.fieldOf(layout, i)));
      state.codes = new Int32Array(state.others.length);
    }
  }

  private issue(state: SheetState, row: number, cells: readonly RawCell[], bound: BoundColumn, failure: CellFailure): CellIssue {
    return cellIssue(state.report.sheet, row, cells[bound.index], bound, failure);
  }

  private addRow(state: SheetState, row: number, cells: readonly RawCell[]): void {
    const binding = state.binding as HeaderBinding;
    const report = state.report;
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (!isBlankCell(cells[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      report.blankRows++;
      return;
    }
    report.rowsRead++;
    if (cells.length > state.width) this.report.warnings.push(...cellsWithoutHeader(report.sheet, row, cells, state.width));
    const perEvent = binding.table.mode === 'perEvent';
    let issues: CellIssue[] | null = null;
    const subjectColumn = state.subject as BoundColumn;
    const rawSubject = cells[subjectColumn.index];
    let subject: string | null = null;
    if (state.plainSubject && typeof rawSubject === 'string' && isPlainText(rawSubject)) subject = rawSubject;
    else {
      const subjectCell = subjectColumn.read(rawSubject);
      if (subjectCell instanceof CellFailure) issues = [this.issue(state, row, cells, subjectColumn, subjectCell)];
      else if (subjectCell !== undefined) subject = String(subjectCell);
    }
    let period = this.options.period ?? null;
    if (state.period) {
      const p = state.period.read(cells[state.period.index]);
      if (p instanceof CellFailure) (issues ??= []).push(this.issue(state, row, cells, state.period, p));
      else if (p !== undefined) period = String(p);
      else if (period === null && !perEvent) {
        (issues ??= []).push(this.issue(state, row, cells, state.period, new CellFailure('emptyCell', { header: state.period.header })));
      }
    }
    const name = readSubjectName(state.name, cells);
    if (name instanceof CellFailure) (issues ??= []).push(this.issue(state, row, cells, state.name as BoundColumn, name));
    // Event rows without a period take their subject's period from the subject table (see SubjectEntries.attachWithoutPeriod).
    if (period === null && perEvent) period = '';
    const others = state.others;
    const values = state.scratch;
    if (perEvent) {
      const encoders = state.encoders;
      const codes = state.codes;
      for (let i = 0; i < others.length; i++) {
        const bound = others[i] as BoundColumn;
        const code = (encoders[i] as CellEncoder)(cells[bound.index]);
        if (typeof code === 'number') codes[i] = code;
        else (issues ??= []).push(this.issue(state, row, cells, bound, code));
      }
    } else {
      for (let i = 0; i < others.length; i++) {
        const bound = others[i] as BoundColumn;
        const read: CellRead = bound.read(cells[bound.index]);
        if (read instanceof CellFailure) {
          (issues ??= []).push(this.issue(state, row, cells, bound, read));
          values[i] = undefined;
        } else values[i] = read;
      }
      if (state.groups.length > 0) issues = this.checkRatingGroups(state, row, cells, issues);
      if (this.seen !== null) {
        this.addStreamed(state, row, rawSubject, subject, period, typeof name === 'string' ? name : undefined, issues);
        return;
      }
    }
    let entry: Entry | undefined;
    if (subject !== null && period !== null) {
      entry = this.entries.find(subject, period);
      if (!perEvent && entry?.subjectRow && issues === null) {
        const params = { subject, period, firstRow: entry.subjectRow };
        issues = [this.issue(state, row, cells, subjectColumn, new CellFailure('duplicateSubject', params))];
      }
      if (!entry) entry = this.entries.add(subject, period);
    }
    if (issues !== null) {
      report.rowsRejected++;
      if (entry && perEvent) entry.rejectedRows.push(`${report.sheet}!${row}`);
      this.reject({ sheet: report.sheet, row, table: binding.table.id, subject, issues });
      return;
    }
    report.rowsUsed++;
    const target = entry as Entry;
    if (perEvent) {
      (state.events as EventTable).addCodes(target.id, state.layout, state.codes, row);
      return;
    }
    target.subjectRow = `${report.sheet}!${row}`;
    if (typeof name === 'string') target.name = name;
    this.placeValues(state, target);
  }

  /** Puts the values of the row (its scratch) into the target, where the columns' places say. */
  private placeValues(state: SheetState, target: ValueTarget): void {
    const values = state.scratch;
    const places = state.places;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value !== undefined) placeValue(target, places[i] as ValuePlace, value);
    }
  }

  /** Adds an issue for each item of several raters none of whose cells is filled in (see `RatingGroup`). */
  private checkRatingGroups(state: SheetState, row: number, cells: readonly RawCell[], issues: CellIssue[] | null): CellIssue[] | null {
    const groups = state.groups;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as RatingGroup;
      const columns = group.columns;
      let filled = false;
      for (let k = 0; k < columns.length && !filled; k++) filled = !isBlankCell(cells[(state.others[columns[k] as number] as BoundColumn).index]);
      if (filled) continue;
      const bounds = group.columns.map((i) => state.others[i] as BoundColumn);
      const params = { item: group.item, headers: bounds.map((b) => b.header).join(', ') };
      (issues ??= []).push(this.issue(state, row, cells, bounds[0] as BoundColumn, new CellFailure('noRating', params)));
    }
    return issues;
  }

  /**
   * A row of the one subject table of a streaming read: its input is handed out at once,
   * and only its subject is remembered (to find a second row of it).
   */
  private addStreamed(
    state: SheetState,
    row: number,
    subjectCell: RawCell | undefined,
    subject: string | null,
    period: string | null,
    name: string | undefined,
    found: CellIssue[] | null,
  ): void {
    const report = state.report;
    let issues = found;
    // A subject column that allows empty cells still needs a subject to hand an input out.
    if (issues === null && subject === null) issues = [cellIssue(state.report.sheet, row, subjectCell, state.subject as BoundColumn, new CellFailure('emptyCell', { header: (state.subject as BoundColumn).header }))];
    if (issues === null && subject !== null && period !== null) {
      const first = (this.seen as SeenSubjects).firstRow(subject, period, state.index, row);
      if (first !== null) {
        const params = { subject, period, firstRow: `${this.report.sheets[first.sheet]?.sheet ?? ''}!${first.row}` };
        issues = [cellIssue(state.report.sheet, row, subjectCell, state.subject as BoundColumn, new CellFailure('duplicateSubject', params))];
      }
    }
    if (issues !== null || subject === null || period === null) {
      report.rowsRejected++;
      this.reject({ sheet: report.sheet, row, table: (state.binding as HeaderBinding).table.id, subject, issues: issues ?? [] });
      return;
    }
    report.rowsUsed++;
    this.report.inputs++;
    this.ready.push((state.build as InputBuilder)(state.scratch, subject, name, period));
  }

  private reject(rejection: RowRejection): void {
    if (this.options.keepRejections !== false) this.report.rejected.push(rejection);
    this.options.onRejection?.(rejection);
  }

  /** Inputs ready to hand out now (streaming mode), emptied by the call. */
  takeReady(): AppraisalInput[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  /**
   * Ends the read: yields every subject not yet handed out, withholding (and
   * reporting) subjects with rejected event rows and event rows whose subject is
   * missing from a subject table.
   */
  *finish(): Generator<AppraisalInput> {
    if (this.report.sheets.every((s) => s.table === null)) {
      const first = this.report.sheets[0];
      throw new AdapterError(
        'headerNotFound',
        {
          sheet: first?.sheet ?? '',
          rows: Math.max(...this.mapping.tables.map((t) => t.headerSearchRows)),
          missing: (first?.missingHeaders ?? []).join(', '),
        },
        [first?.sheet ?? ''],
      );
    }
    yield* settleEntries(this.entries, this.eventTables, {
      report: this.report,
      subjectTable: this.subjectTableSeen,
      keepPartialSubjects: this.options.keepPartialSubjects === true,
      handOut: !this.streaming,
      subjectColumns: this.subjectColumns,
      reject: (rejection) => this.reject(rejection),
    });
  }
}
