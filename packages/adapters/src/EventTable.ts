import type { CellValue } from './convertCell.js';

/** Builds the event of row `i` when all of its layout's fields are present, else returns `null`. */

/** The bound columns of one sheet: which field each value of a row goes to. */
interface Layout {
  readonly sheet: number;
  /** For each value of a row, the index of its field in the table's columns. */
  readonly columnOf: readonly number[];
  /** Compiled on the first {@link EventTable.toObjects} after the last growth (`undefined`: not yet; `null`: not possible). */
}

/** Where an event came from: the sheet's index in the read's report and its row number. */
export interface EventOrigin {
  readonly sheet: number;
  readonly row: number;
}

/** The largest integer kept in a column itself rather than in the dictionary (codes are 32-bit). */
export const INLINE_MAX = 0x7fffffff;


/** A growable array of 32-bit integers. */
class IntColumn {
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  grow(capacity: number): void {
    const next = new Int32Array(capacity);
    next.set(this.data);
    this.data = next;
  }
}

/**
 * The events of one array fact (`outages`) of every subject, kept column by column in
 * typed arrays until the subjects are handed out: for each event, the owner (an
 * entry number), the row and sheet it came from, and for each field a 32-bit code of
 * its value: 0 when the field is absent, `-(n + 1)` for a whole number `n` from 0 to
 * {@link INLINE_MAX} (kept in the column itself), else `id + 1` for the number of the
 * value in a dictionary of the distinct values of that field. Nothing per event is an
 * object, so a file of a million events costs a few megabytes of integers that the
 * garbage collector never walks. {@link EventTable.group} sorts the events by owner
 * once; {@link EventTable.toObjects} builds one owner's event objects when its input
 * is made.
 */
export class EventTable {
  private readonly fields: string[] = [];
  private readonly fieldIndex = new Map<string, number>();
  /** Per field: the code of its value for each event. */
  private readonly columns: IntColumn[] = [];
  private readonly dictionaries: Map<CellValue, number>[] = [];
  private readonly values: CellValue[][] = [];
  private readonly layouts: Layout[] = [];
  private owner = new IntColumn(1 << 16);
  private row = new IntColumn(1 << 16);
  private layout = new IntColumn(1 << 16);
  private capacity = 1 << 16;
  private count = 0;
  private grouped: { offsets: Int32Array; order: Int32Array } | null = null;

  /** Events stored. */
  get size(): number {
    return this.count;
  }

  /**
   * Registers the bound columns of a sheet: `fields[i]` is the field of the `i`-th
   * value of each row {@link add}ed with the returned layout number.
   */
  addLayout(sheet: number, fields: readonly string[]): number {
    this.layouts.push({ sheet, columnOf: fields.map((field) => this.fieldNumber(field)) });
    return this.layouts.length - 1;
  }

  /** The number of a field, its column index (registered on first use). */
  fieldNumber(field: string): number {
    let index = this.fieldIndex.get(field);
    if (index === undefined) {
      index = this.fields.length;
      this.fields.push(field);
      this.fieldIndex.set(field, index);
      this.columns.push(new IntColumn(this.capacity));
      this.dictionaries.push(new Map());
      this.values.push([]);
    }
    return index;
  }

  /** The field number of the `i`-th value of a layout's rows. */
  fieldOf(layout: number, i: number): number {
    return (this.layouts[layout] as Layout).columnOf[i] as number;
  }

  /** The code of a value of a field (see the class): a small whole number is its own code, anything else its dictionary entry. */
  codeOf(field: number, value: CellValue): number {
    if (typeof value === 'number' && value >= 0 && value <= INLINE_MAX && Number.isInteger(value) && !Object.is(value, -0)) {
      return -value - 1;
    }
    const dictionary = this.dictionaries[field] as Map<CellValue, number>;
    let id = dictionary.get(value);
    if (id === undefined) {
      const list = this.values[field] as CellValue[];
      id = list.length;
      list.push(value);
      dictionary.set(value, id);
    }
    return id + 1;
  }

  /** Adds one event of `owner` read on `row` of the layout's sheet; `undefined` values leave the field out. */
  add(owner: number, layout: number, values: readonly (CellValue | undefined)[], row: number): void {
    const columnOf = (this.layouts[layout] as Layout).columnOf;
    const codes = new Int32Array(columnOf.length);
    for (let i = 0; i < columnOf.length; i++) {
      const value = values[i];
      if (value !== undefined) codes[i] = this.codeOf(columnOf[i] as number, value);
    }
    this.addCodes(owner, layout, codes, row);
  }

  /** Adds one event given the code of each of its layout's values (from {@link codeOf}; 0 leaves the field out). */
  addCodes(owner: number, layout: number, codes: Int32Array, row: number): void {
    if (this.count === this.capacity) this.grow();
    const at = this.count++;
    this.owner.data[at] = owner;
    this.row.data[at] = row;
    this.layout.data[at] = layout;
    const columnOf = (this.layouts[layout] as Layout).columnOf;
    const columns = this.columns;
    for (let i = 0; i < columnOf.length; i++) (columns[columnOf[i] as number] as IntColumn).data[at] = codes[i] as number;
  }

  private grow(): void {
    this.capacity *= this.capacity < 1 << 20 ? 4 : 2; // fewer copies on the way to a million events
    this.owner.grow(this.capacity);
    this.row.grow(this.capacity);
    this.layout.grow(this.capacity);
    for (const column of this.columns) column.grow(this.capacity);
  }

  /**
   * Sorts the events by owner (a counting sort, keeping the read order within an
   * owner), after which {@link toObjects} and {@link origins} can be called. `redirect[o]`,
   * when given, is the owner the events of `o` belong to (events read without a
   * period join their subject's entry).
   */
  group(owners: number, redirect: Int32Array | null = null): void {
    const offsets = new Int32Array(owners + 1);
    const resolved = this.owner.data;
    for (let i = 0; i < this.count; i++) {
      const o = redirect === null ? (resolved[i] as number) : (redirect[resolved[i] as number] as number);
      resolved[i] = o;
      offsets[o + 1] = (offsets[o + 1] as number) + 1;
    }
    for (let o = 0; o < owners; o++) offsets[o + 1] = (offsets[o + 1] as number) + (offsets[o] as number);
    const next = offsets.slice(0, owners);
    const order = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const o = resolved[i] as number;
      order[next[o] as number] = i;
      next[o] = (next[o] as number) + 1;
    }
    this.grouped = { offsets, order };
  }

  private range(owner: number): { order: Int32Array; from: number; to: number } {
    if (this.grouped === null) throw new Error('EventTable: call group() first');
    const { offsets, order } = this.grouped;
    return { order, from: offsets[owner] ?? 0, to: offsets[owner + 1] ?? 0 };
  }

  /** The events of an owner as objects, in the order they were read; absent fields are left out. */
  toObjects(owner: number): Record<string, CellValue>[] {
    const { order, from, to } = this.range(owner);
    const out: Record<string, CellValue>[] = new Array<Record<string, CellValue>>(to - from);
    const layouts = this.layouts;
    const layoutOf = this.layout.data;
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const layout = layouts[layoutOf[i] as number] as Layout;
      out[k - from] = this.eventObject(layout, i);
    }
    return out;
  }

  /** The event of row `i`, its fields in the layout's order; absent fields are left out. Field names are mapping names, checked to be plain identifiers. */
  private eventObject(layout: Layout, i: number): Record<string, CellValue> {
    const event: Record<string, CellValue> = {};
    for (const c of layout.columnOf) {
      const code = (this.columns[c] as IntColumn).data[i] as number;
      if (code > 0) event[this.fields[c] as string] = (this.values[c] as CellValue[])[code - 1] as CellValue;
      else if (code < 0) event[this.fields[c] as string] = -code - 1;
    }
    return event;
  }

  /** How many events an owner has. */
  countOf(owner: number): number {
    const { from, to } = this.range(owner);
    return to - from;
  }

  /** Where each event of an owner came from, in read order. */
  *origins(owner: number): Generator<EventOrigin> {
    const { order, from, to } = this.range(owner);
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      yield { sheet: (this.layouts[this.layout.data[i] as number] as Layout).sheet, row: this.row.data[i] as number };
    }
  }
}
