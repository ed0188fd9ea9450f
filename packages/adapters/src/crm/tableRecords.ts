import { AdapterError } from '../AdapterError.js';
import { instantOrder } from './calendarDay.js';
import type { CrmProfile } from './crmProfile.js';
import type { CrmRecord, CrmStageEntry } from './crmRecord.js';
import type { CrmTablesLayout } from './crmTables.js';

/** A row of an exported table: header → value (text, a number, epoch milliseconds, an array of owner ids…). */
export type CrmRow = Readonly<Record<string, unknown>>;

/** The tables of an export: the records, their stage changes, and related tables by the names the profile gives them. */
export interface CrmTables {
  readonly records: readonly CrmRow[];
  readonly history?: readonly CrmRow[];
  readonly related?: Readonly<Record<string, readonly CrmRow[]>>;
}

interface Built {
  readonly id: string;
  readonly object: string;
  readonly fields: Record<string, unknown>;
  readonly stages: CrmStageEntry[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function cell(row: CrmRow, column: string): unknown {
  const value = Object.prototype.hasOwnProperty.call(row, column) ? row[column] : undefined;
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

/** A row's fields; a header naming a lookup's field (`Account.Name`, as Data Loader writes it) becomes a nested object. */
function fieldsOf(row: CrmRow): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const steps = key.split('.');
    if (steps.some((s) => s.length === 0 || FORBIDDEN.has(s))) continue;
    let target = fields;
    for (const step of steps.slice(0, -1)) {
      const next = target[step];
      if (next !== undefined && !isObject(next)) break;
      target = (target[step] ??= {}) as Record<string, unknown>;
    }
    target[steps[steps.length - 1] as string] = value;
  }
  return fields;
}

class Tables {
  constructor(
    private readonly profile: CrmProfile,
    private readonly layout: CrmTablesLayout,
  ) {}

  invalid(issues: string): AdapterError {
    return new AdapterError('crmExportInvalid', { vendor: this.profile.vendor, issues });
  }

  idOf(row: CrmRow, column: string, table: string, index: number): string {
    const id = cell(row, column);
    if (id === undefined || typeof id === 'object') throw this.invalid(`${table} row ${index + 1}: no ${column}`);
    return text(id);
  }

  /** The moment as the record keeps it, and a number that orders it among the others. */
  moment(value: unknown, where: string): { at: string; order: number } {
    const order = instantOrder(value, this.profile.dates);
    if (order === null) throw this.invalid(`${where}: "${text(value)}" is not a date and time`);
    return { at: text(value), order };
  }

  records(rows: readonly CrmRow[]): Built[] {
    const { object, id } = this.layout.records;
    const seen = new Set<string>();
    return rows.map((row, i) => {
      const recordId = this.idOf(row, id, object, i);
      if (seen.has(recordId)) throw this.invalid(`${object}: two rows have the id ${recordId}`);
      seen.add(recordId);
      return { id: recordId, object, fields: fieldsOf(row), stages: this.stages(recordId, row) };
    });
  }

  private changes = new Map<string, { to: string; from: string | undefined; at: string; order: number; id: string }[]>();

  readHistory(rows: readonly CrmRow[]): void {
    const h = this.layout.history;
    if (h === undefined) return;
    rows.forEach((row, i) => {
      if (h.field !== undefined && !h.field.values.includes(text(cell(row, h.field.column) ?? ''))) return;
      const parent = this.idOf(row, h.parent, h.object, i);
      const to = cell(row, h.to);
      if (to === undefined) return;
      const from = h.from === undefined ? undefined : cell(row, h.from);
      const { at, order } = this.moment(cell(row, h.at), `${h.object} row ${i + 1}, ${h.at}`);
      const list = this.changes.get(parent) ?? [];
      list.push({ to: text(to), from: from === undefined ? undefined : text(from), at, order, id: h.id === undefined ? parent : this.idOf(row, h.id, h.object, i) });
      this.changes.set(parent, list);
    });
  }

  /**
   * The stages a record passed through, oldest first: the stage it was created in (the
   * first change's old stage, or its stage now when nothing changed), each change, and
   * the moments written in its stage-entered columns.
   */
  private stages(recordId: string, row: CrmRow): CrmStageEntry[] {
    const { object, stage, created, stageEntered } = this.layout.records;
    const h = this.layout.history;
    const entries: (CrmStageEntry & { order: number })[] = [];
    if (stageEntered !== undefined) {
      const pattern = new RegExp(stageEntered);
      for (const [header, value] of Object.entries(row)) {
        const m = pattern.exec(header);
        if (m?.[1] === undefined || cell(row, header) === undefined) continue;
        const { at, order } = this.moment(value, `${object} ${recordId}, ${header}`);
        entries.push({ value: m[1], at, order, provenance: { source: this.profile.vendor, object, recordId, field: header, value: at } });
      }
    }
    const changes = [...(this.changes.get(recordId) ?? [])].sort((a, b) => a.order - b.order);
    const first = changes.length > 0 ? changes[0]?.from : entries.length === 0 && stage !== undefined ? cell(row, stage) : undefined;
    const createdAt = created === undefined ? undefined : cell(row, created);
    if (first !== undefined && createdAt !== undefined) {
      const { at, order } = this.moment(createdAt, `${object} ${recordId}, ${created ?? ''}`);
      entries.push({ value: text(first), at, order, provenance: { source: this.profile.vendor, object, recordId, field: created ?? '', value: at } });
    }
    for (const c of changes) {
      entries.push({ value: c.to, at: c.at, order: c.order, provenance: { source: this.profile.vendor, object: h?.object ?? object, recordId: c.id, field: h?.at ?? '', value: `${c.at} → ${c.to}` } });
    }
    return entries.sort((a, b) => a.order - b.order).map(({ order: _, ...entry }) => entry);
  }

  /** Attaches each related table's rows to their parents: a list, or the one row of a lookup. */
  attach(records: Built[], related: Readonly<Record<string, readonly CrmRow[]>>): void {
    const built = new Map<string, Built[]>();
    const byParent = new Map<string, Map<string, Built[]>>();
    for (const [name, spec] of Object.entries(this.layout.related)) {
      const groups = new Map<string, Built[]>();
      const rows = (related[name] ?? []).map((row, i) => {
        const child: Built = { id: this.idOf(row, spec.id, spec.object, i), object: spec.object, fields: fieldsOf(row), stages: [] };
        const parent = cell(row, spec.parent);
        // a row of no parent, or of a record not exported, belongs to no project read
        if (parent !== undefined) groups.set(text(parent), [...(groups.get(text(parent)) ?? []), child]);
        return child;
      });
      built.set(name, rows);
      byParent.set(name, groups);
    }
    for (const [name, spec] of Object.entries(this.layout.related)) {
      if (!Object.prototype.hasOwnProperty.call(related, name)) continue;
      const parents = spec.of === undefined ? records : (built.get(spec.of) ?? []);
      for (const parent of parents) {
        const children = byParent.get(name)?.get(parent.id) ?? [];
        if (!spec.one) parent.fields[name] = children;
        else if (children.length > 1) throw this.invalid(`${parent.object} ${parent.id} has ${String(children.length)} ${spec.object} rows (${children.map((c) => c.id).join(', ')}), where one is expected`);
        else if (children[0] !== undefined) parent.fields[name] = children[0];
      }
    }
  }
}

/**
 * CRM records from exported tables, read as the profile's `tables` section says: the
 * records' rows, their stage changes (or their stage-entered columns), and related tables
 * (payments, contracts) attached to their parents. The tables come from any export —
 * Salesforce Data Loader or report CSV, HubSpot's export, a Chinese CRM's 商机/合同/回款
 * sheets, rows of query results — once read as rows of header → value.
 *
 * @example
 * const records = tableRecords({ records: opportunityRows, history: historyRows, related: { Payments__r: paymentRows } }, crmProfile('salesforce'));
 * @throws AdapterError `crmProfileInvalid` when the profile has no `tables` section; `crmExportInvalid` when a row lacks its id or a change's moment cannot be read, or two rows have the same id.
 */
export function tableRecords(tables: CrmTables, profile: CrmProfile): CrmRecord[] {
  const layout = profile.tables;
  if (layout === undefined) throw new AdapterError('crmProfileInvalid', { issues: `tables: profile "${profile.id}" does not say how tables become records` }, ['tables']);
  const reader = new Tables(profile, layout);
  reader.readHistory(tables.history ?? []);
  const records = reader.records(tables.records);
  reader.attach(records, tables.related ?? {});
  return records;
}
