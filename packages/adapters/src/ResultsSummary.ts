import { Decimal } from 'decimal.js';
import type { Locale } from './localizedMessage.js';
import { outcomeText } from './outcomeText.js';
import type { ResultSchemeForWorkbook, WorkbookResult } from './resultForWorkbook.js';
import { WORKBOOK_TEXTS } from './workbookTexts.js';

/** How many subjects share a band, an outcome or a veto, and the label they are shown under. */
export interface SummaryTally {
  readonly label: string;
  count: number;
  /** The highest figure (total, or a regime's points) met among them, to order bands as the scheme does. */
  top: Decimal;
}

/** The overview figures of one scheme's results. */
export interface SchemeSummary {
  readonly scheme: ResultSchemeForWorkbook;
  readonly regime: boolean;
  count: number;
  /** Of the totals, or of a penalty regime's points. */
  sum: Decimal;
  min: Decimal | null;
  max: Decimal | null;
  /** A penalty regime's fines in all. */
  fines: Decimal;
  readonly bands: Map<string, SummaryTally>;
  readonly outcomes: Map<string, SummaryTally>;
  readonly vetoes: Map<string, SummaryTally>;
}

function tally(tallies: Map<string, SummaryTally>, key: string, label: string, figure: Decimal): void {
  const known = tallies.get(key);
  if (known === undefined) tallies.set(key, { label, count: 1, top: figure });
  else {
    known.count += 1;
    if (figure.gt(known.top)) known.top = figure;
  }
}

/**
 * The overview of a run's results, gathered one result at a time (memory grows with the schemes,
 * bands, outcomes and vetoes met, never with the results): per scheme the count, the mean, lowest
 * and highest total, and how many subjects each band, outcome and veto has.
 *
 * @example
 * const summary = new ResultsSummary('zh-CN');
 * for (const result of results) summary.add(result);
 * summary.schemes()[0].count
 */
export class ResultsSummary {
  readonly #locale: Locale;
  readonly #schemes = new Map<string, SchemeSummary>();

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  /** Counts a result under its scheme (and version). */
  add(result: WorkbookResult): void {
    const locale = this.#locale;
    const key = `${result.scheme.id}@${String(result.scheme.version)}`;
    let s = this.#schemes.get(key);
    if (s === undefined) {
      s = { scheme: result.scheme, regime: result.kind === 'penaltyRegime', count: 0, sum: new Decimal(0), min: null, max: null, fines: new Decimal(0), bands: new Map(), outcomes: new Map(), vetoes: new Map() };
      this.#schemes.set(key, s);
    }
    const figure = new Decimal(result.kind === 'penaltyRegime' ? result.points : result.total);
    s.count += 1;
    s.sum = s.sum.plus(figure);
    if (s.min === null || figure.lt(s.min)) s.min = figure;
    if (s.max === null || figure.gt(s.max)) s.max = figure;
    tally(s.outcomes, result.outcome, outcomeText(result, locale), figure);
    if (result.kind === 'penaltyRegime') {
      s.fines = s.fines.plus(result.fine.total);
      return;
    }
    if (result.band) tally(s.bands, result.band.id, result.band.name[locale], figure);
    else tally(s.bands, '', WORKBOOK_TEXTS.noBand[locale], figure);
    for (const veto of result.vetoes) {
      const label = veto.name?.[locale] ?? veto.id ?? veto.message?.[locale] ?? '';
      tally(s.vetoes, veto.id ?? label, label, figure);
    }
  }

  /** The schemes in the order their first result came. */
  schemes(): SchemeSummary[] {
    return [...this.#schemes.values()];
  }
}
