import { renderMessage, type Locale, type SchemeResult } from '@kaohe/core';
import { localized } from './html';
import { reportText } from './reportText';
import { escapeHtml } from './escapeHtml';

/**
 * A result's outcome in the reader's language, escaped: its band's name, a veto's outcome
 * (考核不合格 / fail), a regime's most severe sanction by name or none; an outcome with no words
 * is shown as written.
 *
 * @example
 * outcomeName({ ...appraisal, outcome: 'fail' }, 'zh-CN') // '考核不合格'
 */
export function outcomeName(result: SchemeResult, locale: Locale): string {
  if (result.kind === 'penaltyRegime') {
    if (result.outcome === 'none') return escapeHtml(reportText(locale, 'none'));
    const sanction = result.sanctions.find((s) => s.id === result.outcome);
    if (sanction !== undefined) return localized(sanction.name, locale);
  } else if (result.band !== null && result.band.id === result.outcome) return localized(result.band.name, locale);
  const code = `outcome.${result.outcome}`;
  const text = renderMessage(locale, code);
  return escapeHtml(text === code ? result.outcome : text);
}
