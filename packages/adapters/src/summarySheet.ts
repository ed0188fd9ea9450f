import { Decimal } from 'decimal.js';
import { addWorkbookRow, type StreamedSheet } from './addWorkbookRow.js';
import type { Locale } from './localizedMessage.js';
import type { RunCountsForWorkbook } from './resultForWorkbook.js';
import { RESULTS_HEADERS } from './resultsHeaders.js';
import type { SchemeSummary, SummaryTally } from './ResultsSummary.js';
import { WORKBOOK_TEXTS, type WorkbookTextKey } from './workbookTexts.js';

const fixed2 = (value: Decimal): number => Number(value.toFixed(2));

/** The order of a tally's rows: by the highest total met (a scheme's bands, best first), by the fewest points (a regime's outcomes), or by count. */
type TallyOrder = 'total' | 'points' | 'count';

const ORDERS: Record<TallyOrder, (a: SummaryTally, b: SummaryTally) => number> = {
  total: (a, b) => b.top.cmp(a.top) || b.count - a.count,
  points: (a, b) => a.top.cmp(b.top) || b.count - a.count,
  count: (a, b) => b.count - a.count,
};

/** Count and share of each tally. */
function tallyRows(sheet: StreamedSheet, heading: string, header: string, tallies: Map<string, SummaryTally>, count: number, order: TallyOrder, locale: Locale): void {
  if (tallies.size === 0) return;
  const t = (key: WorkbookTextKey): string => WORKBOOK_TEXTS[key][locale];
  addWorkbookRow(sheet, [heading], [], { bold: true });
  addWorkbookRow(sheet, [header, t('count'), t('share')], [], { bold: true });
  const ordered = [...tallies.values()].sort(ORDERS[order]);
  for (const entry of ordered) addWorkbookRow(sheet, [entry.label, entry.count, Number(new Decimal(entry.count).div(count).toDecimalPlaces(4))], [undefined, undefined, 'share']);
}

/**
 * Writes the summary sheet of a results workbook: the counts of the run, then per scheme its
 * title, the count, mean, lowest and highest total (a penalty regime's points and fines), and the
 * share of each band, outcome and veto triggered.
 *
 * @example
 * writeSummarySheet(workbook.addWorksheet('概览'), summary.schemes(), counts, (s) => titleOf(s), 'zh-CN');
 */
export function writeSummarySheet(sheet: StreamedSheet, schemes: readonly SchemeSummary[], counts: RunCountsForWorkbook, title: (scheme: SchemeSummary['scheme']) => string, locale: Locale): void {
  const t = (key: WorkbookTextKey): string => WORKBOOK_TEXTS[key][locale];
  sheet.columns = [{ width: 36 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 14 }];
  const titleRow = sheet.addRow([t('summaryTitle')]);
  titleRow.font = { bold: true, size: 13 };
  titleRow.commit();
  addWorkbookRow(sheet, [t('read'), t('appraised'), t('rejected'), t('errors')], [], { bold: true });
  addWorkbookRow(sheet, [counts.read, counts.appraised, counts.rejected, counts.errors ?? 0]);
  for (const s of schemes) {
    addWorkbookRow(sheet, []);
    const schemeRow = sheet.addRow([title(s.scheme)]);
    schemeRow.font = { bold: true, size: 12 };
    schemeRow.commit();
    const mean = s.count === 0 ? null : fixed2(s.sum.div(s.count));
    const low = s.min === null ? null : fixed2(s.min);
    const high = s.max === null ? null : fixed2(s.max);
    if (s.regime) {
      addWorkbookRow(sheet, [t('subjects'), t('meanPoints'), t('minPoints'), t('maxPoints'), t('fines')], [], { bold: true });
      addWorkbookRow(sheet, [s.count, mean, low, high, fixed2(s.fines)], [undefined, 'figure', 'figure', 'figure', 'figure']);
    } else {
      addWorkbookRow(sheet, [t('subjects'), t('meanTotal'), t('minTotal'), t('maxTotal')], [], { bold: true });
      addWorkbookRow(sheet, [s.count, mean, low, high], [undefined, 'figure', 'figure', 'figure']);
      tallyRows(sheet, t('bandShare'), RESULTS_HEADERS.band[locale], s.bands, s.count, 'total', locale);
    }
    tallyRows(sheet, t('outcomeShare'), RESULTS_HEADERS.outcome[locale], s.outcomes, s.count, s.regime ? 'points' : 'total', locale);
    if (!s.regime) {
      if (s.vetoes.size === 0) {
        addWorkbookRow(sheet, [t('vetoesTriggered')], [], { bold: true });
        addWorkbookRow(sheet, [t('noVeto')]);
      } else tallyRows(sheet, t('vetoesTriggered'), RESULTS_HEADERS.vetoes[locale], s.vetoes, s.count, 'count', locale);
    }
  }
  sheet.commit();
}
