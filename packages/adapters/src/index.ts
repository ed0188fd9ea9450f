/**
 * @kaohe/adapters: appraisal inputs from the spreadsheets departments keep (.xlsx,
 * CSV in UTF-8 or GBK/GB18030), following column mappings kept as JSON data, project
 * facts from CRM records (Salesforce, HubSpot, 纷享销客, any CRM's 商机/合同/回款 sheets) through CRM profiles, and appraisal results
 * back into a workbook. Node.js only (files and streams).
 *
 * @packageDocumentation
 */
export { readInputs, readAllInputs, type ReadInputsOptions, type InputReader } from './readInputs.js';
export { InputAssembler, type AssemblerOptions } from './InputAssembler.js';
export { openSource, type InputSource, type SourceFormat, type OpenOptions } from './openSource.js';
export { csvSheets, type CsvOptions } from './csvSheets.js';
export { xlsxSheets, fromExcelValue } from './xlsxSheets.js';
export type { SheetRows, SheetSource } from './sheetSource.js';
export { decodeText, detectEncoding, type TextEncodingName, type DecodeOptions } from './decodeText.js';
export { MAX_CELL_CHARS, MAX_ROW_BYTES, MAX_SHEET_BYTES } from './limits.js';
export { isBlankCell, rawCellText, type RawCell, type RawRow, type SheetDate, type SheetPercent, type SheetProblem } from './rawCell.js';

export {
  MappingSchema,
  COLUMN_TYPES,
  type Mapping,
  type MappingInput,
  type MappingTable,
  type MappingColumn,
  type ColumnType,
} from './mappingSchema.js';
export { parseMapping } from './parseMapping.js';
export { DEFAULT_MAPPINGS, defaultMapping } from './defaultMappings.js';
export { schemeMapping, type SchemeMappingOptions } from './schemeMapping.js';
export { schemeContract, type SchemeContract } from './schemeContract.js';
export { sheetGuide, type SheetGuideColumn, type SheetGuideTable } from './sheetGuide.js';
export { writeTemplateWorkbook, type TemplateWorkbookOptions } from './writeTemplateWorkbook.js';
export { mergeMappings } from './mergeMappings.js';
export { bindHeaders, type BoundColumn, type HeaderBinding } from './bindHeaders.js';

export {
  compileConverter,
  compileCellReader,
  CellFailure,
  type CellConverter,
  type CellReader,
  type CellRead,
  type CellValue,
  type Converted,
  type ConvertContext,
} from './convertCell.js';
export { toDecimalString } from './toDecimalString.js';
export { parseBoolean } from './parseBoolean.js';
export {
  parseDateText,
  serialToDateParts,
  utcFieldsToParts,
  isValidDateParts,
  formatDate,
  formatDateTime,
  MAX_SERIAL,
  type DateParts,
} from './dateParts.js';
export { zoneOffset, isKnownTimeZone } from './zoneOffset.js';
export { normalizeText, headerKey } from './normalizeText.js';
export { columnLetter } from './columnLetter.js';

export type { AppraisalInput } from './appraisalInput.js';
export type { CellIssue, RowRejection, WithheldSubject, SheetReport, ReadReport } from './readReport.js';
export { AdapterError, isAdapterError, type AdapterIssue } from './AdapterError.js';
export {
  CELL_ISSUE_CODES,
  ADAPTER_ERROR_CODES,
  type CellIssueCode,
  type AdapterErrorCode,
  type MessageCode,
  CRM_ISSUE_CODES,
  CRM_ERROR_CODES,
  type CrmIssueCode,
  type CrmErrorCode,
} from './issueCodes.js';
export { localizedMessage, type LocalizedText, type Locale, type MessageParams } from './localizedMessage.js';

export { writeResultsWorkbook, writeResultsWorkbookFrom, resultsWorkbookBuffer, type ResultsWorkbookOptions, type ResultsWorkbookFromOptions } from './writeResultsWorkbook.js';
export { ResultsSummary, type SchemeSummary, type SummaryTally } from './ResultsSummary.js';
export { outcomeText } from './outcomeText.js';
export { WORKBOOK_TEXTS, type WorkbookTextKey } from './workbookTexts.js';
export { readResultsWorkbook, type ResultRow, type ResultsSheet } from './readResultsWorkbook.js';
export type {
  ResultForWorkbook,
  ResultItemForWorkbook,
  ResultLineForWorkbook,
  ResultVetoForWorkbook,
  RejectedRowForWorkbook,
  RunCountsForWorkbook,
} from './resultForWorkbook.js';
export { RESULTS_HEADERS, type ResultsHeaderKey } from './resultsHeaders.js';
export { escapeCellText, unescapeCellText, isFormulaLike } from './escapeCellText.js';

export {
  TicketProfileSchema,
  TicketFieldRef,
  METRIC_EVENT_TYPES,
  parseTicketProfile,
  describeRef,
  type TicketProfile,
  type TicketProfileInput,
} from './tickets/TicketProfile.js';
export { TICKET_PROFILES, ticketProfile } from './tickets/ticketProfiles.js';
export {
  ticketOrders,
  ticketFacts,
  ticketNotice,
  type SourceTicket,
  type TicketOrder,
  type TicketNotice,
  type TicketRead,
  type SourceVerdict,
  type OrderProvenance,
} from './tickets/ticketOrders.js';
export { parseTicketTime, type TicketTime } from './tickets/ticketTime.js';
export { readZendesk, ZendeskExportSchema, type ZendeskExport } from './tickets/readZendesk.js';
export { readJira, JiraExportSchema, type JiraExport } from './tickets/readJira.js';
export { readServiceNow, ServiceNowExportSchema, type ServiceNowExport } from './tickets/readServiceNow.js';
export { readTicketSheet, type TicketSheetOptions } from './tickets/readTicketSheet.js';
export { ticketEventsSql, eventRule, TICKET_EVENT_COLUMNS, type EventRule } from './tickets/ticketEventsSql.js';
export { ticketEventFacts, type SubjectCounts, type TicketEventOptions } from './tickets/ticketEventFacts.js';
export { duckdbTicketFacts } from './tickets/duckdbTicketFacts.js';
export { DUCKDB_MEMORY_LIMIT, DUCKDB_THREADS, type DuckDbTicketOptions } from './tickets/duckdbRows.js';
export { duckdbTicketOrders } from './tickets/duckdbTicketOrders.js';
export { ticketEventOrders } from './tickets/ticketEventOrders.js';
export { ticketOrdersSql, orderRule, type OrderRule } from './tickets/ticketOrdersSql.js';
export { type SubjectOrders, type TicketEventRow } from './tickets/eventOrders.js';
export { onTimeCounts, type OnTimeOptions, type OnTimeRule } from './tickets/onTimeCounts.js';
export { pathValue } from './tickets/pathValue.js';
export { compareVerdicts, type VerdictLines } from './tickets/compareVerdicts.js';
export { TICKET_ISSUE_CODES, type TicketIssueCode } from './issueCodes.js';
export { validateJson } from './validateJson.js';
export {
  CrmProfileSchema,
  CRM_FIELD_TYPES,
  parseCrmProfile,
  withSchemeFacts,
  type CrmProfile,
  type CrmProfileInput,
  type CrmFactSource,
  type CrmDatePoint,
  type CrmFieldType,
} from './crm/crmProfile.js';
export { CRM_PROFILES, crmProfile } from './crm/crmProfiles.js';
export { fieldValue, isCrmRecord, type CrmRecord, type CrmStageEntry, type CrmProvenance } from './crm/crmRecord.js';
export { calendarDay, daysBetween, instantOrder, CRM_DATE_ORDERS, type CrmDateOrder } from './crm/calendarDay.js';
export { CrmTablesSchema, type CrmTablesLayout } from './crm/crmTables.js';
export { tableRecords, type CrmRow, type CrmTables } from './crm/tableRecords.js';
export { readCrmTables, crmTableRows, crmTableSheets, type CrmTableSources, type CrmTableSheet } from './crm/readCrmTables.js';
export { fxiaokeRecords, type FxiaokeResults, type FxiaokeQueryResponse } from './crm/fxiaokeRecords.js';
export { crmRequest, retryAfterMs, type CrmFetchOptions, type CrmRequest } from './crm/crmRequest.js';
export { fetchSalesforceQuery, fetchHubSpotDeals, fetchHubSpotPipelines, type SalesforceQueryOptions, type HubSpotFetchOptions } from './crm/crmClient.js';
export { StageTimeline, type StageDay } from './crm/stageTimeline.js';
export { readCrmProjects, type CrmRead, type CrmProject, type CrmNotReady, type CrmIssue, type ReadCrmOptions } from './crm/readCrmProjects.js';
export { salesforceRecords, type SalesforceQueryResult } from './crm/salesforceRecords.js';
export { hubspotRecords, type HubSpotDealPage, type HubSpotPipelines } from './crm/hubspotRecords.js';
export { joinSubjects, type SubjectPart, type SubjectSource, type JoinIssue, type JoinedSubjects } from './joinSubjects.js';
export { JOIN_ISSUE_CODES, type JoinIssueCode } from './issueCodes.js';
