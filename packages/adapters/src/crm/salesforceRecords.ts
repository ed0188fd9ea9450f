import { z } from 'zod';
import { AdapterError } from '../AdapterError.js';
import type { CrmRecord, CrmStageEntry } from './crmRecord.js';

const sObject = z.looseObject({
  attributes: z.looseObject({ type: z.string().min(1), url: z.string().optional() }),
  Id: z.string().min(1),
});

/** A page of a Salesforce REST query result (`/services/data/vXX.X/query?q=…`). */
const queryResult = z.looseObject({
  totalSize: z.number().int().min(0),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(sObject),
});

/** A page, or every page, of a Salesforce query result. */
export type SalesforceQueryResult = z.input<typeof queryResult>;

const historyRow = z.looseObject({
  Id: z.string().min(1),
  OpportunityId: z.string().min(1),
  CreatedDate: z.string().min(1),
  Field: z.string(),
  OldValue: z.unknown().optional(),
  NewValue: z.unknown().optional(),
});

type HistoryRow = z.output<typeof historyRow>;

function pagesOf(name: string, data: unknown): z.output<typeof queryResult>[] {
  const parsed = z.union([queryResult, z.array(queryResult).min(1)]).safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${name}${i.path.length > 0 ? '.' : ''}${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AdapterError('crmExportInvalid', { vendor: 'Salesforce', issues });
  }
  const pages = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const last = pages[pages.length - 1];
  if (last !== undefined && !last.done) throw new AdapterError('crmPagesIncomplete', { vendor: 'Salesforce', next: last.nextRecordsUrl ?? '(no nextRecordsUrl)' });
  return pages;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields of an sObject: `attributes` dropped, related lists (`{ records: [...] }`) as arrays of records, lookups as objects. */
function fieldsOf(row: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'attributes') continue;
    if (isObject(value) && Array.isArray(value['records'])) fields[key] = value['records'].filter(isObject).map((r) => recordOf(r, []));
    else if (isObject(value) && isObject(value['attributes'])) fields[key] = fieldsOf(value);
    else fields[key] = value;
  }
  return fields;
}

function recordOf(row: Record<string, unknown>, stages: CrmStageEntry[]): CrmRecord {
  const attributes = isObject(row['attributes']) ? row['attributes'] : {};
  return { id: String(row['Id']), object: String(attributes['type'] ?? ''), fields: fieldsOf(row), stages };
}

function stageEntries(row: Record<string, unknown>, history: readonly HistoryRow[]): CrmStageEntry[] {
  const id = String(row['Id']);
  const changes = history.filter((h) => h.OpportunityId === id && h.Field === 'StageName').sort((a, b) => (a.CreatedDate === b.CreatedDate ? (a.Id < b.Id ? -1 : 1) : a.CreatedDate < b.CreatedDate ? -1 : 1));
  const createdDate = typeof row['CreatedDate'] === 'string' ? row['CreatedDate'] : undefined;
  const first = changes[0]?.OldValue ?? (changes.length === 0 ? row['StageName'] : undefined);
  const entries: CrmStageEntry[] = [];
  if (typeof first === 'string' && createdDate !== undefined) {
    entries.push({ value: first, at: createdDate, provenance: { source: 'salesforce', object: 'Opportunity', recordId: id, field: 'CreatedDate', value: createdDate } });
  }
  for (const change of changes) {
    if (typeof change.NewValue !== 'string') continue;
    entries.push({ value: change.NewValue, at: change.CreatedDate, provenance: { source: 'salesforce', object: 'OpportunityFieldHistory', recordId: change.Id, field: 'CreatedDate', value: `${change.CreatedDate} → ${change.NewValue}` } });
  }
  return entries;
}

/**
 * CRM records from Salesforce REST query results — one page or every page of
 * `{ totalSize, done, nextRecordsUrl, records }` — with the stages each opportunity
 * passed through from the OpportunityFieldHistory rows of `StageName` (`OldValue`,
 * `NewValue`, `CreatedDate`): the first row's `OldValue` is the stage the opportunity
 * was created in, on its `CreatedDate`. Related lists queried as sub-queries
 * (`(SELECT … FROM Payments__r)`) become arrays of records, lookups (`Account.Name`)
 * nested objects.
 *
 * @example
 * const records = salesforceRecords(JSON.parse(opportunitiesJson), JSON.parse(historyJson));
 * @throws AdapterError `crmExportInvalid` when a result is not in the documented shape, `crmPagesIncomplete` when its last page is not `done`.
 */
export function salesforceRecords(query: unknown, history?: unknown): CrmRecord[] {
  const rows = pagesOf('records', query).flatMap((page) => page.records);
  const historyRows: HistoryRow[] = [];
  if (history !== undefined) {
    for (const page of pagesOf('history', history)) {
      for (const [i, row] of page.records.entries()) {
        const parsed = historyRow.safeParse(row);
        if (!parsed.success) throw new AdapterError('crmExportInvalid', { vendor: 'Salesforce', issues: `history.records.${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}` });
        historyRows.push(parsed.data);
      }
    }
  }
  return rows.map((row) => recordOf(row, stageEntries(row, historyRows)));
}
