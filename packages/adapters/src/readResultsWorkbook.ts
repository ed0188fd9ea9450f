import { Decimal } from 'decimal.js';
import { headerKey } from './normalizeText.js';
import { openSource, type InputSource } from './openSource.js';
import { rawCellText, type RawCell } from './rawCell.js';
import { RESULTS_HEADERS, type ResultsHeaderKey } from './resultsHeaders.js';
import { toDecimalString } from './toDecimalString.js';

/** A row of a results sheet, read back. Figures are decimal strings with two places. */
export interface ResultRow {
  readonly row: number;
  readonly subject: string;
  /** The subject's name, or `null` when the sheet has no name column or the cell is empty. */
  readonly name: string | null;
  readonly period: string;
  /** Points by item id; `null` when the cell is empty (the item was absent). */
  readonly items: Readonly<Record<string, string | null>>;
  readonly total: string | null;
  readonly band: string | null;
  readonly outcome: string;
  readonly vetoes: string;
  readonly explanation: string;
  /** A project scheme's grade, or `null`. */
  readonly grade: string | null;
  /** A project scheme's bonus figures (two places), or `null` when the sheet has none. */
  readonly bonus: { readonly base: string | null; readonly full: string | null; readonly final: string | null; readonly pool: string | null } | null;
  /** Sanctions, one a line (empty when none). */
  readonly sanction: string;
  /** A penalty regime's points and fine (two places), or `null`. */
  readonly points: string | null;
  readonly fine: string | null;
}

/** A results sheet, read back. */
export interface ResultsSheet {
  readonly sheet: string;
  readonly title: string;
  readonly itemIds: readonly string[];
  readonly rows: readonly ResultRow[];
}

const KEYS = Object.keys(RESULTS_HEADERS) as ResultsHeaderKey[];

function fixed2(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined || cell === '') return null;
  const d = typeof cell === 'number' || typeof cell === 'string' ? toDecimalString(cell) : null;
  return d === null ? null : new Decimal(d).toFixed(2);
}

function textOf(cell: RawCell | undefined): string {
  return rawCellText(cell);
}

/**
 * Reads back the results sheets of a workbook written by `writeResultsWorkbook` (either
 * locale; its summary and rejected-rows sheets are left out) through the same streaming reader as the inputs: figures come back as decimal strings with two
 * places and text exactly as written (`=HYPERLINK("x")`, kept text by its quote-prefix style).
 *
 * @example
 * const [sheet] = await readResultsWorkbook('results.xlsx');
 * sheet.rows[0].total // '90.00'
 * @throws AdapterError when the file is not a readable workbook.
 */
export async function readResultsWorkbook(source: InputSource): Promise<ResultsSheet[]> {
  const sheets: ResultsSheet[] = [];
  for await (const sheet of openSource(source, { format: 'xlsx' })) {
    let title = '';
    let columns: Map<ResultsHeaderKey, number> | null = null;
    let items: { id: string; index: number }[] = [];
    const rows: ResultRow[] = [];
    for await (const batch of sheet.batches) {
      for (const raw of batch) {
        if (!columns) {
          const keys = raw.cells.map((c) => headerKey(textOf(c)));
          const found = new Map<ResultsHeaderKey, number>();
          for (const key of KEYS) {
            const i = keys.findIndex((k) => k === headerKey(RESULTS_HEADERS[key]['zh-CN']) || k === headerKey(RESULTS_HEADERS[key].en));
            if (i >= 0) found.set(key, i);
          }
          if (found.has('subject') && (found.has('total') || found.has('points'))) {
            columns = found;
            const from = Math.max(found.get('subject') ?? 0, found.get('name') ?? 0, found.get('period') ?? 0) + 1;
            const to = found.get('total') ?? from;
            items = [];
            for (let i = from; i < to; i++) items.push({ id: textOf(raw.cells[i]).trim().split(/\s+/)[0] ?? '', index: i });
          } else if (title === '') title = textOf(raw.cells[0]);
          continue;
        }
        const at = (key: ResultsHeaderKey): RawCell | undefined => {
          const i = columns?.get(key);
          return i === undefined ? undefined : raw.cells[i];
        };
        const points: Record<string, string | null> = {};
        for (const item of items) points[item.id] = fixed2(raw.cells[item.index]);
        const band = textOf(at('band'));
        const grade = textOf(at('grade'));
        const name = textOf(at('name'));
        const bonus = columns.has('bonusFinal')
          ? { base: fixed2(at('bonusBase')), full: fixed2(at('bonusFull')), final: fixed2(at('bonusFinal')), pool: fixed2(at('bonusPool')) }
          : null;
        rows.push({
          row: raw.row,
          subject: textOf(at('subject')),
          name: name === '' ? null : name,
          period: textOf(at('period')),
          items: points,
          total: fixed2(at('total')),
          band: band === '' ? null : band,
          outcome: textOf(at('outcome')),
          vetoes: textOf(at('vetoes')),
          explanation: textOf(at('explanation')),
          grade: grade === '' ? null : grade,
          bonus,
          sanction: textOf(at('sanction')),
          points: fixed2(at('points')),
          fine: fixed2(at('fine')),
        });
      }
    }
    // The summary and rejected-rows sheets carry no results header.
    if (columns !== null) sheets.push({ sheet: sheet.name, title, itemIds: items.map((i) => i.id), rows });
  }
  return sheets;
}
