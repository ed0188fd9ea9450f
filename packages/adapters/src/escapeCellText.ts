/** Text that a spreadsheet program could take for a formula (OWASP "CSV injection"). */
const DANGEROUS = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * Makes text safe to put in a cell: text beginning with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (after any apostrophes) gets a leading apostrophe, so that a
 * subject named `=HYPERLINK("x")` stays text even when the cell is edited, copied or
 * saved as CSV. The writer also stores every text as a string cell, never as a formula.
 * {@link unescapeCellText} undoes it exactly.
 *
 * @example
 * escapeCellText('=HYPERLINK("x")') // `'=HYPERLINK("x")`
 * escapeCellText('张三')            // '张三'
 */
export function escapeCellText(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link escapeCellText}: drops the apostrophe it added.
 *
 * @example
 * unescapeCellText(`'=HYPERLINK("x")`) // '=HYPERLINK("x")'
 */
export function unescapeCellText(text: string): string {
  if (text.charCodeAt(0) !== 39) return text; // no apostrophe: nothing to undo (the common case)
  return ESCAPED.test(text) ? text.slice(1) : text;
}
