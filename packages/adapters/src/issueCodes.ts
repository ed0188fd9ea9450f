/**
 * Why a cell could not be used. Stable codes: programs may switch on them; the
 * messages for people live in `locales/`.
 */
export const CELL_ISSUE_CODES = [
  'emptyCell',
  'notANumber',
  'notAnInteger',
  'belowMinimum',
  'aboveMaximum',
  'notABoolean',
  'notADate',
  'impossibleDate',
  'dateWithoutTime',
  'unexpectedTime',
  'serialOutOfRange',
  'notAnOption',
  'formulaError',
  'formulaWithoutValue',
  'unsupportedCell',
  'duplicateSubject',
  'unknownSubject',
  'subjectHasRejectedRows',
  'cellWithoutHeader',
] as const;

/** A code from {@link CELL_ISSUE_CODES}. */
export type CellIssueCode = (typeof CELL_ISSUE_CODES)[number];

/**
 * Why a whole file or mapping could not be used (thrown as an {@link AdapterError}).
 */
export const ADAPTER_ERROR_CODES = [
  'mappingInvalid',
  'unknownMapping',
  'mappingUnavailable',
  'mappingMissing',
  'unknownFormat',
  'legacyWorkbook',
  'sourceUnreadable',
  'encodingMismatch',
  'headerNotFound',
  'ambiguousHeader',
  'periodMissing',
  'badTimeZone',
  'workbookUnreadable',
  'mixedEncoding',
  'rowTooLarge',
  'cellTooLarge',
  'sheetTooLarge',
  'textTooLarge',
  'workbookTruncated',
  'ticketProfileInvalid',
  'ticketExportInvalid',
  'ticketEventsInvalid',
  'duckdbMissing',
] as const;

/** A code from {@link ADAPTER_ERROR_CODES}. */
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number] | CrmErrorCode;

/**
 * Why a CRM record could not be turned into a project's facts (reported per record,
 * never thrown: the other records are still read).
 */
export const CRM_ISSUE_CODES = ['crmCurrencyRefused', 'crmFactMissing', 'crmValueInvalid', 'crmUnknownStage'] as const;

/** A code from {@link CRM_ISSUE_CODES}. */
export type CrmIssueCode = (typeof CRM_ISSUE_CODES)[number];

/** Why a CRM export or profile cannot be used at all (thrown as an {@link AdapterError}). */
export const CRM_ERROR_CODES = ['crmProfileInvalid', 'crmUnknownProfile', 'crmExportInvalid', 'crmPagesIncomplete', 'crmTokenRejected', 'crmAccessDenied', 'crmRequestFailed'] as const;

/** A code from {@link CRM_ERROR_CODES}. */
export type CrmErrorCode = (typeof CRM_ERROR_CODES)[number];

/**
 * What happened to a ticket on its way to an order: why it was left out, or what was
 * assumed or chosen and should be looked at. Reported by ticket id.
 */
export const TICKET_ISSUE_CODES = [
  'ticketNoStart',
  'ticketNoSubject',
  'ticketUnmappedClass',
  'ticketBadTimestamp',
  'ticketStepBeforeStart',
  'ticketStepsOutOfOrder',
  'ticketMissingStep',
  'ticketZoneAssumed',
  'ticketReopened',
  'ticketVerdictDisagrees',
  'ticketVerdictDisagreesOverall',
  'ticketNoId',
] as const;

/** A code from {@link TICKET_ISSUE_CODES}. */
export type TicketIssueCode = (typeof TICKET_ISSUE_CODES)[number];

/**
 * What joining several sources by subject found: a subject one source has and another lacks,
 * or a fact given by two sources with different values.
 */
export const JOIN_ISSUE_CODES = ['joinConflict', 'joinSubjectMissing', 'joinSubjectUnused'] as const;

/** A code from {@link JOIN_ISSUE_CODES}. */
export type JoinIssueCode = (typeof JOIN_ISSUE_CODES)[number];

/** Every code that has a message in both locales. */
export type MessageCode = CellIssueCode | AdapterErrorCode | TicketIssueCode | CrmIssueCode | CrmErrorCode | JoinIssueCode;
