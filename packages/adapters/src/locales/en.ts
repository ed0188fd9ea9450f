import type { MessageCode } from '../issueCodes.js';

/**
 * English messages. `{name}` is replaced by the parameter of that name.
 * Kept in parity with `zh-CN.ts` by a test.
 */
export const en: Record<MessageCode, string> = {
  emptyCell: 'The cell under "{header}" is empty, and this column needs a value.',
  notANumber: '"{value}" is not a number (write for example 12, 1,234, 12.5 or 85%).',
  notAnInteger: '"{value}" is not a whole number.',
  belowMinimum: '{value} is below the smallest allowed value, {min}.',
  aboveMaximum: '{value} is above the largest allowed value, {max}.',
  notABoolean: '"{value}" is not a yes/no value (write 是/否, yes/no, true/false or ✓).',
  notADate: '"{value}" is not a date (write for example 2026/9/1, 2026-09-01 or 2026年9月1日).',
  impossibleDate: '"{value}" is not a day of the calendar.',
  dateWithoutTime: '"{value}" has a date but no time of day, and this column needs both (for example 2026/9/1 10:00).',
  unexpectedTime: '"{value}" has a time of day, and this column takes a date only.',
  serialOutOfRange: '{value} is outside the range of spreadsheet date numbers.',
  notAnOption: '"{value}" is not one of the accepted values: {options}.',
  formulaError: 'The formula in this cell gives the error {value}.',
  formulaWithoutValue: 'This cell holds a formula whose value was never computed; open and save the file in a spreadsheet program first.',
  unsupportedCell: 'This cell holds something other than text, a number, a date or yes/no ({value}).',
  duplicateSubject: 'Subject "{subject}" for period "{period}" already appears on row {firstRow}.',
  unknownSubject: 'Subject "{subject}" does not appear in the table of subjects.',
  subjectHasRejectedRows: 'Subject "{subject}" was left out because {count} of its rows could not be used (rows {rows}).',
  mappingInvalid: 'The column mapping is not valid: {issues}.',
  unknownMapping: 'There is no default mapping for "{id}"; known: {known}.',
  mappingUnavailable: 'No column mapping can be made from scheme "{id}": {reason}.',
  mappingMissing: 'Give a column mapping, or the scheme to make one from.',
  unknownFormat: 'Cannot tell the format of {source}; give format "csv" or "xlsx".',
  sourceUnreadable: 'Cannot read {source}: {reason}.',
  encodingMismatch: 'Row {row} is not valid {encoding} (byte offset {offset}): the file is in another encoding or mixes encodings; save it again as UTF-8, or give its encoding (for example "gb18030").',
  headerNotFound: 'No header row found in sheet "{sheet}" within its first {rows} rows; missing columns: {missing}.',
  ambiguousHeader: 'In sheet "{sheet}", both column {first} and column {second} match "{target}".',
  periodMissing: 'The rows carry no period and none was given; add a period column or pass the period option.',
  badTimeZone: '"{timeZone}" is not a time zone known to this system.',
  workbookUnreadable: 'The workbook cannot be read: {reason}.',
  mixedEncoding: 'Row {row} is in UTF-8 while the rows before it are in GB18030/GBK (byte offset {offset}): the file mixes two encodings; save it again in one encoding, or give the encoding if this row is right.',
  rowTooLarge: 'Row {row} is longer than {limit} bytes (a file without line breaks, or a quote never closed); a row cannot be that long.',
  cellTooLarge: 'The cell at {column}{row} of sheet "{sheet}" holds more than {limit} characters, the most a cell may hold.',
  sheetTooLarge: 'Part "{part}" of the workbook decompresses to more than {limit} bytes, the most a sheet may take; the file is damaged or built to exhaust memory.',
  textTooLarge: 'Part "{part}" of the workbook holds a text or tag of more than {limit} characters, more than any cell may hold; the file is damaged or built to exhaust memory.',
  workbookTruncated: 'The workbook is truncated or corrupt ({reason}): the file ends before its data does; save or copy it again.',
};
