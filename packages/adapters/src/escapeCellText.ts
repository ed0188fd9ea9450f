/** Text that a spreadsheet program could take for a formula (OWASP "CSV injection"). */
const DANGEROUS = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * Whether a spreadsheet program would take text typed into a cell for a formula: it
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return. The results workbook
 * stores such text exactly, in a text cell with a quote-prefix style.
 *
 * @example
 * isFormulaLike('=HYPERLINK("x")') // true
 * isFormulaLike('张三')            // false
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * Makes text safe to put in a CSV field, as OWASP advises against CSV injection: text
 * beginning with `=`, `+`, `-`, `@`, a tab or a carriage return (after any apostrophes)
 * gets a leading apostrophe, so that a subject named `=HYPERLINK("x")` stays text when
 * the file is opened in a spreadsheet program (the field is then quoted as any CSV
 * field with a quote, comma or line break). Workbooks need no such change: see
 * {@link isFormulaLike}. {@link unescapeCellText} undoes it exactly.
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
