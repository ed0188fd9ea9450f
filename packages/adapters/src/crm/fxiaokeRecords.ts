import { z } from 'zod';
import { AdapterError } from '../AdapterError.js';
import type { CrmProfile } from './crmProfile.js';
import { crmProfile } from './crmProfiles.js';
import type { CrmRecord } from './crmRecord.js';
import { tableRecords, type CrmRow } from './tableRecords.js';

/** A response of 纷享销客's object query (`POST /cgi/crm/v2/data/query`): `errorCode` 0 and a page of `dataList`. */
const queryResponse = z.looseObject({
  errorCode: z.number().int().optional(),
  errorMessage: z.string().optional(),
  traceId: z.string().optional(),
  data: z
    .looseObject({
      dataList: z.array(z.record(z.string(), z.unknown())),
      total: z.number().int().min(0).optional(),
    })
    .optional(),
});

/** One response, or every page, of a 纷享销客 object query. */
export type FxiaokeQueryResponse = z.input<typeof queryResponse>;

/** The query results of each object: the opportunities, their stage log, and related objects by the names of the profile's `tables.related`. */
export interface FxiaokeResults {
  readonly records: unknown;
  readonly history?: unknown;
  readonly related?: Readonly<Record<string, unknown>>;
}

function rowsOf(name: string, data: unknown): CrmRow[] {
  const parsed = z.union([queryResponse, z.array(queryResponse).min(1)]).safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${name}${i.path.length > 0 ? '.' : ''}${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AdapterError('crmExportInvalid', { vendor: '纷享销客', issues });
  }
  const pages = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const rows: CrmRow[] = [];
  let total: number | undefined;
  for (const [i, page] of pages.entries()) {
    // a failed call (an expired corpAccessToken, say) answers errorCode ≠ 0 and no data
    if ((page.errorCode ?? 0) !== 0 || page.data === undefined) {
      throw new AdapterError('crmExportInvalid', { vendor: '纷享销客', issues: `${name}${pages.length > 1 ? `[${String(i)}]` : ''}: errorCode ${String(page.errorCode ?? '(none)')} ${page.errorMessage ?? 'and no data'}` });
    }
    rows.push(...page.data.dataList);
    total = page.data.total ?? total;
  }
  if (total !== undefined && rows.length < total) throw new AdapterError('crmPagesIncomplete', { vendor: '纷享销客', next: `${name}: offset ${String(rows.length)} of ${String(total)}` });
  return rows;
}

/**
 * CRM records from 纷享销客 (Fxiaoke) object query results — one response or every page of
 * `{ errorCode, errorMessage, data: { dataList, total } }` — read through the profile's
 * `tables` (the shipped `fxiaoke` profile by default): 商机 NewOpportunityObj with its
 * stage log, 合同 ContractObj and 回款 PaymentObj attached to it. Fields stay as the CRM
 * sends them: `_id`, `owner` (an array of ids), dates as epoch milliseconds, amounts
 * as strings.
 *
 * @example
 * const records = fxiaokeRecords({ records: opportunityPages, history: stageLog, related: { contract: contracts, payments, complaints } });
 * @throws AdapterError `crmExportInvalid` when a response is not in the documented shape or reports an error; `crmPagesIncomplete` when fewer rows than its `total` were given.
 */
export function fxiaokeRecords(results: FxiaokeResults, profile: CrmProfile = crmProfile('fxiaoke')): CrmRecord[] {
  const related: Record<string, CrmRow[]> = {};
  for (const [name, data] of Object.entries(results.related ?? {})) related[name] = rowsOf(name, data);
  return tableRecords(
    { records: rowsOf('records', results.records), ...(results.history === undefined ? {} : { history: rowsOf('history', results.history) }), related },
    profile,
  );
}
