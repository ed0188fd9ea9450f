/**
 * The largest text a cell may hold, in characters: 32,767, the limit of Excel itself,
 * so that every accepted cell can also be written back to a workbook. A longer cell of
 * a CSV file or a workbook stops the read with `cellTooLarge`, naming the row.
 */
export const MAX_CELL_CHARS = 32_767;

/**
 * The longest row of a CSV file, in bytes (1 MiB): a row is held whole while it is
 * parsed, so this bounds memory on a file without line breaks or with an unclosed
 * quote. A longer row stops the read with `rowTooLarge`, naming the row.
 */
export const MAX_ROW_BYTES = 1 << 20;

/**
 * The largest decompressed part of an .xlsx workbook (a sheet, its shared strings, its
 * styles), in bytes: 256 MiB, some 600,000 rows of ten cells. Counted while the part is
 * inflated, so a zip bomb stops here (`sheetTooLarge`) instead of filling memory or disk.
 */
export const MAX_SHEET_BYTES = 256 * 2 ** 20;
