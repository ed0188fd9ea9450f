import type { CellValue } from './convertCell.js';

/** The bound columns of one sheet: which field each value of a row goes to. */
interface Layout {
  readonly sheet: number;
  /** For each value of a row, the index of its field in the table's columns. */
  readonly columnOf: readonly number[];
  /** An event with every field of the layout, copied to make each event whose fields are all present. */
  readonly template: Readonly<Record<string, CellValue | null>>;
}

/** Where an event came from: the sheet's index in the read's report and its row number. */
export interface EventOrigin {
  readonly sheet: number;
  readonly row: number;
}

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
 * entry number), the row and sheet it came from, and for each field the number of
 * its value in a dictionary of the distinct values of that field. Nothing per event
 * is an object, so a file of a million events costs a few megabytes of integers
 * that the garbage collector never walks. {@link EventTable.group} sorts the events
 * by owner once; {@link EventTable.toObjects} builds one owner's event objects when
 * its input is made.
 */
export class EventTable {
  private readonly fields: string[] = [];
  private readonly fieldIndex = new Map<string, number>();
  /** Per field: value number + 1 for each event (0: the field is absent). */
  private readonly columns: IntColumn[] = [];
  private readonly dictionaries: Map<CellValue, number>[] = [];
  private readonly values: CellValue[][] = [];
  private readonly layouts: Layout[] = [];
  private owner = new IntColumn(1024);
  private row = new IntColumn(1024);
  private layout = new IntColumn(1024);
  private capacity = 1024;
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
    const columnOf = fields.map((field) => {
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
    });
    const template: Record<string, CellValue | null> = {};
    for (const field of fields) template[field] = null;
    this.layouts.push({ sheet, columnOf, template });
    return this.layouts.length - 1;
  }

  /** Adds one event of `owner` read on `row` of the layout's sheet; `undefined` values leave the field out. */
  add(owner: number, layout: number, values: readonly (CellValue | undefined)[], row: number): void {
    if (this.count === this.capacity) this.grow();
    const at = this.count++;
    this.owner.data[at] = owner;
    this.row.data[at] = row;
    this.layout.data[at] = layout;
    const columnOf = (this.layouts[layout] as Layout).columnOf;
    for (let i = 0; i < columnOf.length; i++) {
      const value = values[i];
      if (value === undefined) continue;
      const c = columnOf[i] as number;
      const dictionary = this.dictionaries[c] as Map<CellValue, number>;
      let id = dictionary.get(value);
      if (id === undefined) {
        const list = this.values[c] as CellValue[];
        id = list.length;
        list.push(value);
        dictionary.set(value, id);
      }
      (this.columns[c] as IntColumn).data[at] = id + 1;
    }
  }

  private grow(): void {
    this.capacity *= 2;
    this.owner.grow(this.capacity);
    this.row.grow(this.capacity);
    this.layout.grow(this.capacity);
    for (const column of this.columns) column.grow(this.capacity);
  }

  /**
   * Sorts the events by owner (a counting sort, keeping the read order within an
   * owner), after which {@link toObjects} and {@link origins} can be called. `redirect`
   * maps an owner to the owner its events belong to (events read without a period
   * join their subject's entry).
   */
  group(owners: number, redirect: (owner: number) => number = (o) => o): void {
    const offsets = new Int32Array(owners + 1);
    const resolved = this.owner.data;
    for (let i = 0; i < this.count; i++) {
      const o = redirect(resolved[i] as number);
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
    const out: Record<string, CellValue>[] = [];
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const { columnOf, template } = this.layouts[this.layout.data[i] as number] as Layout;
      let full = true;
      for (let f = 0; f < columnOf.length && full; f++) full = (this.columns[columnOf[f] as number] as IntColumn).data[i] !== 0;
      // Copying a template of the same shape is cheaper than adding the properties one by one.
      const event: Record<string, CellValue> = full ? ({ ...template } as Record<string, CellValue>) : {};
      for (let f = 0; f < columnOf.length; f++) {
        const c = columnOf[f] as number;
        const id = (this.columns[c] as IntColumn).data[i] as number;
        if (id !== 0) event[this.fields[c] as string] = (this.values[c] as CellValue[])[id - 1] as CellValue;
      }
      out.push(event);
    }
    return out;
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
