/** Where a fact came from: the CRM, the object and record, and the field read. */
export interface CrmProvenance {
  readonly source: string;
  readonly object: string;
  readonly recordId: string;
  readonly field: string;
  /** The value as the CRM wrote it. */
  readonly value?: string;
}

/** A stage the record was in, from the day it entered it (a stage-history row, or the record's creation). */
export interface CrmStageEntry {
  /** The stage as the CRM writes it (a name or an id). */
  readonly value: string;
  /** When it was entered: an ISO date-time or date. */
  readonly at: string;
  readonly provenance: CrmProvenance;
}

/**
 * A CRM record as the readers give it, whatever the vendor: its id and object, its
 * fields (lookups as nested objects, related lists as arrays of `CrmRecord`), and the
 * stages it passed through, oldest first.
 */
export interface CrmRecord {
  readonly id: string;
  readonly object: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly stages: readonly CrmStageEntry[];
}

/** Whether a value is a {@link CrmRecord} (an item of a related list). */
export function isCrmRecord(value: unknown): value is CrmRecord {
  return typeof value === 'object' && value !== null && typeof (value as CrmRecord).id === 'string' && typeof (value as CrmRecord).fields === 'object' && Array.isArray((value as CrmRecord).stages);
}

/**
 * The value at a dotted path of a record's fields (`Account.Name`); `undefined` when a
 * step is missing or null.
 *
 * @example
 * fieldValue(record, 'Account.Name') // 'XX 市中级人民法院'
 */
export function fieldValue(record: CrmRecord, path: string): unknown {
  let current: unknown = record.fields;
  for (const step of path.split('.')) {
    if (isCrmRecord(current)) current = current.fields;
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current === null ? undefined : current;
}
