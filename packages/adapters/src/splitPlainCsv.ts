/** The records of {@link splitPlainCsv}, and where the text it did not take starts. */
export interface PlainCsvRecords {
  readonly records: string[][];
  /** The offset in the text just past the last record taken (past its line break). */
  readonly cursor: number;
  /** The length of the longest cell (to check cells against a limit without walking them again). */
  readonly longest: number;
}

/**
 * Splits CSV text that holds no quote character into records of cells: lines at `newline`, cells
 * at `delimiter` — what papaparse's parser does with such text (its "fast mode": `split` of each
 * line), with each cell cut out of the text once, without a string per line. With `whole` false the
 * text after the last line break is left (a line that may go on in the next chunk); with `whole`
 * true it is the last record. An empty line is a record of one empty cell, as there.
 *
 * @example
 * splitPlainCsv('a,b\n1,2\n3', ',', '\n', false) // { records: [['a', 'b'], ['1', '2']], cursor: 8, longest: 1 }
 */
export function splitPlainCsv(text: string, delimiter: string, newline: string, whole: boolean): PlainCsvRecords {
  const records: string[][] = [];
  // As there: no text, no record (even the last).
  if (text === '') return { records, cursor: 0, longest: 0 };
  const width = delimiter.length;
  const length = text.length;
  let longest = 0;
  let start = 0;
  let cells: string[] = [];
  while (start <= length) {
    let end = text.indexOf(newline, start);
    if (end < 0) {
      if (!whole) break;
      end = length;
    }
    // The number of cells of the last record, so that each array is made at its length.
    cells = new Array<string>(cells.length);
    let count = 0;
    let from = start;
    for (let at = text.indexOf(delimiter, from); at >= 0 && at < end; at = text.indexOf(delimiter, from)) {
      if (at - from > longest) longest = at - from;
      cells[count++] = text.substring(from, at);
      from = at + width;
    }
    if (end - from > longest) longest = end - from;
    cells[count++] = text.substring(from, end);
    if (cells.length !== count) cells.length = count;
    records.push(cells);
    start = end + newline.length;
    if (end === length) break;
  }
  return { records, cursor: Math.min(start, length), longest };
}

/**
 * The cells of one line of such text, `text` from `start` to `end` (before its line break), split at
 * `delimiter`: the record {@link splitPlainCsv} gives for the line (an empty line is one empty cell).
 *
 * @example
 * splitPlainLine('x\na,b\n', 2, 5, ',') // ['a', 'b']
 */
export function splitPlainLine(text: string, start: number, end: number, delimiter: string): string[] {
  const cells: string[] = [];
  let from = start;
  for (let at = text.indexOf(delimiter, from); at >= 0 && at < end; at = text.indexOf(delimiter, from)) {
    cells.push(text.substring(from, at));
    from = at + delimiter.length;
  }
  cells.push(text.substring(from, end));
  return cells;
}
