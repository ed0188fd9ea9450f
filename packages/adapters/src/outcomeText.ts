import type { Locale } from './localizedMessage.js';
import type { WorkbookResult } from './resultForWorkbook.js';
import { WORKBOOK_TEXTS, type WorkbookTextKey } from './workbookTexts.js';

/**
 * A result's outcome in words of a locale: a scorecard's outcome is its band's id (the band's
 * name), or a code such as `fail`; a penalty regime's is its most severe sanction's id (the
 * sanction's name), or `none`. An outcome this package has no words for is shown as written.
 *
 * @example
 * outcomeText({ ...appraisal, outcome: 'fail' }, 'zh-CN') // '考核不合格'
 */
export function outcomeText(result: WorkbookResult, locale: Locale): string {
  const { outcome } = result;
  if (result.kind === 'penaltyRegime') {
    const sanction = result.sanctions.find((s) => s.id === outcome);
    if (sanction !== undefined) return sanction.name[locale];
  } else if (result.band && result.band.id === outcome) return result.band.name[locale];
  const key = `outcome.${outcome}`;
  return Object.hasOwn(WORKBOOK_TEXTS, key) ? WORKBOOK_TEXTS[key as WorkbookTextKey][locale] : outcome;
}
